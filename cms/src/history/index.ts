import type { Core } from '@strapi/strapi';
import { listenForAuditEvents } from './audit';
import { registerAuditPermission } from './audit-permission';
import { history } from './document-middleware';
import { registerHistoryRoutes } from './routes';

export { AUDIT_EVENT } from './audit';
export { prepareEditMemory } from './conflicts';

/** Version history, the edit conflict warning and the audit trail (issue 13, sections 3 and 4). */
export async function registerHistory(strapi: Core.Strapi): Promise<void> {
  await registerAuditPermission(strapi);
  strapi.documents.use(history(strapi));
  registerHistoryRoutes(strapi);
  listenForAuditEvents(strapi);
}

import type { Core } from '@strapi/strapi';
import { listenForAuditEvents } from './audit';
import { history } from './document-middleware';
import { registerHistoryRoutes } from './routes';

export { AUDIT_EVENT } from './audit';
export { prepareEditMemory } from './conflicts';

/** Version history, the edit conflict warning and the audit trail (issue 13, sections 3 and 4). */
export function registerHistory(strapi: Core.Strapi): void {
  strapi.documents.use(history(strapi));
  registerHistoryRoutes(strapi);
  listenForAuditEvents(strapi);
}

import type { Core } from '@strapi/strapi';
import { normalizeDeep } from '@thads/vietnamese';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

const WRITE_ACTIONS = new Set(['create', 'update']);

/** Every string an editor or a client writes to the portal's content is stored in Unicode NFC. */
export const normalizeText: Middleware = async (context, next) => {
  if (context.uid.startsWith('api::') && WRITE_ACTIONS.has(context.action)) {
    const params = context.params as { data?: unknown };
    if (params.data) params.data = normalizeDeep(params.data);
  }
  return next();
};

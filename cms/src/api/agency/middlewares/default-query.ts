import { defaultQuery } from '../../../lib/default-query';

// Documented in the README and the OpenAPI document (api/openapi/document.ts).
export const DEFAULT_POPULATE = {
  names: true,
  aliases: true,
  relatedLinks: true,
  successor: { fields: ['code', 'name'] },
};

export default defaultQuery(DEFAULT_POPULATE);

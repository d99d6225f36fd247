import { defaultQuery, FILE_FIELDS } from '../../../lib/default-query';

// Documented in the README and the OpenAPI document (api/openapi/document.ts).
export const DEFAULT_POPULATE = {
  unit: { fields: ['name', 'kind'] },
  attachments: { fields: FILE_FIELDS },
};

export default defaultQuery(DEFAULT_POPULATE);

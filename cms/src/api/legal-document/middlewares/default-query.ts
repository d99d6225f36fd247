import { defaultQuery, FILE_FIELDS } from '../../../lib/default-query';

const RELATED = { fields: ['number', 'slug', 'agency', 'kind', 'issuedOn', 'validity', 'summary'] };

// Documented in the README and the OpenAPI document (api/openapi/document.ts).
export const DEFAULT_POPULATE = {
  attachments: { fields: FILE_FIELDS },
  replaces: RELATED,
  replacedBy: RELATED,
  amends: RELATED,
  amendedBy: RELATED,
  guides: RELATED,
  guidedBy: RELATED,
  relatedArticles: { fields: ['title', 'slug', 'agency', 'date', 'lead'] },
};

export default defaultQuery(DEFAULT_POPULATE);

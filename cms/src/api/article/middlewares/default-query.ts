import { defaultQuery, FILE_FIELDS, IMAGE_FIELDS } from '../../../lib/default-query';

// Documented in the README and the OpenAPI document (api/openapi/document.ts).
export const DEFAULT_POPULATE = {
  cover: { fields: IMAGE_FIELDS },
  category: { fields: ['name', 'slug', 'order'] },
  authors: { fields: ['name', 'slug', 'position', 'unit'] },
  campaignThemes: { fields: ['name', 'slug', 'slogan', 'startDate', 'endDate', 'issuingBody'] },
  attachments: { fields: FILE_FIELDS },
};

export default defaultQuery(DEFAULT_POPULATE);

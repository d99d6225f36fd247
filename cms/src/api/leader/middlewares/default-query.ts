import { defaultQuery, IMAGE_FIELDS } from '../../../lib/default-query';

// Documented in the OpenAPI document (api/openapi/document.ts).
export const DEFAULT_POPULATE = { photo: { fields: IMAGE_FIELDS } };

export default defaultQuery(DEFAULT_POPULATE);

import { defaultQuery, IMAGE_FIELDS } from '../../../lib/default-query';

export const DEFAULT_POPULATE = { photo: { fields: IMAGE_FIELDS } };

export default defaultQuery(DEFAULT_POPULATE);

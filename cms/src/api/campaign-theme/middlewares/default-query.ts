import { defaultQuery, IMAGE_FIELDS } from '../../../lib/default-query';

export const DEFAULT_POPULATE = { cover: { fields: IMAGE_FIELDS }, targets: true, milestones: true };

export default defaultQuery(DEFAULT_POPULATE);

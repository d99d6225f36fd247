import { defaultQuery } from '../../../lib/default-query';

export const DEFAULT_POPULATE = { relatedLinks: true };

export default defaultQuery(DEFAULT_POPULATE);

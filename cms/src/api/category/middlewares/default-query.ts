import { defaultQuery } from '../../../lib/default-query';

// Categories embed nothing by default: their articles are paginated through /api/articles.
export default defaultQuery(null);

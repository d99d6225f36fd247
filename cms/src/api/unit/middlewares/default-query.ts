import { defaultQuery } from '../../../lib/default-query';

// Units have no relations to embed: every field, as stock Strapi answers.
export default defaultQuery(null);

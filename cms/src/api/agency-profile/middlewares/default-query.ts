import { defaultQuery } from '../../../lib/default-query';

// An introduction has no relations to embed: every field, as stock Strapi answers.
export default defaultQuery(null);

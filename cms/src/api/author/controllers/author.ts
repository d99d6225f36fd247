import { leanCollectionController } from '../../../strapi-internals/lean-read';

export default leanCollectionController('api::author.author');

import { leanCollectionController } from '../../../strapi-internals/lean-read';

export default leanCollectionController('api::legal-document.legal-document');

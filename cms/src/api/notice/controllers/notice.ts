import { leanCollectionController } from '../../../strapi-internals/lean-read';

export default leanCollectionController('api::notice.notice');

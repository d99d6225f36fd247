import { leanCollectionService } from '../../../strapi-internals/lean-read';

export default leanCollectionService('api::debtor-entry.debtor-entry');

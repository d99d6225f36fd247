import { leanCollectionController } from '../../../lib/lean-read';

export default leanCollectionController('api::category.category');

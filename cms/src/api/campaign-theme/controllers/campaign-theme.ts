import { leanCollectionController } from '../../../lib/lean-read';

export default leanCollectionController('api::campaign-theme.campaign-theme');

import { leanCollectionService } from '../../../lib/lean-read';

export default leanCollectionService('api::campaign-theme.campaign-theme');

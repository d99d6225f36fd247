import { leanCollectionService } from '../../../lib/lean-read';

export default leanCollectionService('api::article.article');

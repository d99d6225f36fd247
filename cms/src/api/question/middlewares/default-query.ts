import { defaultQuery } from '../../../lib/default-query';

// A published question has no relations: every public field (the citizen's contact details are not among them).
export default defaultQuery(null);

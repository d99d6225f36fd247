import { defaultQuery } from '../../../lib/default-query';

// The register's public shape (`audience/guard` PUBLIC_SHAPES) decides its fields and relations, whatever is asked.
export default defaultQuery(null);

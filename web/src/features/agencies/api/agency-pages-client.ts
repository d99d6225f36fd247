import { createAgencyPagesClient } from '@thads/content';
import { contentClientOptions } from '../../../lib/content-client';

/** The reads of an agency's introduction, organisation and contacts: loaded with those pages, not with the app. */
export const agencyPagesClient = createAgencyPagesClient(contentClientOptions);

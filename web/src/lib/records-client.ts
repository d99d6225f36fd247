import { createRecordsClient } from '@thads/content';
import { contentClientOptions } from './content-client';

/**
 * The reads of the agencies' records (legal documents, notices, the register, their search): loaded with those pages,
 * not with the app.
 */
export const recordsClient = createRecordsClient(contentClientOptions);

import type { QuestionFormOutcome, QuestionFormValues } from '@thads/content';
import { questionsClient } from '../../../lib/questions-client';

/**
 * Sends the form from the browser (the site's origin proxies `/api` to the CMS, with the reader's address for its
 * per-client budget); without JavaScript the site server sends the same fields (web/server/question-form.mjs).
 */
export function askQuestion(values: QuestionFormValues, signal?: AbortSignal): Promise<QuestionFormOutcome> {
  return questionsClient.askQuestion(values, { signal });
}

import { createQuestionsClient } from '@thads/content';
import { contentClientOptions } from './content-client';

/** The reads of the citizens' questions and the form's sending: loaded with the Hỏi đáp pages, not with the app. */
export const questionsClient = createQuestionsClient(contentClientOptions);

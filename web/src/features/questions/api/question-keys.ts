import type { QuestionTopic } from '@thads/content';

/** Query keys of the citizens' questions feature (lists and pages are one agency's). */
export const questionKeys = {
  all: ['questions'] as const,
  list: (agency: string, topic: QuestionTopic | null, page: number) =>
    [...questionKeys.all, 'list', agency, topic, page] as const,
  detail: (agency: string, slug: string) => [...questionKeys.all, 'detail', agency, slug] as const,
  notice: () => [...questionKeys.all, 'notice'] as const,
  /** Where a question stands: read with its tracking code. */
  status: (code: string) => [...questionKeys.all, 'status', code] as const,
  /**
   * What became of the form sent without JavaScript: the site server puts it here before rendering the form's page
   * (which the browser then hydrates with it).
   */
  sent: () => [...questionKeys.all, 'sent'] as const,
};

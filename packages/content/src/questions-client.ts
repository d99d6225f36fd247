import {
  ContentApiError,
  contentRequester,
  isErrorResponse,
  ownDocuments,
  pagination,
  reachCms,
  type AgencyRead,
  type ContentClientOptions,
  type RequestOptions,
  type SearchParams,
} from './client.js';
import { QUESTION_FIELDS, type QuestionFormOutcome, type QuestionFormValues, type QuestionTopic } from './questions.js';
import type {
  ListResponse,
  Question,
  QuestionPrivacyNotice,
  QuestionSearchResponse,
  QuestionTracking,
  SingleResponse,
} from './types.js';

/** A search of citizens' published questions and answers (`/api/search/questions`). */
export type QuestionSearchParams = Pick<SearchParams, 'q' | 'page' | 'pageSize' | 'agency'> & { topic?: string };

/** One page of an agency's published questions, newest answer first; of one topic or all. */
export type QuestionListQuery = { agency: string; topic?: QuestionTopic; page?: number; pageSize?: number };

/** The fields of a question in a list (no answer: the list links to it). */
const QUESTION_CARD_FIELDS = ['title', 'slug', 'agency', 'topic', 'question', 'askedAt', 'answeredAt', 'isSample'];

/** What the CMS's 400 says of each field, kept to the form's fields (anything else is the form's as a whole: ''). */
function fieldErrors(details: unknown, fallback: string) {
  const listed = (details as { errors?: unknown } | undefined)?.errors;
  const fields = new Set<string>(Object.values(QUESTION_FIELDS));
  const errors = (Array.isArray(listed) ? listed : []).flatMap((entry: unknown) => {
    const { path, message } = (entry ?? {}) as { path?: unknown; message?: unknown };
    const field = Array.isArray(path) ? String(path[0] ?? '') : '';
    return typeof message === 'string' ? [{ field: fields.has(field) ? field : '', message }] : [];
  });
  return errors.length > 0 ? errors : [{ field: '', message: fallback }];
}

/**
 * The citizens' questions (issue 21): an agency's published questions and answers, the form, the tracking of a question
 * by its code and the search of questions. A client of its own beside `createContentClient` (same options), so that a
 * site loads it with the Hỏi đáp pages only.
 */
export function createQuestionsClient(options: ContentClientOptions) {
  const get = contentRequester(options);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  return {
    /** One agency's published questions with their answers' dates, newest answer first (of one topic, or all). */
    listQuestions({ agency, topic, page, pageSize }: QuestionListQuery, request?: RequestOptions) {
      const own = ownDocuments(agency);
      return get<ListResponse<Question>>(
        '/questions',
        {
          fields: QUESTION_CARD_FIELDS,
          agency: own.agency,
          filters: { ...own.filters, ...(topic ? { topic: { $eq: topic } } : {}) },
          sort: ['answeredAt:desc', 'id:desc'],
          pagination: pagination(page, pageSize),
        },
        request,
      );
    },
    /** One agency's published question with that slug and its answer, or null. */
    async getQuestion(slug: string, { agency, ...request }: AgencyRead = {}) {
      const own = ownDocuments(agency);
      const response = await get<ListResponse<Question>>(
        '/questions',
        { agency: own.agency, filters: { ...own.filters, slug: { $eq: slug } }, pagination: { pageSize: 1 } },
        request,
      );
      return response.data[0] ?? null;
    },
    /** Where a question stands, read with its tracking code; null when no question has that code. */
    async getQuestionStatus(code: string, request?: RequestOptions) {
      try {
        return (await get<SingleResponse<QuestionTracking>>('/question-status', { code }, request)).data;
      } catch (error) {
        if (error instanceof ContentApiError && error.status === 404) return null;
        throw error;
      }
    },
    /** The notice beside the form's consent box, with the months this installation keeps contact details. */
    async getQuestionPrivacyNotice(request?: RequestOptions) {
      return (await get<SingleResponse<QuestionPrivacyNotice>>('/questions/privacy-notice', {}, request)).data;
    },
    /**
     * Sends a citizen's question (the public form's fields) as JSON: what became of it, as the form shows it (received
     * with its tracking code, or the fields' problems, or a refusal: too many questions from this client, too large),
     * never thrown for an answer of the CMS. A network failure is thrown (ContentApiError with status 0).
     */
    async askQuestion(values: QuestionFormValues, request: RequestOptions = {}): Promise<QuestionFormOutcome> {
      const response = await reachCms(options.fetch ?? globalThis.fetch, `${baseUrl}/api/questions/ask`, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify(values),
        signal: request.signal,
      });
      const body: unknown = await response.json().catch(() => null);
      if (response.status === 201) {
        const code = (body as { data?: { trackingCode?: unknown } } | null)?.data?.trackingCode;
        if (typeof code === 'string') return { kind: 'received', trackingCode: code };
      }
      const error = isErrorResponse(body) ? body.error : null;
      const message = error?.message ?? `${response.status} ${response.statusText}`;
      if (response.status === 400) return { kind: 'invalid', values, errors: fieldErrors(error?.details, message) };
      const retryAfter = Number(response.headers.get('Retry-After'));
      return {
        kind: 'refused',
        values,
        status: response.status,
        message,
        ...(response.status === 429 && retryAfter > 0 ? { retryAfter } : {}),
      };
    },
    /** Diacritic-insensitive search over citizens' published questions and answers: their own kind of result. */
    searchQuestions(params: QuestionSearchParams, request?: RequestOptions) {
      return get<QuestionSearchResponse>('/search/questions', { ...params }, request);
    },
  };
}

export type QuestionsClient = ReturnType<typeof createQuestionsClient>;

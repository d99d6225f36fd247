// The citizens' question form sent without JavaScript (issue 21): the site server reads the form post, sends its
// fields to the CMS's `/api/questions/ask` on the reader's behalf, and answers with the form's page rendered again.
import { questionFormValues } from '@thads/content';

/** The largest form post read: the CMS refuses a larger question with a 413 too (cms/src/middlewares/question-body). */
export const QUESTION_FORM_MAX_BYTES = 64 * 1024;

/**
 * The form's fields from a form post (`application/x-www-form-urlencoded`, as browsers send a form without files),
 * read up to `maxBytes`. `too-large`: the rest is not read (nor kept); `unsupported`: another kind of body.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} [maxBytes]
 * @returns {Promise<{ kind: 'form', values: import('@thads/content').QuestionFormValues }
 *   | { kind: 'too-large' } | { kind: 'unsupported' }>}
 */
export async function readQuestionForm(req, maxBytes = QUESTION_FORM_MAX_BYTES) {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    req.resume();
    return { kind: 'unsupported' };
  }
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
    req.resume();
    return { kind: 'too-large' };
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > maxBytes) {
      req.resume();
      return { kind: 'too-large' };
    }
    chunks.push(chunk);
  }
  // Invalid UTF-8 decodes to U+FFFD, which the CMS refuses with its reason (never stored garbled).
  return { kind: 'form', values: questionFormValues(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) };
}

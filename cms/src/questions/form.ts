import { randomInt } from 'node:crypto';
import {
  isQuestionTopic,
  QUESTION_FIELDS,
  QUESTION_LIMITS,
  TRACKING_CODE_ALPHABET,
  type QuestionTopic,
} from '@thads/content';
import { toNfc } from '@thads/vietnamese';

/** A question as the public form sent it, checked and cleaned: plain NFC text, never markup to render. */
export type Submission = {
  agency: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  topic: QuestionTopic;
  title: string;
  question: string;
};

export type FieldProblem = { field: string; message: string };
export type FormResult =
  | { kind: 'valid'; submission: Submission }
  /** The honeypot was filled: a robot. Answered as if received; nothing is stored. */
  | { kind: 'robot' }
  | { kind: 'invalid'; problems: FieldProblem[] };

/** What a form POST without JavaScript sends for a ticked box, and what a JSON client may send. */
const CONSENTED = new Set(['true', 'on', '1', 'yes', 'co']);
/** A decoding of bytes that were not UTF-8 (the replacement character), or half of a UTF-16 pair. */
const UNREADABLE = /\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Control characters other than tab and line breaks, and the bidirectional overrides that disguise text. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;
const EMAIL = /^[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[^\s@<>"'(),;:]{2,}$/;
const PHONE_SEPARATORS = /[\s.()-]/g;
const PHONE_DIGITS = /^\+?\d{8,15}$/;

/** The agency the form names: its code, if it is an agency that takes questions today. */
export type AgencyCheck = (code: string) => string | null;

/**
 * Reads the form's fields (JSON or a form post) and says what is wrong with each in words a citizen understands.
 * Text is NFC, without control characters; a field sent twice (`a=1&a=2`) or as anything but text is refused.
 */
export function readSubmission(body: unknown, agencyProblem: AgencyCheck): FormResult {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return { kind: 'invalid', problems: [{ field: '', message: 'Nội dung gửi không phải là một biểu mẫu (no form)' }] };
  const fields = body as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const text = (field: string, multiline = false): string => {
    const value = fields[field];
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string') {
      problems.push({ field, message: 'Phải là một đoạn chữ (must be text)' });
      return '';
    }
    if (UNREADABLE.test(value)) {
      problems.push({
        field,
        message: 'Có ký tự không đọc được: hãy gõ lại bằng bàn phím tiếng Việt Unicode (invalid UTF-8)',
      });
      return '';
    }
    const clean = toNfc(value).replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
    return (multiline ? clean.replace(/\n{3,}/g, '\n\n') : clean.replace(/\s+/g, ' ')).trim();
  };

  if (text(QUESTION_FIELDS.honeypot) !== '') return { kind: 'robot' };

  const agency = text(QUESTION_FIELDS.agency);
  const agencyMessage = agency ? agencyProblem(agency) : 'Hãy chọn cơ quan nhận câu hỏi (agency is required)';
  if (agencyMessage) problems.push({ field: QUESTION_FIELDS.agency, message: agencyMessage });

  const name = text(QUESTION_FIELDS.name);
  if (name.length > QUESTION_LIMITS.name)
    problems.push({ field: QUESTION_FIELDS.name, message: tooLong(QUESTION_LIMITS.name) });

  const email = text(QUESTION_FIELDS.email).toLowerCase();
  if (email && (email.length > QUESTION_LIMITS.email || !EMAIL.test(email)))
    problems.push({
      field: QUESTION_FIELDS.email,
      message: 'Địa chỉ thư điện tử chưa đúng, ví dụ: ten@example.vn (invalid email)',
    });
  const phone = text(QUESTION_FIELDS.phone);
  if (phone && (phone.length > QUESTION_LIMITS.phone || !PHONE_DIGITS.test(phone.replace(PHONE_SEPARATORS, ''))))
    problems.push({
      field: QUESTION_FIELDS.phone,
      message: 'Số điện thoại chưa đúng: 8 đến 15 chữ số, ví dụ 0912 345 678 (invalid phone number)',
    });
  if (!email && !phone)
    problems.push({
      field: QUESTION_FIELDS.email,
      message:
        'Hãy cho ít nhất một cách liên hệ: thư điện tử hoặc số điện thoại (an email address or a phone number is required)',
    });

  const topic = text(QUESTION_FIELDS.topic);
  if (!isQuestionTopic(topic))
    problems.push({ field: QUESTION_FIELDS.topic, message: 'Hãy chọn một chủ đề trong danh sách (unknown topic)' });

  const title = text(QUESTION_FIELDS.title);
  const question = text(QUESTION_FIELDS.question, true);
  for (const [field, value, limits, what] of [
    [QUESTION_FIELDS.title, title, QUESTION_LIMITS.title, 'Tiêu đề'],
    [QUESTION_FIELDS.question, question, QUESTION_LIMITS.question, 'Nội dung câu hỏi'],
  ] as const) {
    if (value.length < limits.min)
      problems.push({ field, message: `${what} cần ít nhất ${limits.min} ký tự (at least ${limits.min} characters)` });
    else if (value.length > limits.max) problems.push({ field, message: tooLong(limits.max) });
  }

  const consent = fields[QUESTION_FIELDS.consent];
  if (!(consent === true || (typeof consent === 'string' && CONSENTED.has(consent.trim().toLowerCase()))))
    problems.push({
      field: QUESTION_FIELDS.consent,
      message:
        'Hãy đồng ý cho cơ quan xử lý thông tin liên hệ bạn cung cấp, theo thông báo bên cạnh (consent is required)',
    });

  if (problems.length > 0 || !isQuestionTopic(topic)) return { kind: 'invalid', problems };
  return {
    kind: 'valid',
    submission: { agency, name: name || null, email: email || null, phone: phone || null, topic, title, question },
  };
}

const tooLong = (max: number) => `Dài quá: tối đa ${max} ký tự (at most ${max} characters)`;

/** A new tracking code (`HD-XXXXX-XXXXX`: 31^10, about 2^49 codes, from a cryptographic generator). */
export function newTrackingCode(): string {
  const pick = () => TRACKING_CODE_ALPHABET[randomInt(TRACKING_CODE_ALPHABET.length)];
  const group = () => Array.from({ length: 5 }, pick).join('');
  return `HD-${group()}-${group()}`;
}

/**
 * Citizens' questions ("Hỏi đáp"), as the public form, the CMS and the site agree on them: the topics, the statuses a
 * citizen follows with a tracking code, the size limits of the form, and the notice shown beside the consent box.
 */

/** Topics, in the order the form offers them; the value is the path word of the topic's list (`/hoi-dap?chu-de=…`). */
export const QUESTION_TOPICS = [
  { value: 'thu-tuc', vi: 'Thủ tục thi hành án', en: 'Enforcement procedures' },
  { value: 'tai-san', vi: 'Kê biên, xử lý tài sản', en: 'Seizure and sale of assets' },
  { value: 'an-phi', vi: 'Án phí, phí thi hành án', en: 'Court and enforcement fees' },
  { value: 'mien-giam', vi: 'Miễn, giảm nghĩa vụ thi hành án', en: 'Exemption and reduction' },
  { value: 'khieu-nai', vi: 'Khiếu nại, tố cáo', en: 'Complaints and denunciations' },
  { value: 'khac', vi: 'Vấn đề khác', en: 'Other matters' },
] as const;
export type QuestionTopic = (typeof QUESTION_TOPICS)[number]['value'];
export const QUESTION_TOPIC_VALUES: readonly QuestionTopic[] = QUESTION_TOPICS.map((topic) => topic.value);
export const isQuestionTopic = (value: unknown): value is QuestionTopic =>
  typeof value === 'string' && (QUESTION_TOPIC_VALUES as readonly string[]).includes(value);
export const questionTopicLabel = (value: string, language: 'vi' | 'en' = 'vi'): string =>
  QUESTION_TOPICS.find((topic) => topic.value === value)?.[language] ?? value;

/**
 * What a citizen reads on the tracking page: received, being answered, answered (published), or not published (with
 * the reason the agency gave).
 */
export const QUESTION_STATUSES = [
  { value: 'received', vi: 'Đã tiếp nhận', en: 'Received' },
  { value: 'answering', vi: 'Đang trả lời', en: 'Being answered' },
  { value: 'answered', vi: 'Đã trả lời', en: 'Answered' },
  { value: 'declined', vi: 'Không đăng', en: 'Not published' },
] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number]['value'];
export const questionStatusLabel = (value: string, language: 'vi' | 'en' = 'vi'): string =>
  QUESTION_STATUSES.find((status) => status.value === value)?.[language] ?? value;

/** Characters per field: the form's `maxlength` and the CMS's refusal are the same numbers. */
export const QUESTION_LIMITS = {
  name: 100,
  email: 254,
  phone: 20,
  title: { min: 5, max: 200 },
  question: { min: 20, max: 5000 },
} as const;

/** The form's field names (the site's form and the CMS's route read the same names); `website` is the honeypot. */
export const QUESTION_FIELDS = {
  agency: 'agency',
  name: 'name',
  email: 'email',
  phone: 'phone',
  topic: 'topic',
  title: 'title',
  question: 'question',
  consent: 'consent',
  honeypot: 'website',
} as const;

/** Tracking codes: `HD-` and 10 characters of an alphabet without look-alikes (0/O, 1/I/L), in two groups. */
export const TRACKING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const TRACKING_CODE_PATTERN = /^HD-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/;
/** A code as a citizen may type it (lower case, spaces, no dashes) in the form it is stored in, or null. */
export function normalizeTrackingCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  const body = compact.startsWith('HD') ? compact.slice(2) : compact;
  const code = `HD-${body.slice(0, 5)}-${body.slice(5)}`;
  return TRACKING_CODE_PATTERN.test(code) ? code : null;
}

/**
 * The notice beside the consent box (Nghị định 13/2023/NĐ-CP on personal data): what is kept, why, for how long, how to
 * have it erased. `months` is the installation's retention after the answer. Its version is stored with each consent.
 */
export const PRIVACY_NOTICE_VERSION = '2026-01';
export function privacyNotice(months: number): string {
  return (
    'Tên, thư điện tử và số điện thoại bạn cho chỉ dùng để cơ quan liên hệ và báo cho bạn khi câu hỏi được trả lời; ' +
    'chúng không bao giờ được đăng công khai. Câu hỏi có thể được biên tập để bỏ thông tin cá nhân trước khi đăng ' +
    `cùng câu trả lời. Thông tin liên hệ được xóa ${months} tháng sau khi có câu trả lời; muốn xóa sớm hơn, hãy gửi ` +
    'yêu cầu tới địa chỉ liên hệ của cơ quan kèm mã tra cứu.'
  );
}

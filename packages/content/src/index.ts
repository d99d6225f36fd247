export type * from './types.js';
export { toQueryString, type QueryValue } from './query-string.js';
export {
  createContentClient,
  ContentApiError,
  MAX_PAGE_SIZE,
  type ContentClient,
  type ContentClientOptions,
  type AgencyRead,
  type ArticleListQuery,
  type ScopedRead,
  type RequestOptions,
  type SearchParams,
} from './client.js';
export {
  SITE_PATHS,
  ENGLISH_PATHS,
  SITE_SERVER_PATHS,
  SITE_FIRST_PATH_WORDS,
  agencyPrefix,
  documentPath,
  firstPathWord,
  isRegisterPath,
  underAgency,
  type DocumentKind,
} from './site-paths.js';
export {
  createRecordsClient,
  type LegalDocumentListQuery,
  type NoticeListQuery,
  type RecordSearchParams,
  type RecordsClient,
  type RegisterQuery,
} from './records-client.js';
export {
  createQuestionsClient,
  type QuestionListQuery,
  type QuestionSearchParams,
  type QuestionsClient,
} from './questions-client.js';
export { createAgencyPagesClient, type AgencyPagesClient, type LocalizedRead } from './agency-pages-client.js';
export { LANGUAGE_LOCALES, pageLanguage, pageLanguages, type SiteLanguage } from './site-language.js';
export { blocksToText } from './blocks-text.js';
export {
  PRIVACY_NOTICE_VERSION,
  QUESTION_FIELDS,
  QUESTION_LIMITS,
  QUESTION_STATUSES,
  QUESTION_TOPICS,
  QUESTION_TOPIC_VALUES,
  TRACKING_CODE_ALPHABET,
  TRACKING_CODE_PATTERN,
  isQuestionTopic,
  normalizeTrackingCode,
  privacyNotice,
  questionStatusLabel,
  questionTopicLabel,
  questionFormValues,
  type QuestionFieldError,
  type QuestionFormOutcome,
  type QuestionFormValues,
  type QuestionStatus,
  type QuestionTopic,
} from './questions.js';
export {
  AGENCY_DIRECTORY_QUERY,
  agencyDirectoryOf,
  agencySiteIdentity,
  agencySitePath,
  siteAgencyOf,
  type AgencyDirectory,
  type AgencySummary,
  type SiteAgency,
} from './site-agency.js';
export { absorbedAgencies, currentSuccessor, readScope, relationScope, type AgencyLike } from './agency-scope.js';
export {
  ARTICLE_SUMMARY_FIELDS,
  COMPONENTS,
  DOCUMENT_BASE,
  ENTITIES,
  LOCALIZED_BASE,
  MEDIA,
  type Attribute,
  type Attributes,
  type AttributeTypes,
  type ComponentName,
  type EntityDefinition,
  type EntityName,
} from './model.js';
export {
  PREVIEW_PATH,
  PREVIEW_SHAPES,
  PREVIEW_TYPES,
  isPreviewType,
  previewPath,
  type PreviewType,
} from './preview.js';
export {
  DEFAULT_SITE_NAME,
  REGISTER_TITLE,
  SITE_DESCRIPTION,
  headTagsHtml,
  pageHead,
  type HeadTag,
  type PageHeadInput,
  type PageKind,
  type SiteIdentity,
} from './page-head.js';

import type {
  ARTICLE_SUMMARY_FIELDS,
  AttributeTypes,
  DOCUMENT_BASE,
  ENTITIES,
  EntityName,
  LOCALIZED_BASE,
  MEDIA,
} from './model.js';

/**
 * The public content model as the CMS serves it over REST (Strapi 5 flat documents), derived from `model.ts`; the
 * CMS tests read real responses through these.
 */

/** Strapi "blocks" rich text. Unknown node types may appear as the editor evolves: renderers must skip them safely. */
export type TextNode = {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
};
export type LinkNode = { type: 'link'; url: string; children: TextNode[] };
export type InlineNode = TextNode | LinkNode;
export type ParagraphBlock = { type: 'paragraph'; children: InlineNode[] };
export type HeadingBlock = { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] };
export type QuoteBlock = { type: 'quote'; children: InlineNode[] };
export type CodeBlock = { type: 'code'; language?: string; children: TextNode[] };
export type ListItemBlock = { type: 'list-item'; children: InlineNode[] };
export type ListBlock = {
  type: 'list';
  format: 'ordered' | 'unordered';
  indentLevel?: number;
  children: Array<ListItemBlock | ListBlock>;
};
export type ImageBlock = {
  type: 'image';
  image: {
    url: string;
    alternativeText?: string | null;
    width?: number | null;
    height?: number | null;
    caption?: string | null;
    /** Strapi's renditions of the image (thumbnail, small…), as on a media field. */
    formats?: unknown;
  };
  children: InlineNode[];
};
export type Block = ParagraphBlock | HeadingBlock | QuoteBlock | CodeBlock | ListBlock | ImageBlock;
export type Blocks = Block[];

/** The file fields the site asks for and reads. */
export type Media = Pick<
  AttributeTypes<typeof MEDIA>,
  | 'id'
  | 'documentId'
  | 'name'
  | 'alternativeText'
  | 'caption'
  | 'url'
  | 'mime'
  | 'size'
  | 'width'
  | 'height'
  | 'formats'
>;

type DocumentBase = AttributeTypes<typeof DOCUMENT_BASE>;
/** What relations resolve to: the full type of the related document (an article related to another: its summary). */
interface Targets {
  media: Media;
  article: ArticleSummary;
  author: Author;
  category: Category;
  campaignTheme: CampaignTheme;
  siteSettings: SiteSettings;
  agency: Agency;
  unit: Unit;
  agencyProfile: AgencyProfile;
  leader: Leader;
  question: Question;
  legalDocument: LegalDocument;
  notice: Notice;
  debtorEntry: DebtorEntry;
}
type Entity<N extends EntityName> = DocumentBase & AttributeTypes<(typeof ENTITIES)[N]['attributes'], Targets>;

export type Category = Entity<'category'>;
export type Author = Entity<'author'>;
export type CampaignTheme = Entity<'campaignTheme'>;
export type CampaignTarget = NonNullable<CampaignTheme['targets']>[number];
export type CampaignMilestone = NonNullable<CampaignTheme['milestones']>[number];

export type Article = Entity<'article'>;
/** Who may read an article: everyone, or signed-in staff only ("Nội bộ"). */
export type Audience = Article['audience'];
/** An article of a list: the card's fields, its cover, category and authors (no body). */
export type ArticleSummary = Pick<
  Article,
  keyof DocumentBase | (typeof ARTICLE_SUMMARY_FIELDS)[number] | 'cover' | 'category' | 'authors'
>;

/** The portal's header and footer, edited in the admin (Cài đặt cổng thông tin). */
export type SiteSettings = Entity<'siteSettings'>;
export type Link = NonNullable<SiteSettings['relatedLinks']>[number];

/** An enforcement agency, with its dated names and its site's header and footer. */
export type Agency = Entity<'agency'>;
export type AgencyKind = Agency['kind'];
export type DatedName = NonNullable<Agency['names']>[number];
/** The language of a version of a translated document. */
type Localized = AttributeTypes<typeof LOCALIZED_BASE>;
/** An agency's head office or regional office, in one language. */
export type Unit = Entity<'unit'> & Localized;
/** A unit as the installation's ward lookup reads it (`listUnitAreas`). */
export type UnitArea = Pick<Unit, 'id' | 'documentId' | 'name' | 'kind' | 'agency' | 'order' | 'communes'>;
/** An agency's record as a contacts list reads it (`listAgencyContacts`). */
export type AgencyContact = Pick<
  Agency,
  | 'id'
  | 'documentId'
  | 'code'
  | 'kind'
  | 'name'
  | 'englishName'
  | 'shortName'
  | 'area'
  | 'address'
  | 'phone'
  | 'fax'
  | 'email'
  | 'order'
> & { successor: { code: string } | null };
/** An agency's introduction, in one language. */
export type AgencyProfile = Entity<'agencyProfile'> & Localized;
/** A member of an agency's leadership, in one language. */
export type Leader = Entity<'leader'> & Localized;
/** A citizen's question with the agency's answer (published). */
export type Question = Entity<'question'>;
/** Where a question stands, read with its tracking code (`/api/question-status?code=`). */
export type QuestionTracking = {
  code: string;
  agency: string;
  title: string;
  topic: Question['topic'];
  status: 'received' | 'answering' | 'answered' | 'declined';
  declineReason: string | null;
  askedAt: string | null;
  answeredAt: string | null;
  slug: string | null;
};
/** A published question as the search finds it: its list fields, and its agency, to link to its page. */
export type QuestionSearchHit = Pick<
  Question,
  'documentId' | 'title' | 'slug' | 'agency' | 'topic' | 'askedAt' | 'answeredAt' | 'isSample'
> & { kind: 'question'; snippet: HighlightSegment[] };
export type QuestionSearchResponse = {
  data: QuestionSearchHit[];
  meta: { pagination: Pagination; query: { terms: string[]; phrases: string[][] } };
};
/** The notice beside the form's consent box (`/api/questions/privacy-notice`): its version and this installation's months. */
export type QuestionPrivacyNotice = { version: string; months: number; text: string };
/** What the form's route answers once a question is received. */
export type QuestionReceipt = { trackingCode: string; status: 'received' };
// ---- The agencies' records (issue 20) ----
/** A legal document ("văn bản"): number, kind, issuing body, dates, validity, summary, related documents. */
export type LegalDocument = Entity<'legalDocument'>;
/** A notice ("thông báo"); `expired` says whether its `validUntil` has passed (the CMS's clock, when answered). */
export type Notice = Entity<'notice'> & { expired?: boolean };
export type NoticeState = 'open' | 'expired';
/** A document of a list: its card's fields, no relations. */
export type LegalDocumentSummary = Pick<
  LegalDocument,
  | keyof DocumentBase
  | 'number'
  | 'slug'
  | 'agency'
  | 'kind'
  | 'issuingBody'
  | 'issuedOn'
  | 'effectiveOn'
  | 'validity'
  | 'validityChangedOn'
  | 'field'
  | 'summary'
>;
export type LegalDocumentKind = LegalDocument['kind'];
export type Validity = LegalDocument['validity'];
/** A notice of a list: its card's fields and issuing unit. */
export type NoticeSummary = Pick<
  Notice,
  | keyof DocumentBase
  | 'title'
  | 'slug'
  | 'agency'
  | 'kind'
  | 'date'
  | 'assetKind'
  | 'assetLocation'
  | 'startingPrice'
  | 'registrationDeadline'
  | 'auctionAt'
  | 'validUntil'
  | 'unit'
  | 'isSample'
  | 'expired'
>;
export type NoticeKind = Notice['kind'];
export type AssetKind = NonNullable<Notice['assetKind']>;
/** An entry of the register of debtors without conditions to pay: its public shape only (personal data). */
export type DebtorEntry = Pick<
  Entity<'debtorEntry'>,
  'documentId' | Exclude<keyof Entity<'debtorEntry'>, 'createdAt' | 'updatedAt' | 'publishedAt'>
>;
/** The register's own search: counted up to a bound (`totalIsLowerBound` past it). */
export type RegisterResponse = {
  data: DebtorEntry[];
  meta: { pagination: Pagination & { totalIsLowerBound?: boolean } };
};
/** A legal document or notice as `/api/search?type=…` answers it. */
export type RecordSearchHit = {
  type: 'legal-document' | 'notice';
  documentId: string;
  slug: string;
  agency: string;
  title: string;
  number: string | null;
  kind: string;
  date: string;
  expired?: boolean;
  snippet: HighlightSegment[];
  summary: string;
};
export type RecordSearchResponse = {
  data: RecordSearchHit[];
  meta: { pagination: Pagination; query: { terms: string[]; phrases: string[][] } };
};

/** `/api/agencies`: every agency, and which one the installation serves at its root. */
export type AgencyListResponse = { data: Agency[]; meta: { pagination: Pagination; home: string } };

/**
 * `estimated`: more than 10,000 matched (on PostgreSQL); `total` and `pageCount` are then an estimate, and pages past
 * the real matches are empty.
 */
export type Pagination = { page: number; pageSize: number; pageCount: number; total: number; estimated?: true };
export type ListResponse<T> = { data: T[]; meta: { pagination: Pagination } };
/** A list asked with `pagination[withCount]=false`: no total, so the CMS does not count every match. */
export type UncountedListResponse<T> = { data: T[]; meta: { pagination: Pick<Pagination, 'page' | 'pageSize'> } };
export type SingleResponse<T> = { data: T; meta: Record<string, unknown> };

/** Strapi's error envelope for 4xx/5xx answers. */
export type ErrorResponse = {
  data: null;
  error: { status: number; name: string; message: string; details?: unknown };
};

/** A piece of a search snippet or title: `match` marks the words the reader searched for. */
export type HighlightSegment = { text: string; match: boolean };

export type SearchHit = ArticleSummary & { snippet: HighlightSegment[] };

export type SearchResponse = {
  data: SearchHit[];
  meta: { pagination: Pagination; query: { terms: string[]; phrases: string[][] } };
};

/** The days of one month that have published news ("Các tin đã đưa ngày"). */
export type ArchiveMonth = { year: number; month: number; days: Array<{ date: string; count: number }> };

/** A draft article has no date until it is first published (unless its editor set one). */
export type PreviewArticle = Omit<Article, 'date'> & { date: string | null };

/** What each preview type reads as: its page's own document type. */
export type PreviewDocuments = {
  articles: PreviewArticle;
  'campaign-themes': CampaignTheme;
  authors: Author;
  categories: Category;
};

/** The CMS's answer to a preview read: the document, which version it is, and until when the link works. */
export type PreviewResponse<T extends keyof PreviewDocuments> = {
  data: PreviewDocuments[T];
  meta: { status: 'draft' | 'published'; expiresAt: string };
};

/**
 * The public content model as the CMS serves it over REST (Strapi 5 flat documents).
 * Kept in step with cms/src/api/*\/content-types/*\/schema.json; the CMS tests read real responses through these.
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
  };
  children: InlineNode[];
};
export type Block = ParagraphBlock | HeadingBlock | QuoteBlock | CodeBlock | ListBlock | ImageBlock;
export type Blocks = Block[];

export type Media = {
  id: number;
  documentId: string;
  name: string;
  alternativeText: string | null;
  caption: string | null;
  url: string;
  mime: string;
  size: number;
  width: number | null;
  height: number | null;
};

type DocumentBase = {
  id: number;
  documentId: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
};

export type Category = DocumentBase & {
  name: string;
  slug: string;
  description: string | null;
  order: number;
};

export type Author = DocumentBase & {
  name: string;
  slug: string;
  position: string | null;
  unit: string | null;
  bio: string | null;
  photo?: Media | null;
  articles?: ArticleSummary[];
};

export type CampaignTarget = { id: number; label: string; target: string };
export type CampaignMilestone = { id: number; date: string; label: string };

export type CampaignTheme = DocumentBase & {
  name: string;
  slug: string;
  slogan: string | null;
  description: Blocks | null;
  startDate: string | null;
  endDate: string | null;
  issuingBody: string | null;
  targets?: CampaignTarget[];
  milestones?: CampaignMilestone[];
  cover?: Media | null;
  articles?: ArticleSummary[];
};

/** Who may read an article: everyone, or signed-in staff only ("Nội bộ"). */
export type Audience = 'public' | 'staff';

export type ArticleSummary = DocumentBase & {
  title: string;
  slug: string;
  lead: string | null;
  date: string;
  audience?: Audience;
  featured: boolean;
  isSample: boolean;
  source?: string | null;
  cover?: Media | null;
  category?: Category | null;
  authors?: Author[];
};

export type Article = ArticleSummary & {
  body: Blocks | null;
  source: string | null;
  campaignThemes?: CampaignTheme[];
  attachments?: Media[] | null;
};

export type Link = { id: number; label: string; url: string };

/** The portal's header and footer, edited in the admin (Cài đặt cổng thông tin). */
export type SiteSettings = {
  id: number;
  documentId: string;
  siteName: string;
  shortName: string;
  description: string | null;
  governingBody: string | null;
  address: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
  responsiblePerson: string | null;
  copyright: string | null;
  relatedLinks?: Link[];
};

export type Pagination = { page: number; pageSize: number; pageCount: number; total: number };
export type ListResponse<T> = { data: T[]; meta: { pagination: Pagination } };
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

/** What each preview type reads as: its page's own document type. */
export type PreviewDocuments = {
  articles: Article;
  'campaign-themes': CampaignTheme;
  authors: Author;
  categories: Category;
};

/** The CMS's answer to a preview read: the document, which version it is, and until when the link works. */
export type PreviewResponse<T extends keyof PreviewDocuments> = {
  data: PreviewDocuments[T];
  meta: { status: 'draft' | 'published'; expiresAt: string };
};

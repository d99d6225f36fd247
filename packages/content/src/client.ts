import { vietnamDayRange } from '@thads/vietnamese';
import type {
  Agency,
  AgencyListResponse,
  ArchiveMonth,
  Article,
  ArticleSummary,
  Author,
  CampaignTheme,
  Category,
  ErrorResponse,
  ListResponse,
  SearchResponse,
  SingleResponse,
  PreviewResponse,
  SiteSettings,
  UncountedListResponse,
} from './types.js';
import { toQueryString, type QueryValue } from './query-string.js';
import {
  ARTICLE_CARD,
  ARTICLE_PAGE,
  AUTHOR,
  CAMPAIGN_THEME_CARD,
  CAMPAIGN_THEME_PAGE,
  SITE_SETTINGS,
  type QueryShape,
} from './shapes.js';
import type { PreviewType } from './preview.js';
import { AGENCY_DIRECTORY_QUERY, agencyDirectoryOf } from './site-agency.js';

export type ContentClientOptions = {
  /** Where the CMS REST API lives, e.g. "http://localhost:1337" or "" for the same origin. */
  baseUrl: string;
  /**
   * A read-only API token (partners), or a signed-in staff member's token; a function is asked before every
   * request, so signing in or out takes effect at once.
   */
  token?: string | (() => string | null | undefined);
  /** Called when the CMS refuses the token (expired, revoked, or the account blocked): the caller signs out. */
  onUnauthorized?: () => void;
  fetch?: typeof globalThis.fetch;
};

export type RequestOptions = { signal?: AbortSignal };
/**
 * A read of one agency's documents (its code), in that agency's view (`agency=`: its documents' relations within
 * what they may be related to; the CMS's caches file the answer under the agency); without it, the whole
 * installation's.
 */
export type AgencyRead = RequestOptions & { agency?: string };
/**
 * A read of a document by slug for an agency's pages: in the agency's view (its own documents, its own first, then
 * those of the agencies merged into it), else `fallback`'s (the central department's national documents); without an
 * agency, the whole installation's.
 */
export type ScopedRead = RequestOptions & { agency?: string; fallback?: string | null };

export type ArticleListQuery = {
  page?: number;
  pageSize?: number;
  /** One agency's articles (its code), in its view; without it, every agency's. */
  agency?: string;
  categorySlug?: string;
  authorSlug?: string;
  /** An author by documentId: exact where a slug may be another agency's author's too. */
  authorId?: string;
  campaignThemeSlug?: string;
  campaignThemeId?: string;
  /** A Vietnam calendar day, yyyy-mm-dd ("Các tin đã đưa ngày"). */
  day?: string;
  featured?: boolean;
};

export type SearchParams = {
  q: string;
  page?: number;
  pageSize?: number;
  category?: string;
  theme?: string;
  author?: string;
  /** Vietnam calendar days, yyyy-mm-dd, both included. */
  from?: string;
  to?: string;
  /** One agency and the agencies merged into it (its code); without it, the whole installation. */
  agency?: string;
};

/** A 4xx/5xx answer of the CMS, or a network failure (status 0). */
export class ContentApiError extends Error {
  readonly status: number;
  readonly details: unknown;

  constructor(status: number, message: string, details?: unknown) {
    super(message);
    this.name = 'ContentApiError';
    this.status = status;
    this.details = details;
  }
}

export const MAX_PAGE_SIZE = 100;

function articleFilters(query: ArticleListQuery): Record<string, QueryValue> {
  const filters: Record<string, QueryValue> = {};
  if (query.categorySlug) filters.category = { slug: { $eq: query.categorySlug } };
  if (query.authorSlug) filters.authors = { slug: { $eq: query.authorSlug } };
  if (query.authorId) filters.authors = { documentId: { $eq: query.authorId } };
  if (query.campaignThemeSlug) filters.campaignThemes = { slug: { $eq: query.campaignThemeSlug } };
  if (query.campaignThemeId) filters.campaignThemes = { documentId: { $eq: query.campaignThemeId } };
  if (query.featured !== undefined) filters.featured = { $eq: query.featured };
  if (query.day) {
    const { start, end } = vietnamDayRange(query.day);
    filters.date = { $gte: start, $lt: end };
  }
  return filters;
}

/**
 * One agency's own documents in its view (`agency=` with `filters[agency][$eq]`: the CMS files the answer under that
 * agency, so another agency's changes leave it cached), or every agency's.
 */
export const ownDocuments = (agency: string | undefined) =>
  agency ? { agency, filters: { agency: { $eq: agency } } } : { filters: {} };

export function isErrorResponse(body: unknown): body is ErrorResponse {
  return (
    typeof body === 'object' &&
    body !== null &&
    'error' in body &&
    typeof (body as ErrorResponse).error?.message === 'string'
  );
}

/**
 * A request to the CMS: its response, whatever its status; a `ContentApiError` (status 0) when the CMS cannot be
 * reached, an abort thrown as it is.
 */
export async function reachCms(doFetch: typeof globalThis.fetch, url: string, init: RequestInit): Promise<Response> {
  try {
    return await doFetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ContentApiError(0, `Không kết nối được máy chủ nội dung (${(error as Error).message})`);
  }
}

/** A GET of the CMS's public API: the JSON of a path with its query, or a `ContentApiError`. */
export function contentRequester(options: ContentClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  // Looked up per request, so a fetch installed later (polyfill, test double) is the one used.
  const doFetch: typeof globalThis.fetch = (input, init) => (options.fetch ?? globalThis.fetch)(input, init);

  async function get<T>(path: string, query: Record<string, QueryValue>, request: RequestOptions = {}): Promise<T> {
    const queryString = toQueryString(query);
    const url = `${baseUrl}/api${path}${queryString ? `?${queryString}` : ''}`;
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = typeof options.token === 'function' ? options.token() : options.token;
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await reachCms(doFetch, url, { headers, signal: request.signal });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      if (response.status === 401 && token) options.onUnauthorized?.();
      const message = isErrorResponse(body) ? body.error.message : `${response.status} ${response.statusText}`;
      throw new ContentApiError(response.status, message, isErrorResponse(body) ? body.error.details : undefined);
    }
    if (body === null) throw new ContentApiError(response.status, 'The CMS answered with a body that is not JSON');
    return body as T;
  }
  return get;
}

/** A GET of the CMS's public API (see `contentRequester`). */
export type ContentGet = ReturnType<typeof contentRequester>;

/** The document with that slug (see `ScopedRead`): slugs are unique per agency, so an agency's view may hold several. */
export async function firstBySlug<T>(
  get: ContentGet,
  path: string,
  slug: string,
  shape: QueryShape | null,
  { agency, fallback, ...request }: ScopedRead = {},
): Promise<T | null> {
  const read = async (view: string | undefined) => {
    const response = await get<ListResponse<T & { agency?: string }>>(
      path,
      { ...shape, ...(view ? { agency: view } : {}), filters: { slug: { $eq: slug } }, pagination: { pageSize: 10 } },
      request,
    );
    return response.data.find((document) => document.agency === view) ?? response.data[0] ?? null;
  };
  const found = await read(agency);
  return found ?? (agency && fallback && fallback !== agency ? read(fallback) : null);
}

/** A page of a list as the CMS takes it: whole numbers, at least 1, at most MAX_PAGE_SIZE a page. */
export const pagination = (page = 1, pageSize = 10) => ({
  page: Math.max(1, Math.trunc(page)),
  pageSize: Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(pageSize))),
});

/** The typed REST client of the portal's public API, used by the site and offered to partners. */
export function createContentClient(options: ContentClientOptions) {
  const get = contentRequester(options);

  return {
    /** Newest first by the article's display date. */
    listArticles(query: ArticleListQuery = {}, request?: RequestOptions) {
      const { agency, filters } = ownDocuments(query.agency);
      return get<ListResponse<ArticleSummary>>(
        '/articles',
        {
          ...ARTICLE_CARD,
          agency,
          filters: { ...filters, ...articleFilters(query) },
          sort: ['date:desc', 'id:desc'],
          pagination: pagination(query.page, query.pageSize),
        },
        request,
      );
    },
    /** The article with that slug (of one agency), or null when there is none (or it is not published). */
    async getArticle(slug: string, { agency, ...request }: AgencyRead = {}) {
      const own = ownDocuments(agency);
      const response = await get<ListResponse<Article>>(
        '/articles',
        {
          ...ARTICLE_PAGE,
          agency: own.agency,
          filters: { ...own.filters, slug: { $eq: slug } },
          pagination: { pageSize: 1 },
        },
        request,
      );
      return response.data[0] ?? null;
    },
    listCategories(request?: RequestOptions) {
      return get<ListResponse<Category>>(
        '/categories',
        { sort: ['order:asc', 'name:asc'], pagination: { pageSize: MAX_PAGE_SIZE } },
        request,
      );
    },
    getCategory(slug: string, request?: RequestOptions) {
      return firstBySlug<Category>(get, '/categories', slug, null, request);
    },
    /** Every author with published work (display order is the caller's: Vietnamese collation). */
    listAuthors({ agency, ...request }: AgencyRead = {}) {
      return get<ListResponse<Author>>(
        '/authors',
        { ...AUTHOR, ...ownDocuments(agency), sort: ['name:asc'], pagination: { pageSize: MAX_PAGE_SIZE } },
        request,
      );
    },
    /** The author with that slug, for an agency's pages (see `ScopedRead`), or null. */
    getAuthor(slug: string, request?: ScopedRead) {
      return firstBySlug<Author>(get, '/authors', slug, AUTHOR, request);
    },
    /**
     * Campaign themes, newest first: of the whole installation, or of some agencies (each read in its own view, so each
     * agency's answer stays cached while another's changes).
     */
    async listCampaignThemes({ agencies, ...request }: RequestOptions & { agencies?: readonly string[] } = {}) {
      const read = (agency?: string) =>
        get<ListResponse<CampaignTheme>>(
          '/campaign-themes',
          {
            ...CAMPAIGN_THEME_CARD,
            ...ownDocuments(agency),
            sort: ['startDate:desc'],
            pagination: { pageSize: MAX_PAGE_SIZE },
          },
          request,
        );
      if (!agencies) return (await read()).data;
      const lists = await Promise.all([...new Set(agencies)].map((agency) => read(agency)));
      // Newest first, undated last, as one list.
      return lists
        .flatMap((list) => list.data)
        .toSorted((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''));
    },
    /** The campaign theme with that slug, for an agency's pages (see `ScopedRead`), or null. */
    getCampaignTheme(slug: string, request?: ScopedRead) {
      return firstBySlug<CampaignTheme>(get, '/campaign-themes', slug, CAMPAIGN_THEME_PAGE, request);
    },
    /**
     * Other news of the same campaign themes or category, newest first, never the article itself; of the article's
     * own agency when it names one.
     */
    listRelatedArticles(
      article: Pick<Article, 'documentId' | 'category' | 'campaignThemes'> & { agency?: string | null },
      pageSize = 5,
      request?: RequestOptions,
    ) {
      const themes = (article.campaignThemes ?? []).map((theme) => theme.documentId);
      const alternatives: QueryValue[] = [];
      if (themes.length > 0) alternatives.push({ campaignThemes: { documentId: { $in: themes } } });
      if (article.category) alternatives.push({ category: { documentId: { $eq: article.category.documentId } } });
      if (alternatives.length === 0)
        return Promise.resolve<UncountedListResponse<ArticleSummary>>({
          data: [],
          meta: { pagination: { page: 1, pageSize } },
        });
      // No total: nothing shows it, and counting every article of a category or theme is most of the read's cost.
      const own = ownDocuments(article.agency ?? undefined);
      return get<UncountedListResponse<ArticleSummary>>(
        '/articles',
        {
          ...ARTICLE_CARD,
          agency: own.agency,
          filters: { ...own.filters, documentId: { $ne: article.documentId }, $or: alternatives },
          sort: ['date:desc', 'id:desc'],
          pagination: { ...pagination(1, pageSize), withCount: false },
        },
        request,
      );
    },
    /** Diacritic-insensitive search over published articles; title matches first, then the newest. */
    search(params: SearchParams, request?: RequestOptions) {
      return get<SearchResponse>('/search', { ...params }, request);
    },
    /** The days of a month with news: of one agency, or of the whole installation. */
    async getArchiveMonth(year: number, month: number, { agency, ...request }: AgencyRead = {}) {
      return (await get<SingleResponse<ArchiveMonth>>('/archive', { year, month, agency }, request)).data;
    },
    /** Every agency (in the order of agencies.json) and the one served at the site's root. */
    async listAgencies(request?: RequestOptions) {
      return agencyDirectoryOf(await get<AgencyListResponse>(`/agencies?${AGENCY_DIRECTORY_QUERY}`, {}, request));
    },
    /** One agency with its header and footer texts, or null when there is no such agency. */
    async getAgency(code: string, request?: RequestOptions) {
      const response = await get<ListResponse<Agency>>(
        '/agencies',
        { filters: { code: { $eq: code } }, pagination: { pageSize: 1 } },
        request,
      );
      return response.data[0] ?? null;
    },
    async getSiteSettings(request?: RequestOptions) {
      return (await get<SingleResponse<SiteSettings>>('/site-setting', { ...SITE_SETTINGS }, request)).data;
    },
    /** A draft (or the published version) as its page shows it, read with the admin's preview token. */
    getPreview<T extends PreviewType>(type: T, documentId: string, token: string, request?: RequestOptions) {
      return get<PreviewResponse<T>>(`/preview/${type}/${encodeURIComponent(documentId)}`, { token }, request);
    },
  };
}

export type ContentClient = ReturnType<typeof createContentClient>;

import {
  ContentApiError,
  contentRequester,
  firstBySlug,
  MAX_PAGE_SIZE,
  ownDocuments,
  pagination,
  type AgencyRead,
  type ContentClientOptions,
  type RequestOptions,
  type ScopedRead,
} from './client.js';
import type { QueryShape } from './shapes.js';
import type {
  AssetKind,
  DebtorEntry,
  LegalDocument,
  LegalDocumentKind,
  LegalDocumentSummary,
  ListResponse,
  Notice,
  NoticeKind,
  NoticeState,
  NoticeSummary,
  RecordSearchResponse,
  RegisterResponse,
  SingleResponse,
  Unit,
  Validity,
} from './types.js';

/** A list of legal documents, newest issue date first. */
export type LegalDocumentListQuery = {
  page?: number;
  pageSize?: number;
  /** One agency's own documents (its code), in its view; without it, every agency's. */
  agency?: string;
  kind?: LegalDocumentKind;
  issuingBody?: string;
  field?: string;
  /** The year of issue. */
  year?: number;
  validity?: Validity;
};

/** A list of notices, newest first: open or expired (by the CMS's clock), of one kind, agency or asset kind. */
export type NoticeListQuery = {
  page?: number;
  pageSize?: number;
  /** One agency's own notices (its code), in its view; without it, every agency's. */
  agency?: string;
  state?: NoticeState;
  kind?: NoticeKind;
  assetKind?: AssetKind;
};

/** The register's own search (`/api/debtor-entries`): a name without diacritics or a decision number, unit, year. */
export type RegisterQuery = {
  /** One agency and the agencies merged into it; without it, the national register. */
  agency?: string;
  q?: string;
  /** A unit's documentId. */
  unit?: string;
  /** The year the unit decided that the person has no conditions to pay. */
  year?: number;
  page?: number;
  pageSize?: number;
};

/** `/api/search?type=legal-document|notice`: the agencies' records, each its own kind of result. */
export type RecordSearchParams = {
  type: 'legal-document' | 'notice';
  q: string;
  page?: number;
  pageSize?: number;
  /** An agency and what it reads (documents: with the central department's); without it, the whole installation. */
  agency?: string;
  kind?: string;
  state?: NoticeState;
  year?: number;
};

/** The days of a year as the CMS's date filters take them. */
const yearRange = (year: number | undefined) => (year ? { $gte: `${year}-01-01`, $lte: `${year}-12-31` } : undefined);

// The records' field lists, beside their reads (see shapes.ts): a site loads them with the records' pages only.
/** A legal document of a list: the card's fields, no relations. */
export const LEGAL_DOCUMENT_CARD: QueryShape = {
  fields: [
    'number',
    'slug',
    'agency',
    'kind',
    'issuingBody',
    'issuedOn',
    'effectiveOn',
    'validity',
    'validityChangedOn',
    'field',
    'summary',
    'createdAt',
    'updatedAt',
    'publishedAt',
  ],
  populate: {},
};

/** A notice of a list: the card's fields (with `validUntil`, so the CMS says whether it expired) and its unit. */
export const NOTICE_CARD: QueryShape = {
  fields: [
    'title',
    'slug',
    'agency',
    'kind',
    'date',
    'assetKind',
    'assetLocation',
    'startingPrice',
    'registrationDeadline',
    'auctionAt',
    'validUntil',
    'isSample',
    'createdAt',
    'updatedAt',
    'publishedAt',
  ],
  populate: { unit: { fields: ['name', 'kind'] } },
};

/** The facets of the documents' filters: the issuing bodies and fields of an agency's newest documents. */
export const LEGAL_DOCUMENT_FACETS: QueryShape = { fields: ['issuingBody', 'field'], populate: {} };

/**
 * The reads of the agencies' records (issue 20): legal documents, notices, the register of debtors without conditions
 * to pay with its units, and the site-wide search of documents and notices. A client of its own beside
 * `createContentClient` (same options), so that a site loads it with those pages only.
 */
export function createRecordsClient(options: ContentClientOptions) {
  const get = contentRequester(options);
  return {
    /** Legal documents ("văn bản") of one agency (or every agency's), newest issue date first, with its filters. */
    listLegalDocuments(query: LegalDocumentListQuery = {}, request?: RequestOptions) {
      const { agency, filters } = ownDocuments(query.agency);
      return get<ListResponse<LegalDocumentSummary>>(
        '/legal-documents',
        {
          ...LEGAL_DOCUMENT_CARD,
          agency,
          filters: {
            ...filters,
            kind: query.kind ? { $eq: query.kind } : undefined,
            issuingBody: query.issuingBody ? { $eq: query.issuingBody } : undefined,
            field: query.field ? { $eq: query.field } : undefined,
            validity: query.validity ? { $eq: query.validity } : undefined,
            issuedOn: yearRange(query.year),
          },
          sort: ['issuedOn:desc', 'id:desc'],
          pagination: pagination(query.page, query.pageSize),
        },
        request,
      );
    },
    /**
     * The issuing bodies and fields of an agency's newest documents (up to MAX_PAGE_SIZE), each once, in Vietnamese
     * order: what the documents' filters offer.
     */
    async legalDocumentFacets({ agency, ...request }: AgencyRead = {}) {
      const response = await get<ListResponse<Pick<LegalDocument, 'issuingBody' | 'field'>>>(
        '/legal-documents',
        {
          ...LEGAL_DOCUMENT_FACETS,
          ...ownDocuments(agency),
          sort: ['issuedOn:desc', 'id:desc'],
          pagination: { pageSize: MAX_PAGE_SIZE, withCount: false },
        },
        request,
      );
      const distinct = (values: Array<string | null | undefined>) =>
        [...new Set(values.filter((value): value is string => Boolean(value)))].toSorted((a, b) =>
          a.localeCompare(b, 'vi'),
        );
      return {
        issuingBodies: distinct(response.data.map((document) => document.issuingBody)),
        fields: distinct(response.data.map((document) => document.field)),
      };
    },
    /** The legal document with that slug, for an agency's pages (see `ScopedRead`: the central department's next). */
    getLegalDocument(slug: string, request?: ScopedRead) {
      return firstBySlug<LegalDocument>(get, '/legal-documents', slug, null, request);
    },
    /** Notices ("thông báo"), newest first: open or expired by the CMS's clock (each says which in `expired`). */
    listNotices(query: NoticeListQuery = {}, request?: RequestOptions) {
      const { agency, filters } = ownDocuments(query.agency);
      return get<ListResponse<NoticeSummary>>(
        '/notices',
        {
          ...NOTICE_CARD,
          agency,
          state: query.state,
          filters: {
            ...filters,
            kind: query.kind ? { $eq: query.kind } : undefined,
            assetKind: query.assetKind ? { $eq: query.assetKind } : undefined,
          },
          sort: ['date:desc', 'id:desc'],
          pagination: pagination(query.page, query.pageSize),
        },
        request,
      );
    },
    /** The notice with that slug (of one agency), or null. */
    getNotice(slug: string, request?: ScopedRead) {
      return firstBySlug<Notice>(get, '/notices', slug, null, request);
    },
    /** The register of debtors without conditions to pay, searched by name (no diacritics needed) or decision number. */
    listRegister(query: RegisterQuery = {}, request?: RequestOptions) {
      const { page, pageSize } = pagination(query.page, query.pageSize ?? 20);
      return get<RegisterResponse>(
        '/debtor-entries',
        { agency: query.agency, q: query.q?.trim() || undefined, unit: query.unit, year: query.year, page, pageSize },
        request,
      );
    },
    /**
     * One entry of the register by its documentId, or null when there is none (or it was taken off); with an agency,
     * only an entry of that agency or of an agency merged into it (`within`: their codes).
     */
    async getRegisterEntry(
      documentId: string,
      { within, ...request }: RequestOptions & { within?: readonly string[] } = {},
    ) {
      if (!/^[a-z0-9]{1,64}$/.test(documentId)) return null;
      try {
        const { data } = await get<SingleResponse<DebtorEntry>>(
          `/debtor-entries/${encodeURIComponent(documentId)}`,
          {},
          request,
        );
        return within && !within.includes(data.agency) ? null : data;
      } catch (error) {
        if (error instanceof ContentApiError && error.status === 404) return null;
        throw error;
      }
    },
    /** An agency's units (head office and regional offices), in their order. */
    listUnits({ agency, ...request }: AgencyRead = {}) {
      return get<ListResponse<Unit>>(
        '/units',
        {
          ...ownDocuments(agency),
          fields: ['name', 'kind', 'agency', 'order'],
          sort: ['order:asc', 'name:asc'],
          pagination: { pageSize: MAX_PAGE_SIZE },
        },
        request,
      );
    },
    /** The agencies' documents or notices as the site-wide search finds them (never the register). */
    searchRecords(params: RecordSearchParams, request?: RequestOptions) {
      return get<RecordSearchResponse>('/search', { ...params }, request);
    },
  };
}

export type RecordsClient = ReturnType<typeof createRecordsClient>;

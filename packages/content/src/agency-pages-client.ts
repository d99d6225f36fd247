import {
  contentRequester,
  MAX_PAGE_SIZE,
  ownDocuments,
  type ContentClientOptions,
  type RequestOptions,
} from './client.js';
import { AGENCY_CONTACTS, LEADER, UNIT_AREAS } from './shapes.js';
import type { SiteLanguage } from './site-language.js';
import type { AgencyContact, AgencyProfile, Leader, ListResponse, Unit, UnitArea } from './types.js';

/** A read of an agency's translated documents (introduction, leadership, units) in one language (`locale=`). */
export type LocalizedRead = RequestOptions & { locale: SiteLanguage };

/** The most pages of units read for the installation's list of every unit (64 agencies' 355 offices fit in 4). */
const MAX_UNIT_PAGES = 20;

/**
 * The reads of an agency's introduction, organisation and contact pages (issue 21), in Vietnamese and English: a client
 * of its own beside `createContentClient`, so that a site loads it with those pages only.
 */
export function createAgencyPagesClient(options: ContentClientOptions) {
  const get = contentRequester(options);
  return {
    /** An agency's introduction in one language (`null` when it has none in that language, or none at all). */
    async getAgencyProfile(agency: string, { locale, ...request }: LocalizedRead) {
      const response = await get<ListResponse<AgencyProfile>>(
        '/agency-profiles',
        { ...ownDocuments(agency), locale, pagination: { pageSize: 1 } },
        request,
      );
      return response.data[0] ?? null;
    },
    /** An agency's leadership in one language, in the order the agency gives, with their photos. */
    async listLeaders(agency: string, { locale, ...request }: LocalizedRead) {
      const response = await get<ListResponse<Leader>>(
        '/leaders',
        {
          ...LEADER,
          ...ownDocuments(agency),
          locale,
          sort: ['order:asc', 'id:asc'],
          pagination: { pageSize: MAX_PAGE_SIZE },
        },
        request,
      );
      return response.data;
    },
    /** An agency's units (its head office and regional offices) in one language, in the agency's order. */
    async listUnits(agency: string, { locale, ...request }: LocalizedRead) {
      const response = await get<ListResponse<Unit>>(
        '/units',
        { ...ownDocuments(agency), locale, sort: ['order:asc', 'id:asc'], pagination: { pageSize: MAX_PAGE_SIZE } },
        request,
      );
      return response.data;
    },
    /** Every agency's head office in one language (the national contacts page lists them). */
    async listHeadOffices({ locale, ...request }: LocalizedRead) {
      const response = await get<ListResponse<Unit>>(
        '/units',
        {
          locale,
          filters: { kind: { $eq: 'head-office' } },
          sort: ['agency:asc', 'order:asc', 'id:asc'],
          pagination: { pageSize: MAX_PAGE_SIZE },
        },
        request,
      );
      return response.data;
    },
    /**
     * Every unit of the installation with the communes or wards it serves (in Vietnamese, their names' language), for
     * the national "which office serves my ward": read page by page.
     */
    async listUnitAreas(request: RequestOptions = {}) {
      const units: UnitArea[] = [];
      for (let page = 1; page <= MAX_UNIT_PAGES; page++) {
        const response = await get<ListResponse<UnitArea>>(
          '/units',
          { ...UNIT_AREAS, sort: ['agency:asc', 'order:asc', 'id:asc'], pagination: { page, pageSize: MAX_PAGE_SIZE } },
          request,
        );
        units.push(...response.data);
        if (page >= response.meta.pagination.pageCount) break;
      }
      return units;
    },
    /** Every agency's contacts from its record (name in both languages, address, phones, email), in their order. */
    async listAgencyContacts(request?: RequestOptions) {
      const response = await get<ListResponse<AgencyContact>>(
        '/agencies',
        { ...AGENCY_CONTACTS, sort: ['order:asc'], pagination: { pageSize: MAX_PAGE_SIZE } },
        request,
      );
      return response.data;
    },
  };
}

export type AgencyPagesClient = ReturnType<typeof createAgencyPagesClient>;

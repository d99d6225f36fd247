import { QUESTION_TOPIC_VALUES } from './questions.js';
import type { Blocks } from './types.js';

/**
 * The public content model, defined once: every field the REST API may answer for each document type, its type and
 * whether it may be null. The TypeScript types below, the CMS's OpenAPI schemas and its feeds derive from it; a CMS
 * test checks it against the content-types' schema.json files, so a field added there must be added here.
 */
export type Attribute =
  | {
      type: 'string' | 'integer' | 'number' | 'boolean' | 'datetime' | 'date';
      nullable?: boolean;
      description?: string;
    }
  | { type: 'enumeration'; values: readonly string[]; description?: string; nullable?: boolean }
  /** Rich text; null when empty. */
  | { type: 'blocks' }
  /** Free-form object (image renditions, storage details). */
  | { type: 'json'; nullable?: boolean }
  /** Uploaded file(s): a single file or null; a list or null. Answered only when populated. */
  | { type: 'media'; multiple?: boolean }
  /** A single document or null; a list. Answered only when populated. */
  | { type: 'relation'; target: EntityName; multiple?: boolean }
  /** A repeatable component (a list). Answered only when populated. */
  | { type: 'component'; component: ComponentName };

export type Attributes = Readonly<Record<string, Attribute>>;
export type EntityName =
  | 'category'
  | 'author'
  | 'campaignTheme'
  | 'article'
  | 'siteSettings'
  | 'agency'
  | 'unit'
  | 'agencyProfile'
  | 'leader'
  | 'question'
  | 'legalDocument'
  | 'notice'
  | 'debtorEntry';

/** What every document carries besides its attributes. */
export const DOCUMENT_BASE = {
  id: { type: 'integer', description: 'Numeric row id (prefer documentId).' },
  documentId: { type: 'string', description: 'Stable document id.' },
  createdAt: { type: 'datetime' },
  updatedAt: { type: 'datetime' },
  publishedAt: { type: 'datetime', nullable: true },
} as const satisfies Attributes;

/** An uploaded file as the upload plugin answers it. */
export const MEDIA = {
  id: { type: 'integer' },
  documentId: { type: 'string' },
  name: { type: 'string' },
  url: { type: 'string', description: 'Path under the CMS (e.g. /uploads/…), or an absolute URL.' },
  alternativeText: { type: 'string', nullable: true },
  caption: { type: 'string', nullable: true },
  mime: { type: 'string' },
  size: { type: 'number' },
  width: { type: 'integer', nullable: true },
  height: { type: 'integer', nullable: true },
  // Named renditions (thumbnail, small…), each a file description of its own.
  formats: { type: 'json', nullable: true },
  hash: { type: 'string' },
  ext: { type: 'string', nullable: true },
  previewUrl: { type: 'string', nullable: true },
  provider: { type: 'string' },
  provider_metadata: { type: 'json', nullable: true },
  createdAt: { type: 'datetime' },
  updatedAt: { type: 'datetime' },
  publishedAt: { type: 'datetime', nullable: true },
} as const satisfies Attributes;

/** Components (`cms/src/components/shared/*.json`); each entry of a repeatable component also has an `id`. */
export const COMPONENTS = {
  'shared.link': { label: { type: 'string' }, url: { type: 'string' } },
  'shared.target': { label: { type: 'string' }, target: { type: 'string' } },
  'shared.milestone': { date: { type: 'date' }, label: { type: 'string' } },
  'agency.dated-name': {
    name: { type: 'string' },
    from: { type: 'date', nullable: true },
    until: { type: 'date', nullable: true },
  },
  'agency.alias': { code: { type: 'string' } },
} as const satisfies Record<string, Attributes>;
export type ComponentName = keyof typeof COMPONENTS;

export type EntityDefinition = {
  /** The schema name partners see in the OpenAPI document. */
  name: string;
  /**
   * The Strapi content-type (`api::…`), whose schema.json lists the same attributes; null for an answer made from
   * another type (the site settings are the home agency's).
   */
  uid: string | null;
  description?: string;
  /** A single type (one document, no `fields`/`populate` choice): these attributes are always answered. */
  single?: { required: readonly string[] };
  /** Written in Vietnamese and English (Strapi's i18n): every document also carries its `locale` (LOCALIZED_BASE). */
  localized?: true;
  attributes: Attributes;
};

/** What a document of a translated type carries besides its attributes: the language of this version. */
export const LOCALIZED_BASE = {
  locale: {
    type: 'string',
    description: 'The language of this version: `vi` (default) or `en`. Ask one with `locale=en`.',
  },
} as const satisfies Attributes;

/** The agency a document of an agency-scoped type belongs to. */
const AGENCY_CODE = {
  type: 'string',
  description:
    'The code of the agency the document belongs to (e.g. `phutho`; `/api/agencies` lists them). Filter with `filters[agency][$eq]=…`.',
} as const satisfies Attribute;

export const ENTITIES = {
  category: {
    name: 'Category',
    uid: 'api::category.category',
    description: 'A section of the portal.',
    attributes: {
      name: { type: 'string' },
      slug: { type: 'string' },
      description: { type: 'string', nullable: true },
      order: { type: 'integer', nullable: true },
      articles: { type: 'relation', target: 'article', multiple: true },
    },
  },
  author: {
    name: 'Author',
    uid: 'api::author.author',
    description: 'An author (byline).',
    attributes: {
      name: { type: 'string' },
      slug: { type: 'string' },
      agency: AGENCY_CODE,
      position: { type: 'string', nullable: true },
      unit: { type: 'string', nullable: true },
      bio: { type: 'string', nullable: true },
      photo: { type: 'media' },
      articles: { type: 'relation', target: 'article', multiple: true },
    },
  },
  campaignTheme: {
    name: 'CampaignTheme',
    uid: 'api::campaign-theme.campaign-theme',
    description: 'An emulation campaign ("phong trào thi đua").',
    attributes: {
      name: { type: 'string' },
      slug: { type: 'string' },
      agency: AGENCY_CODE,
      slogan: { type: 'string', nullable: true },
      description: { type: 'blocks' },
      startDate: { type: 'date', nullable: true },
      endDate: { type: 'date', nullable: true },
      issuingBody: { type: 'string', nullable: true },
      targets: { type: 'component', component: 'shared.target' },
      milestones: { type: 'component', component: 'shared.milestone' },
      cover: { type: 'media' },
      articles: { type: 'relation', target: 'article', multiple: true },
    },
  },
  article: {
    name: 'Article',
    uid: 'api::article.article',
    description: 'A news article.',
    attributes: {
      title: { type: 'string' },
      slug: { type: 'string' },
      agency: AGENCY_CODE,
      lead: { type: 'string', nullable: true },
      date: {
        type: 'datetime',
        description: 'Publication date shown to readers (the agency works in Vietnam time, +07:00).',
      },
      audience: {
        type: 'enumeration',
        values: ['public', 'staff'],
        description: 'Always `public` for anonymous callers: staff articles exist only for signed-in staff.',
      },
      body: { type: 'blocks' },
      featured: { type: 'boolean' },
      isSample: { type: 'boolean', description: 'Generated sample content, not real news.' },
      source: { type: 'string', nullable: true },
      cover: { type: 'media' },
      category: { type: 'relation', target: 'category' },
      authors: { type: 'relation', target: 'author', multiple: true },
      campaignThemes: { type: 'relation', target: 'campaignTheme', multiple: true },
      attachments: { type: 'media', multiple: true },
    },
  },
  siteSettings: {
    name: 'SiteSettings',
    uid: null,
    description: "The home agency's header and footer, as the portal's single settings were answered before agencies.",
    single: { required: ['siteName'] },
    attributes: {
      siteName: { type: 'string' },
      shortName: { type: 'string', nullable: true },
      description: { type: 'string', nullable: true },
      governingBody: { type: 'string', nullable: true },
      address: { type: 'string', nullable: true },
      phone: { type: 'string', nullable: true },
      fax: { type: 'string', nullable: true },
      email: { type: 'string', nullable: true },
      responsiblePerson: { type: 'string', nullable: true },
      copyright: { type: 'string', nullable: true },
      relatedLinks: { type: 'component', component: 'shared.link' },
    },
  },
  agency: {
    name: 'Agency',
    uid: 'api::agency.agency',
    description:
      'An enforcement agency: the central department, a provincial or city agency, or one merged into another (`kind: merged`, with its `successor`). Its code is the first word of its pages on the site (`/<code>/…`; none for the home agency).',
    attributes: {
      code: { type: 'string' },
      kind: { type: 'enumeration', values: ['central', 'province', 'city', 'merged'] },
      name: { type: 'string', description: 'The name in force today.' },
      names: { type: 'component', component: 'agency.dated-name' },
      shortName: { type: 'string', nullable: true },
      area: { type: 'string', nullable: true },
      order: { type: 'integer' },
      successor: { type: 'relation', target: 'agency' },
      absorbed: { type: 'relation', target: 'agency', multiple: true },
      mergedOn: { type: 'date', nullable: true },
      aliases: { type: 'component', component: 'agency.alias' },
      description: { type: 'string', nullable: true },
      governingBody: { type: 'string', nullable: true },
      address: { type: 'string', nullable: true },
      phone: { type: 'string', nullable: true },
      fax: { type: 'string', nullable: true },
      email: { type: 'string', nullable: true },
      responsiblePerson: { type: 'string', nullable: true },
      copyright: { type: 'string', nullable: true },
      relatedLinks: { type: 'component', component: 'shared.link' },
      englishName: {
        type: 'string',
        nullable: true,
        description: 'The name in English, on its English pages (none yet: the Vietnamese name is shown).',
      },
      nationalServicePortal: { type: 'string', nullable: true, description: 'The National Public Service Portal.' },
      provinceServicePortal: { type: 'string', nullable: true, description: "The province's public service portal." },
      feedbackPortal: {
        type: 'string',
        nullable: true,
        description: 'The national system for citizens’ feedback and petitions.',
      },
    },
  },
  unit: {
    name: 'Unit',
    uid: 'api::unit.unit',
    localized: true,
    description:
      "An agency's head office or one of its regional offices: the area and the communes or wards it serves, its contacts and working hours, in Vietnamese and English (a unit is published only with its English name). Contacts, communes, head of unit and map link are the same in both languages.",
    attributes: {
      name: { type: 'string' },
      kind: { type: 'enumeration', values: ['head-office', 'regional'] },
      area: { type: 'string', nullable: true },
      order: { type: 'integer' },
      agency: { type: 'string', description: 'The code of the agency the unit belongs to.' },
      address: { type: 'string', nullable: true },
      phone: { type: 'string', nullable: true },
      email: { type: 'string', nullable: true },
      hours: { type: 'string', nullable: true, description: 'Working hours, as text in the version’s language.' },
      communes: {
        type: 'string',
        nullable: true,
        description: 'The communes and wards the unit serves, one per line.',
      },
      headName: { type: 'string', nullable: true },
      headTitle: { type: 'string', nullable: true },
      mapUrl: { type: 'string', nullable: true, description: 'The place on OpenStreetMap (a link).' },
      isSample: { type: 'boolean', description: 'Sample data, not official information.' },
    },
  },
  agencyProfile: {
    name: 'AgencyProfile',
    uid: 'api::agency-profile.agency-profile',
    localized: true,
    description:
      "An agency's introduction (one per agency): who it is, its functions, duties and history, in Vietnamese and English. A field empty in English has not been translated yet.",
    attributes: {
      agency: AGENCY_CODE,
      summary: { type: 'string', nullable: true },
      functions: { type: 'blocks' },
      duties: { type: 'blocks' },
      history: { type: 'blocks' },
      isSample: { type: 'boolean', description: 'Sample data, not official information.' },
    },
  },
  leader: {
    name: 'Leader',
    uid: 'api::leader.leader',
    localized: true,
    description: "A member of an agency's leadership, in the order the agency gives (`sort=order`).",
    attributes: {
      name: { type: 'string' },
      position: { type: 'string' },
      responsibilities: { type: 'string', nullable: true },
      photo: { type: 'media' },
      order: { type: 'integer' },
      agency: AGENCY_CODE,
      isSample: { type: 'boolean', description: 'Sample data, not official information.' },
    },
  },
  question: {
    name: 'Question',
    uid: 'api::question.question',
    description:
      "A citizen's question with the agency's answer, published by an Editor (the text may be edited to take personal details out). The citizen's name and contacts are never part of it.",
    attributes: {
      title: { type: 'string' },
      slug: { type: 'string', nullable: true },
      agency: AGENCY_CODE,
      topic: { type: 'enumeration', values: QUESTION_TOPIC_VALUES, description: 'See `QUESTION_TOPICS` for labels.' },
      question: { type: 'string', description: 'Plain text (never HTML): render it as text.' },
      answer: { type: 'blocks' },
      askedAt: { type: 'datetime', nullable: true },
      answeredAt: { type: 'datetime', nullable: true },
      isSample: { type: 'boolean', description: 'Sample data, not a real question.' },
    },
  },
  // ---- The agencies' records (issue 20) ----
  legalDocument: {
    name: 'LegalDocument',
    uid: 'api::legal-document.legal-document',
    description:
      'A legal document an agency issues or applies ("văn bản"): a law, decree, circular, decision… The central department\'s (`agency: trunguong`) are the ones the whole system applies.',
    attributes: {
      number: { type: 'string', description: 'The number ("số hiệu"), e.g. `42/2022/NĐ-CP`.' },
      slug: { type: 'string' },
      agency: AGENCY_CODE,
      kind: {
        type: 'enumeration',
        values: [
          'law',
          'resolution',
          'decree',
          'circular',
          'decision',
          'directive',
          'plan',
          'official-letter',
          'notice',
          'report',
          'other',
        ],
      },
      issuingBody: { type: 'string' },
      signer: { type: 'string', nullable: true },
      issuedOn: { type: 'date' },
      effectiveOn: { type: 'date', nullable: true },
      validity: { type: 'enumeration', values: ['in-force', 'partly-expired', 'expired', 'not-yet-in-force'] },
      validityChangedOn: { type: 'date', nullable: true },
      field: { type: 'string', nullable: true, description: 'The field ("lĩnh vực").' },
      summary: { type: 'string', description: 'The summary ("trích yếu").' },
      attachments: { type: 'media', multiple: true },
      replaces: { type: 'relation', target: 'legalDocument', multiple: true },
      replacedBy: { type: 'relation', target: 'legalDocument', multiple: true },
      amends: { type: 'relation', target: 'legalDocument', multiple: true },
      amendedBy: { type: 'relation', target: 'legalDocument', multiple: true },
      guides: { type: 'relation', target: 'legalDocument', multiple: true },
      guidedBy: { type: 'relation', target: 'legalDocument', multiple: true },
      relatedArticles: { type: 'relation', target: 'article', multiple: true },
      isSample: { type: 'boolean', description: 'Generated sample content, not a real document.' },
    },
  },
  notice: {
    name: 'Notice',
    uid: 'api::notice.notice',
    description:
      'A notice of an agency ("thông báo"): an auction of seized assets, the selection of an auction or valuation organisation, or an enforcement notice. It is open until `validUntil`, then expired, by itself.',
    attributes: {
      title: { type: 'string' },
      slug: { type: 'string' },
      agency: AGENCY_CODE,
      kind: { type: 'enumeration', values: ['asset-auction', 'organisation-selection', 'enforcement'] },
      unit: { type: 'relation', target: 'unit' },
      date: { type: 'date' },
      assetDescription: { type: 'string', nullable: true },
      assetLocation: { type: 'string', nullable: true },
      assetKind: {
        type: 'enumeration',
        values: [
          'real-estate',
          'land-use-right',
          'vehicle',
          'machinery',
          'goods',
          'valuables',
          'shares',
          'other-asset',
        ],
        nullable: true,
      },
      startingPrice: {
        type: 'string',
        nullable: true,
        description: 'Starting price in VND, a whole number as a decimal string (e.g. `"1250000000"`).',
      },
      deposit: { type: 'string', nullable: true, description: 'Deposit in VND, as a decimal string.' },
      viewingFrom: { type: 'datetime', nullable: true },
      viewingUntil: { type: 'datetime', nullable: true },
      registrationDeadline: { type: 'datetime', nullable: true },
      auctionAt: { type: 'datetime', nullable: true },
      legalBasis: { type: 'string', nullable: true },
      auctionPortalUrl: { type: 'string', nullable: true, description: 'The notice on the national auction portal.' },
      body: { type: 'blocks' },
      attachments: { type: 'media', multiple: true },
      validUntil: {
        type: 'datetime',
        nullable: true,
        description:
          'Open until then (default: the auction day, or the registration deadline of a selection); none: open until taken down.',
      },
      isSample: { type: 'boolean', description: 'Generated sample content, not a real notice.' },
    },
  },
  debtorEntry: {
    name: 'DebtorEntry',
    uid: 'api::debtor-entry.debtor-entry',
    description:
      'One entry of the register of judgment debtors without conditions to pay (Luật Thi hành án dân sự, Điều 44a). Personal data: only these fields are ever answered, pages are `noindex`, and an entry taken off is gone from every answer.',
    attributes: {
      fullName: { type: 'string' },
      birthYear: { type: 'integer', nullable: true },
      address: { type: 'string', nullable: true },
      obligation: { type: 'string', description: 'The obligation ("nghĩa vụ phải thi hành").' },
      decisionNumber: { type: 'string', description: "The enforcement decision's number." },
      decisionDate: { type: 'date' },
      agency: AGENCY_CODE,
      unit: { type: 'relation', target: 'unit' },
      judgmentNumber: { type: 'string', nullable: true },
      judgmentDate: { type: 'date', nullable: true },
      court: { type: 'string', nullable: true },
      noConditionsOn: { type: 'date', description: 'When the unit decided the person has no conditions to pay.' },
      publishedOn: { type: 'date', nullable: true },
      isSample: { type: 'boolean', description: 'An invented sample entry, never a real person.' },
    },
  },
} as const satisfies Record<EntityName, EntityDefinition>;

/** The article fields a list card shows (no body): the site asks exactly these, search results carry them. */
export const ARTICLE_SUMMARY_FIELDS = [
  'title',
  'slug',
  'agency',
  'lead',
  'date',
  'audience',
  'featured',
  'isSample',
  'source',
] as const satisfies ReadonlyArray<keyof (typeof ENTITIES)['article']['attributes']>;

// ---- The TypeScript types, derived ----

type ScalarType<A> = A extends { type: 'string' | 'datetime' | 'date' }
  ? string
  : A extends { type: 'integer' | 'number' }
    ? number
    : A extends { type: 'boolean' }
      ? boolean
      : A extends { type: 'enumeration'; values: readonly (infer V)[] }
        ? V
        : A extends { type: 'json' }
          ? Record<string, unknown>
          : A extends { type: 'blocks' }
            ? Blocks | null
            : never;
type Scalar<A> = A extends { nullable: true } ? ScalarType<A> | null : ScalarType<A>;

/** What a populated attribute holds, given the types that relations and media resolve to. */
type Populated<A, Targets extends Record<EntityName | 'media', unknown>> = A extends { type: 'media' }
  ? A extends { multiple: true }
    ? Targets['media'][] | null
    : Targets['media'] | null
  : A extends { type: 'relation'; target: infer T extends EntityName }
    ? A extends { multiple: true }
      ? Targets[T][]
      : Targets[T] | null
    : A extends { type: 'component'; component: infer C extends ComponentName }
      ? Array<{ id: number } & AttributeTypes<(typeof COMPONENTS)[C]>>
      : never;

type IsPopulated<A> = A extends { type: 'media' | 'relation' | 'component' } ? true : false;

/** Scalars are always answered (unless `fields` leaves them out); relations, media and components when populated. */
export type AttributeTypes<
  As extends Attributes,
  Targets extends Record<EntityName | 'media', unknown> = Record<EntityName | 'media', never>,
> = { -readonly [K in keyof As as IsPopulated<As[K]> extends true ? never : K]: Scalar<As[K]> } & {
  -readonly [K in keyof As as IsPopulated<As[K]> extends true ? K : never]?: Populated<As[K], Targets>;
};

import {
  ARTICLE_SUMMARY_FIELDS,
  COMPONENTS,
  DOCUMENT_BASE,
  ENTITIES,
  LOCALIZED_BASE,
  MEDIA,
  type Attribute,
  type Attributes,
  type EntityDefinition,
} from '@thads/content';

/**
 * The OpenAPI component schemas: the documents' shapes come from the shared content model (`@thads/content`'s
 * `model.ts`), which the site's types and the feeds use too; the envelopes around them are written here.
 */
export type Schema = Record<string, unknown>;

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });
export const string: Schema = { type: 'string' };
export const integer: Schema = { type: 'integer' };
const dateTime: Schema = { type: 'string', format: 'date-time' };
export const date: Schema = { type: 'string', format: 'date' };
/** An object with exactly these properties: a field the API should not answer (a leak) fails validation. */
export const closed = (properties: Record<string, Schema>, required: string[] = [], extra: Schema = {}): Schema => ({
  type: 'object',
  ...extra,
  ...(required.length ? { required } : {}),
  properties,
  additionalProperties: false,
});
export const single = (item: string): Schema => closed({ data: ref(item), meta: closed({}) }, ['data']);

const SCALARS: Record<'string' | 'integer' | 'number' | 'boolean' | 'datetime' | 'date', Schema> = {
  string,
  integer,
  number: { type: 'number' },
  boolean: { type: 'boolean' },
  datetime: dateTime,
  date,
};

export function property(attribute: Attribute): Schema {
  switch (attribute.type) {
    case 'blocks':
      return ref('Blocks');
    case 'json':
      return attribute.nullable ? nullable({ type: 'object' }) : { type: 'object' };
    case 'media':
      return nullable(attribute.multiple ? { type: 'array', items: ref('Media') } : ref('Media'));
    case 'relation': {
      const target = ref(ENTITIES[attribute.target].name);
      return attribute.multiple ? { type: 'array', items: target } : nullable(target);
    }
    case 'component':
      return { type: 'array', items: closed({ id: integer, ...properties(COMPONENTS[attribute.component]) }) };
    case 'enumeration': {
      const schema = described({ type: 'string', enum: [...attribute.values] }, attribute.description);
      return attribute.nullable ? nullable(schema) : schema;
    }
    default: {
      const schema = described(SCALARS[attribute.type], attribute.description);
      return attribute.nullable ? nullable(schema) : schema;
    }
  }
}
const described = (schema: Schema, description: string | undefined) =>
  description ? { ...schema, description } : schema;
const properties = (attributes: Attributes): Record<string, Schema> =>
  Object.fromEntries(Object.entries(attributes).map(([name, attribute]) => [name, property(attribute)]));

function entity(definition: EntityDefinition): Schema {
  const all = {
    ...properties(DOCUMENT_BASE),
    ...(definition.localized ? properties(LOCALIZED_BASE) : {}),
    ...properties(definition.attributes),
  };
  if (definition.single) return closed(all, [...definition.single.required]);
  return closed(all, ['id', 'documentId'], {
    description: `${definition.description ?? ''} Which properties appear depends on \`fields\` and \`populate\`; the defaults are documented on each path.`,
  });
}

/** An entity's schema with properties answered besides its stored fields. */
const withProperties = (schema: Schema, extra: Record<string, Schema>): Schema => ({
  ...schema,
  properties: { ...(schema.properties as Record<string, Schema>), ...extra },
});

const article = ENTITIES.article.attributes;
const summary = Object.fromEntries(ARTICLE_SUMMARY_FIELDS.map((field) => [field, article[field]]));

/** A page of search results (articles, or the agencies' records): its hits, pagination and the query as read. */
const searchResponse = (hit: string): Schema =>
  closed(
    {
      data: { type: 'array', items: ref(hit) },
      meta: closed(
        {
          pagination: ref('Pagination'),
          query: closed({
            terms: { type: 'array', items: string },
            phrases: { type: 'array', items: { type: 'array', items: string } },
          }),
        },
        ['pagination', 'query'],
      ),
    },
    ['data', 'meta'],
  );

export const schemas: Record<string, Schema> = {
  Pagination: closed(
    {
      page: integer,
      pageSize: integer,
      pageCount: integer,
      total: integer,
      estimated: {
        type: 'boolean',
        const: true,
        description:
          'Present when more than 10,000 match (PostgreSQL installations): `total` and `pageCount` are then the database planner’s estimate, not a count; pages past the real matches are empty.',
      },
    },
    ['page', 'pageSize', 'pageCount', 'total'],
  ),
  UncountedPagination: closed({ page: integer, pageSize: integer }, ['page', 'pageSize'], {
    description: 'A page asked with `pagination[withCount]=false`: no total or page count.',
  }),
  Error: closed(
    {
      data: { type: 'null' },
      error: closed({ status: integer, name: string, message: string, details: {} }, ['status', 'name', 'message']),
    },
    ['data', 'error'],
  ),
  Blocks: {
    description:
      'Strapi "blocks" rich text: paragraphs, headings, lists, quotes, images, links. It is data, never HTML: render it with a renderer that escapes text.',
    anyOf: [
      { type: 'array', items: { type: 'object', required: ['type'], properties: { type: string } } },
      { type: 'null' },
    ],
  },
  Media: closed(properties(MEDIA), ['url']),
  ...Object.fromEntries(Object.values(ENTITIES).map((definition) => [definition.name, entity(definition)])),
  // A notice says whether it has expired (by the CMS's clock when it was answered); not a stored field.
  Notice: withProperties(entity(ENTITIES.notice), {
    expired: { type: 'boolean', description: 'Whether `validUntil` has passed (answered when `validUntil` is).' },
  }),
  RelationSummary: closed({ documentId: string, name: string, slug: string }, ['name', 'slug'], {
    description: 'A related document as search results carry it: enough for a link.',
  }),
  SearchHit: closed(
    {
      ...properties(DOCUMENT_BASE),
      ...properties(summary),
      cover: property(article.cover),
      category: nullable(ref('RelationSummary')),
      authors: { type: 'array', items: ref('RelationSummary') },
      snippet: { type: 'array', items: closed({ text: string, match: { type: 'boolean' } }, ['text', 'match']) },
    },
    ['documentId', 'title', 'slug', 'snippet'],
    { description: 'An article summary as stored in the search index, with its snippet.' },
  ),
  QuestionHit: closed(
    {
      id: integer,
      documentId: string,
      kind: { type: 'string', enum: ['question'] },
      title: string,
      slug: nullable(string),
      agency: string,
      topic: nullable(property(ENTITIES.question.attributes.topic)),
      askedAt: nullable(dateTime),
      answeredAt: nullable(dateTime),
      isSample: { type: 'boolean' },
      snippet: { type: 'array', items: closed({ text: string, match: { type: 'boolean' } }, ['text', 'match']) },
    },
    ['documentId', 'kind', 'title', 'agency', 'snippet'],
    { description: "A citizen's published question as the search index keeps it, with its snippet." },
  ),
  QuestionSearchResponse: searchResponse('QuestionHit'),
  SearchResponse: searchResponse('SearchHit'),
  // ---- The agencies' records (issue 20) ----
  RegisterPagination: closed(
    { page: integer, pageSize: integer, pageCount: integer, total: integer, totalIsLowerBound: { type: 'boolean' } },
    ['page', 'pageSize', 'pageCount', 'total'],
    {
      description:
        'The register counts up to 10,000 matches; past that `total` is 10,000 and `totalIsLowerBound` is true (narrow the search).',
    },
  ),
  RegisterResponse: closed(
    {
      data: { type: 'array', items: ref('DebtorEntry') },
      meta: closed({ pagination: ref('RegisterPagination') }, ['pagination']),
    },
    ['data', 'meta'],
  ),
  QuestionTracking: closed(
    {
      code: string,
      agency: string,
      title: string,
      topic: property(ENTITIES.question.attributes.topic),
      status: { type: 'string', enum: ['received', 'answering', 'answered', 'declined'] },
      declineReason: nullable(string),
      askedAt: nullable(dateTime),
      answeredAt: nullable(dateTime),
      slug: nullable(string),
    },
    ['code', 'agency', 'title', 'topic', 'status', 'declineReason', 'askedAt', 'answeredAt', 'slug'],
    {
      description:
        'Where a question stands: received, being answered, answered (published at `/hoi-dap/<slug>` under its agency) or declined (with the reason the agency gave).',
    },
  ),
  RecordSearchHit: closed(
    {
      type: { type: 'string', enum: ['legal-document', 'notice'] },
      documentId: string,
      slug: string,
      agency: string,
      number: nullable(string),
      title: string,
      kind: string,
      date,
      issuingBody: nullable(string),
      validity: string,
      assetKind: nullable(string),
      validUntil: nullable(dateTime),
      expired: { type: 'boolean' },
      isSample: { type: 'boolean' },
      snippet: { type: 'array', items: closed({ text: string, match: { type: 'boolean' } }, ['text', 'match']) },
    },
    ['type', 'documentId', 'slug', 'agency', 'title', 'kind', 'date', 'snippet'],
    { description: 'A legal document (its number, summary as title) or a notice, as `/search?type=…` finds it.' },
  ),
  RecordSearchResponse: searchResponse('RecordSearchHit'),
  ArchiveMonth: closed(
    {
      year: integer,
      month: integer,
      days: { type: 'array', items: closed({ date, count: integer }, ['date', 'count']) },
    },
    ['year', 'month', 'days'],
  ),
};

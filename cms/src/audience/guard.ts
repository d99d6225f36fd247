import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { AGENCY_ATTRIBUTE, isAgencyScoped } from '../agencies/scoped-types';
import { currentScope, scopeOf, type Scope, type ScopedContext } from '../lib/request-scope';

/*
 * Who may read which articles: the one place the rule is decided. Every read path only calls it:
 * - the Document Service middleware below (`audienceFilter`): content API lists and reads by id, feeds, sitemaps;
 * - the public read path straight to the query engine (`strapi-internals/published-reads`): `withReadRule`,
 *   `scopedPopulate`;
 * - search (`api/search`, `search/*-store`): `readerScope` on the request, `staffAgencies` for the index's filter,
 *   `audienceOf` on what is indexed;
 * - the date archive's counts and the sitemaps (`api/archive`, `api/sitemap`): `readerScope`, `articleConditions`.
 * Drafts are a rule of their own (published rows only), which every public path applies with `status: 'published'`.
 * The agencies' records (issue 20) add two rules here, read by every path that serves them: notices are open or
 * expired by the clock (`noticeState`, `isExpired`), and personal data has a narrower public shape (`PUBLIC_SHAPES`).
 */

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
type Populate = Record<string, unknown>;
type Attribute = { type: string; target?: string; component?: string };

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
export const ARTICLE = 'api::article.article';
export type Audience = 'public' | 'staff';
export const PUBLIC_AUDIENCE = 'public' satisfies Audience;

/**
 * The rule. Everyone reads articles for everyone; signed-in staff also read the staff articles of their agency and
 * of the agencies merged into it. A `null` scope is a read outside a content API request (admin panel, seed, search
 * indexer), which sees everything.
 */
export function mayRead(scope: Scope | null, audience: Audience, agency: string | null = null): boolean {
  return audience === PUBLIC_AUDIENCE || scope === null || (agency !== null && staffAgencies(scope).includes(agency));
}

/** The agencies whose staff articles a scope reads: none for the public. */
export const staffAgencies = (scope: Scope): readonly string[] => (scope.audience === 'staff' ? scope.agencies : []);

/** The same, for a request of a public route (`auth: false`: search, archive), where a bearer token is checked here. */
export const readerScope = (strapi: Core.Strapi, ctx: ScopedContext): Promise<Scope> => scopeOf(strapi, ctx);

/** An article's audience as the rule reads it: anything but exactly `public` is staff, so a bad value hides, never shows. */
export const audienceOf = (value: unknown): Audience => (value === PUBLIC_AUDIENCE ? 'public' : 'staff');

/** Only articles for everyone, as query filters (Document Service, query engine `where`). */
export const PUBLIC_ARTICLES = { audience: { $eq: PUBLIC_AUDIENCE } };

/** The articles a scope reads, as query conditions (Document Service filters, query engine `where`). */
export function articleConditions(scope: Scope | null): Record<string, unknown> {
  if (scope === null) return {};
  const agencies = staffAgencies(scope);
  return agencies.length === 0 ? PUBLIC_ARTICLES : { $or: [PUBLIC_ARTICLES, { agency: { $in: [...agencies] } }] };
}
/** Never populated for the public, whatever `*` means to Strapi (sanitising would drop them anyway). */
const NEVER_EXPANDED = new Set(['createdBy', 'updatedBy', 'localizations']);

/**
 * The conditions a read of a type must meet in a scope: the audience rule on articles, and, when the request names an
 * agency, that agency's view on every agency-scoped type (its documents and its merged agencies' at the root; what
 * its documents may be related to in a relation).
 */
export function readConditions(
  strapi: Core.Strapi,
  uid: string,
  scope: Scope,
  place: 'root' | 'related',
): Record<string, unknown>[] {
  const conditions: Record<string, unknown>[] = [];
  if (uid === ARTICLE) conditions.push(articleConditions(scope));
  if (scope.view && isAgencyScoped(strapi, uid))
    conditions.push({ [AGENCY_ATTRIBUTE]: { $in: [...scope.view[place === 'root' ? 'root' : 'related']] } });
  return conditions;
}

// ---- The agencies' records (issue 20) ----

export const NOTICE = 'api::notice.notice';
export const DEBTOR_ENTRY = 'api::debtor-entry.debtor-entry';
export type NoticeState = 'open' | 'expired';
export const NOTICE_STATES: readonly NoticeState[] = ['open', 'expired'];

/**
 * A notice is open until its `validUntil` time (none: open until taken down), then expired, by itself: nothing is
 * written when it expires. `at` is the scheduler's clock (`scheduling/clock`), which tests move.
 */
export const isExpired = (validUntil: unknown, at: Date): boolean =>
  typeof validUntil === 'string' && validUntil !== '' && Date.parse(validUntil) <= at.getTime();

/** The notices of one state at `at`, as query filters (Document Service, query engine `where`). */
export function noticeState(state: NoticeState, at: Date): Record<string, unknown> {
  const instant = at.toISOString();
  return state === 'open'
    ? { $or: [{ validUntil: { $null: true } }, { validUntil: { $gt: instant } }] }
    : { validUntil: { $lte: instant } };
}

/**
 * Personal data's public shape (Luật Thi hành án dân sự, Điều 44a: only what the law says is published): the only
 * fields and relations any content API read of the type answers, whatever `fields` and `populate` it sends. What the
 * register keeps for its clerks (why and when an entry was taken off, its search keys) is never among them.
 */
export const PUBLIC_SHAPES: Readonly<Record<string, { fields: readonly string[]; populate: Populate }>> = {
  [DEBTOR_ENTRY]: {
    fields: [
      'fullName',
      'birthYear',
      'address',
      'obligation',
      'decisionNumber',
      'decisionDate',
      'agency',
      'judgmentNumber',
      'judgmentDate',
      'court',
      'noConditionsOn',
      'publishedOn',
      'isSample',
    ],
    populate: { unit: { fields: ['name', 'kind'] } },
  },
};

/** A read's field list and populate tree, narrowed to the type's public shape when it has one. */
export function withPublicShape<T extends { fields?: unknown; populate?: unknown }>(uid: string, params: T): T {
  const shape = PUBLIC_SHAPES[uid];
  if (!shape) return params;
  const asked = Array.isArray(params.fields)
    ? params.fields.map(String)
    : typeof params.fields === 'string'
      ? params.fields.split(',')
      : null;
  const fields = asked ? shape.fields.filter((field) => asked.includes(field)) : [...shape.fields];
  return { ...params, fields: fields.length > 0 ? fields : ['fullName'], populate: structuredClone(shape.populate) };
}

/** A read's filters with the read rule of its scope added (nothing added when the rule asks nothing). */
export function withReadRule(
  strapi: Core.Strapi,
  uid: string,
  filters: unknown,
  scope: Scope,
  place: 'root' | 'related' = 'root',
): unknown {
  const conditions = readConditions(strapi, uid, scope, place);
  if (conditions.length === 0) return filters;
  const rule = conditions.length === 1 ? conditions[0]! : { $and: conditions };
  if (filters === undefined || filters === null || filters === '') return rule;
  if (typeof filters !== 'object' || Array.isArray(filters)) {
    throw new errors.ValidationError(
      'Tham số "filters" phải là một đối tượng, ví dụ filters[slug][$eq]=… (filters must be an object)',
    );
  }
  return { $and: [filters, rule] };
}

/** The model an attribute leads to, for relations, media and components. */
function targetOf(attribute: Attribute | undefined): string | undefined {
  if (!attribute) return undefined;
  if (attribute.type === 'relation') return attribute.target;
  if (attribute.type === 'media') return 'plugin::upload.file';
  if (attribute.type === 'component') return attribute.component;
  return undefined;
}

/** Every populate form Strapi accepts (`*`, `a,b`, `['a.b']`, objects) as an object of attribute → options. */
function asObject(strapi: Core.Strapi, uid: string, populate: unknown): Populate | undefined {
  if (populate === undefined || populate === null || populate === false) return undefined;
  const attributes = (strapi.getModel(uid as UID.Schema)?.attributes ?? {}) as Record<string, Attribute>;
  if (populate === '*' || populate === true) {
    return Object.fromEntries(
      Object.entries(attributes)
        .filter(([name, attribute]) => targetOf(attribute) !== undefined && !NEVER_EXPANDED.has(name))
        .map(([name]) => [name, true]),
    );
  }
  const paths =
    typeof populate === 'string' ? populate.split(',') : Array.isArray(populate) ? populate.map(String) : null;
  if (paths) {
    const tree: Populate = {};
    for (const path of paths) {
      const [head, ...rest] = path.trim().split('.');
      if (!head) continue;
      const existing = tree[head];
      tree[head] =
        rest.length === 0
          ? (existing ?? true)
          : { populate: [...(((existing as Populate)?.populate as string[]) ?? []), rest.join('.')] };
    }
    return tree;
  }
  return typeof populate === 'object' ? (populate as Populate) : undefined;
}

/** The populate tree with every path that reaches articles narrowed to those the scope reads. */
export function scopedPopulate(strapi: Core.Strapi, uid: string, populate: unknown, scope: Scope): unknown {
  const tree = asObject(strapi, uid, populate);
  if (!tree) return populate;
  const attributes = (strapi.getModel(uid as UID.Schema)?.attributes ?? {}) as Record<string, Attribute>;
  return Object.fromEntries(
    Object.entries(tree).map(([name, options]) => {
      const target = targetOf(attributes[name]);
      if (!target || options === false || options === 'false') return [name, options];
      // Query strings carry `true` as text; any other text is a populate of the target itself.
      const object: Populate =
        options === true || options === 'true' || options === '*'
          ? {}
          : typeof options === 'string' || Array.isArray(options)
            ? { populate: options }
            : { ...(options as Populate) };
      if (object.populate !== undefined) object.populate = scopedPopulate(strapi, target, object.populate, scope);
      const filters = withReadRule(strapi, target, object.filters, scope, 'related');
      if (filters !== undefined) object.filters = filters;
      return [name, object];
    }),
  );
}

/**
 * For the public, a staff article does not exist; for staff, only those of their agencies do; for a request naming an
 * agency, only that agency's view does: content API reads get the scope's conditions added to their filters, and
 * every populate path (an author's, a category's or a campaign theme's articles, however deep) gets the same. Reads
 * outside a content API request (admin panel, seed, search indexer) are left alone.
 */
export function audienceFilter(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    if (!READS.has(context.action)) return next();
    const scope = await currentScope(strapi);
    if (scope === null) return next();
    const params = context.params as { filters?: unknown; populate?: unknown; fields?: unknown };
    const filters = withReadRule(strapi, context.uid, params.filters, scope);
    if (filters !== undefined) params.filters = filters;
    Object.assign(params, withPublicShape(context.uid, params));
    if (params.populate !== undefined) params.populate = scopedPopulate(strapi, context.uid, params.populate, scope);
    return next();
  };
}

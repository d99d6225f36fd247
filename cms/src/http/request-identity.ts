import type { IncomingMessage } from 'node:http';
import type { Core } from '@strapi/strapi';
import { isPublicRead } from '../cache/response-cache';
import { clientAddress, type RateLimitConfig } from '../lib/rate-limiter';

/** Which per-client budget a request draws from: the small sign-in or question ones, the API one, or none. */
export type Budget = 'sign-in' | 'question' | 'api' | null;

/**
 * What a request is, decided once as it arrives and read by every check after it (the cache fast path, the rate
 * limits, the public cache), so no check can be fooled by a spelling the router reads differently.
 */
export type RequestIdentity = {
  /** The path as the router routes it: route words as the route spells them, parameters as sent. */
  path: string;
  /** The raw query string (after `?`, before any `#`). */
  query: string;
  /** Set when the path is spelt in a way no route is meant to be reached by: answered 400 with this message. */
  refusal: string | null;
  budget: Budget;
  /** A GET/HEAD of the public content API, the only requests with caching headers. */
  publicRead: boolean;
  /** A GET/HEAD of an uploaded file (`/uploads/…`, served from the public folder): revalidated caching headers. */
  upload: boolean;
  /**
   * Sent without credentials (no `Authorization` header), as users-permissions reads it: the public's request. The
   * one meaning of anonymous: the shared cache, the fast path, the lean reads' shape checks and the audience scope
   * all read it here.
   */
  anonymous: boolean;
  /** The real client: the peer, or the client a trusted proxy names in `X-Forwarded-For`. */
  client: string;
  /**
   * The agency the request's answer is of, as its query names it (`agency=…`, `filters[agency][$eq]=…` or
   * `filters[agency]=…`): the response cache's tag, so a change in one agency leaves the others' answers warm. Null
   * for a request of the whole installation (or naming agencies in any other way).
   */
  agency: string | null;
};

/** The parts of a @koa/router layer read here. */
type Layer = { path: string; methods: string[]; regexp: RegExp };
/** The part decided from the method and path alone, remembered across requests. */
type Decided = Omit<RequestIdentity, 'query' | 'client' | 'anonymous' | 'agency'> & {
  /** A route of a content type's collection, where Strapi's `filters` apply (the project's endpoints ignore them). */
  collection: boolean;
};
type Route = { words: Array<string | null>; methods: ReadonlySet<string>; regexp: RegExp };

/** Where passwords and reset codes are tried: users-permissions' and the admin's sign-in and reset routes. */
const SIGN_IN_ROUTES = new Set([
  'POST /api/auth/local',
  'POST /api/auth/forgot-password',
  'POST /api/auth/reset-password',
  'POST /api/auth/change-password',
  'POST /api/auth/send-email-confirmation',
  'POST /admin/login',
  'POST /admin/register-admin',
  'POST /admin/register',
  'POST /admin/forgot-password',
  'POST /admin/reset-password',
  // The project's own sign-in: the password, then the second factor (admin-accounts/routes.ts).
  'POST /thads-auth/sign-in',
  'POST /thads-auth/totp',
  'POST /thads-auth/recovery-code',
  'POST /thads-auth/passkey',
  'POST /thads-auth/enrol/totp/confirm',
]);
/** Where citizens send questions (the public form, issue 21): a small budget of its own, shared by every instance. */
const QUESTION_ROUTES = new Set(['POST /api/questions/ask']);
/** The first path words whose requests count against the API budget. */
const LIMITED = new Set(['api', 'uploads']);
/**
 * Spellings no route of the CMS is reached by, which path-normalising proxies and clients read differently:
 * empty, `.` and `..` segments (also percent-encoded), encoded slashes and backslashes, `;` parameters, controls.
 */
const NON_CANONICAL = /\/\/.|(^|\/)(\.|%2e){1,2}(\/|$)|%2f|%5c|\\|;|[\x00-\x20\x7f]/i;
const REFUSAL =
  'Đường dẫn không hợp lệ: hãy dùng dạng chuẩn, không có //, /./, /../, %2F hay ; (non-canonical path refused)';
const MAX_REMEMBERED = 10_000;
const identities = new WeakMap<IncomingMessage, RequestIdentity>();

const PATTERN = /[:(*]/;

/** The query parameters that name one agency, as the response cache's tag. */
const AGENCY_PARAMETERS = ['agency', 'filters[agency][$eq]', 'filters[agency]'];
const AGENCY_CODE = /^[a-z][a-z0-9-]{1,39}$/;

/**
 * The one agency whose content a request's answer holds, or null (none, several, or named in another form): the
 * response cache's tag. `agency=` narrows the whole answer to the agency's view (the read rule). A filter on `agency`
 * narrows only the root of a collection's answer (`filtersApply`; the project's endpoints ignore `filters`), so it
 * names the answer's agency only with the route's own populate tree, whose relations stay within the agencies a
 * document may be related to, not with a populate tree of the client's, which may reach any agency.
 */
export function agencyOfQuery(query: string, filtersApply = true): string | null {
  // Most requests name none: parsing is skipped for them.
  if (!query.includes('agency')) return null;
  const params = new URLSearchParams(query);
  const keys = [...params.keys()];
  const viewed = params.getAll('agency');
  const clientPopulate = keys.some((key) => key.startsWith('populate'));
  const filtered = filtersApply ? AGENCY_PARAMETERS.slice(1).flatMap((name) => params.getAll(name)) : [];
  const otherForm =
    filtersApply && keys.some((key) => key.startsWith('filters[agency]') && !AGENCY_PARAMETERS.includes(key));
  if (otherForm || (clientPopulate && filtered.length > 0 && viewed.length === 0)) return null;
  const named = new Set([...viewed, ...(clientPopulate ? [] : filtered)]);
  const [code] = named;
  return named.size === 1 && code !== undefined && AGENCY_CODE.test(code) ? code : null;
}

/**
 * Decides what requests are, from Strapi's own route table (read on first use, once the router is mounted): its
 * routes match regardless of case and with or without one trailing slash, so `/API/Auth/Local/` is the sign-in
 * route, is treated as `/api/auth/local` by every check, and goes on to the router under that spelling.
 */
function requestIdentifier(strapi: Core.Strapi): (request: IncomingMessage) => RequestIdentity {
  const trusted = new Set(strapi.config.get<RateLimitConfig>('rate-limit').trustedProxies);
  const remembered = new Map<string, Decided>();
  let routesByFirstWord: Map<string, Route[]> | null = null;
  const collections = new Set(
    Object.entries(strapi.contentTypes)
      .filter(([uid]) => uid.startsWith('api::'))
      .map(([, contentType]) => (contentType as { info: { pluralName: string } }).info.pluralName),
  );

  const routesFor = (firstWord: string): Route[] => {
    if (!routesByFirstWord) {
      routesByFirstWord = new Map();
      const layers: Layer[] = strapi.server.listRoutes();
      for (const layer of layers) {
        // Path words as the route spells them; null for a parameter (a trailing `(.*)` keeps the rest as sent).
        const words = layer.path
          .split('/')
          .slice(1)
          .map((word) => (PATTERN.test(word) ? null : word));
        const first = words[0];
        // Routes with a pattern for a first word (the public folder's catch-all) hand unknown paths on: skipped.
        if (layer.methods.length === 0 || typeof first !== 'string') continue;
        const route = { words, methods: new Set(layer.methods), regexp: layer.regexp };
        routesByFirstWord.set(first.toLowerCase(), [...(routesByFirstWord.get(first.toLowerCase()) ?? []), route]);
      }
    }
    return routesByFirstWord.get(firstWord) ?? [];
  };

  const decide = (method: string, raw: string): Decided => {
    const segments = raw.split('/').slice(1);
    const firstWord = (segments[0] ?? '').toLowerCase();
    const budget: Budget = LIMITED.has(firstWord) ? 'api' : null;
    const unrouted = { budget, publicRead: false, upload: false, collection: false };
    if (NON_CANONICAL.test(raw)) return { path: raw, refusal: REFUSAL, ...unrouted };
    const route = routesFor(firstWord).find((candidate) => candidate.methods.has(method) && candidate.regexp.test(raw));
    if (!route) return { path: raw, refusal: null, ...unrouted };
    if (raw.endsWith('/')) segments.pop();
    const path = `/${segments.map((segment, index) => route.words[index] ?? segment).join('/')}`;
    return {
      path,
      refusal: null,
      budget: SIGN_IN_ROUTES.has(`${method} ${path}`)
        ? 'sign-in'
        : QUESTION_ROUTES.has(`${method} ${path}`)
          ? 'question'
          : budget,
      publicRead: isPublicRead(method, path),
      upload: (method === 'GET' || method === 'HEAD') && firstWord === 'uploads',
      collection: route.words[0] === 'api' && collections.has(route.words[1] ?? '') && route.words.length <= 3,
    };
  };

  return (request) => {
    const method = request.method ?? 'GET';
    const url = request.url ?? '/';
    const pathEnd = url.search(/[?#]/);
    const raw = pathEnd === -1 ? url : url.slice(0, pathEnd);
    let decided = remembered.get(`${method} ${raw}`);
    if (!decided) {
      decided = decide(method, raw);
      // Deciding walks part of the route table; the same paths come back again and again.
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      remembered.set(`${method} ${raw}`, decided);
    }
    const fragmentAt = url.indexOf('#');
    const query =
      pathEnd !== -1 && url[pathEnd] === '?' ? url.slice(pathEnd + 1, fragmentAt === -1 ? undefined : fragmentAt) : '';
    const forwardedFor = request.headers['x-forwarded-for'];
    const client = clientAddress(
      request.socket.remoteAddress,
      Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor,
      trusted,
    );
    const { collection, ...identity } = decided;
    return {
      ...identity,
      query,
      client,
      anonymous: !request.headers.authorization,
      agency: agencyOfQuery(query, collection),
    };
  };
}

const identifiers = new WeakMap<Core.Strapi, (request: IncomingMessage) => RequestIdentity>();

/**
 * What a request is: decided on its first call (by the HTTP server's request listener, before anything else) and
 * remembered on the request, so every later check reads that one decision.
 */
export function identify(strapi: Core.Strapi, request: IncomingMessage): RequestIdentity {
  let identity = identities.get(request);
  if (!identity) {
    let decide = identifiers.get(strapi);
    if (!decide) {
      decide = requestIdentifier(strapi);
      identifiers.set(strapi, decide);
    }
    identity = decide(request);
    identities.set(request, identity);
    // The router and every middleware after the checks see the spelling the checks used.
    const url = request.url ?? '/';
    const pathEnd = url.search(/[?#]/);
    if (identity.refusal === null) request.url = identity.path + (pathEnd === -1 ? '' : url.slice(pathEnd));
  }
  return identity;
}

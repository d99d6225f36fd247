// The site's production server: the built SPA (with history fallback) and the CMS's public paths on one origin.
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import {
  agencySiteIdentity,
  agencySitePath,
  createContentClient,
  createQuestionsClient,
  ENGLISH_PATHS,
  pageLanguage,
  PREVIEW_PATH,
  SITE_PATHS,
  isRegisterPath,
  SITE_SERVER_PATHS,
  siteAgencyOf,
} from '@thads/content';
import { agencyDirectoryLoader } from './agency-directory.mjs';
import { CHANGE_HOOK_PATH, HtmlCache, NATIONAL_TAG, SIGNATURE_HEADER, verifyChange } from './html-cache.mjs';
import { appFiles } from './app-files.mjs';
import { documentOfPath, injectHead, loadPageHead } from './share-preview.mjs';
import { readQuestionForm } from './question-form.mjs';

/** Paths answered by the CMS; everything else is the site. */
export const DEFAULT_PROXY_PREFIXES = ['/api/', '/uploads/'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/**
 * The site's own pages: scripts and styles only from its own files (no inline script anywhere, so injected markup
 * cannot run), API calls to its own origin, never framed. Images may come from any https origin (rich text can
 * embed them); the CMS's proxied answers carry the CMS's own headers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The origins an admin is reached at, from its configured URLs (comma-separated where there are several: an admin on
 * a host of its own and through the site's host, say). A loopback origin comes with its twin (`localhost` and
 * `127.0.0.1` are two origins to a browser, one machine to an operator).
 * @param {string[]} urls
 * @returns {string[]}
 */
export function adminOriginsOf(urls) {
  const origins = urls
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) => new URL(value).origin);
  const twins = origins.flatMap((origin) => {
    const url = new URL(origin);
    if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') return [];
    url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    return [url.origin];
  });
  return [...new Set([...origins, ...twins])];
}

/**
 * A draft preview page (`/xem-truoc/…`): framed by the admin only (its origins and this one, for this route alone),
 * never stored by anyone, never indexed, and its URL (which carries the token) never sent on as a referrer.
 * @param {string[]} adminOrigins
 */
export function previewHeaders(adminOrigins) {
  const { 'X-Frame-Options': _denied, ...others } = SECURITY_HEADERS;
  return {
    ...others,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY.replace(
      "frame-ancestors 'none'",
      `frame-ancestors 'self' ${adminOrigins.join(' ')}`,
    ),
    'Referrer-Policy': 'no-referrer',
    'X-Robots-Tag': 'noindex, nofollow',
  };
}

// Hop-by-hop headers describe one connection and must not be forwarded (RFC 9110 §7.6.1).
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** Pages of the site that are not documents; anything else that is not a document page is a 404. */
const FIXED_PAGES = new Set([
  '/',
  SITE_PATHS.campaignThemes,
  SITE_PATHS.signIn,
  SITE_PATHS.search,
  SITE_PATHS.siteMap,
  SITE_PATHS.agencies,
  SITE_PATHS.questions,
  SITE_PATHS.askQuestion,
  SITE_PATHS.trackQuestion,
  SITE_PATHS.legalDocuments,
  SITE_PATHS.notices,
  SITE_PATHS.register,
  SITE_PATHS.about,
  SITE_PATHS.organisation,
  SITE_PATHS.contact,
  ...Object.values(ENGLISH_PATHS),
]);
/** A page of one of the agencies' records (the app says whether it exists, when it renders). */
const RECORD_PAGE = new RegExp(
  `^(${[SITE_PATHS.legalDocument, SITE_PATHS.notice, SITE_PATHS.registerEntry].join('|')})[a-z0-9-]{1,200}$`,
);
const DAY_PAGE = new RegExp(`^${SITE_PATHS.day}\\d{4}-\\d{2}-\\d{2}$`);
/** The day picker sent without JavaScript: `/ngay?ngay=16&thang=3&nam=2021`. */
const DAY_FORM = SITE_PATHS.day.replace(/\/$/, '');
/** A sitemap file of an agency on the site's origin (`/sitemaps/…`, under its prefix), answered by the CMS. */
const SITEMAP_FILE = /^\/sitemaps\/([a-z0-9-]{1,40})\.xml$/;
/** A sitemap's path, at the root or under an agency's prefix: the CMS's, never a built file. */
const SITEMAP = /(^|\/)(sitemap\.xml|sitemaps\/[a-z0-9-]{1,40}\.xml)$/;
/** Pages of the national portal that came before (`…/view_detail.aspx?itemid=…`, any case): moved to the article. */
const LEGACY_PAGE = /\.aspx$/i;
/** Redirects decided from the path alone (`/<code>` → `/<code>/`, an alias code): kept by browsers for an hour. */
const MOVED_CACHE_CONTROL = 'public, max-age=3600';
/** How long a page waits for its share-preview data before it is sent without (the app loads the data anyway). */
const PREVIEW_TIMEOUT_MS = 3000;
/** Bytes of rendered pages the site server keeps (both encodings counted). */
export const DEFAULT_HTML_CACHE_BYTES = 32 * 1024 * 1024;
/**
 * Pages and their data are revalidated by browsers on every use (`no-cache` + ETag: a 304 is cheap): a reload after a
 * publish or unpublish shows the new state at once. A shared cache may store them, revalidating too.
 */
export const PAGE_CACHE_CONTROL = 'no-cache';
/**
 * How a rendered page may be kept and framed: public pages are shared (cached here and revalidated by anyone) and never
 * framed; a preview is nobody's to keep and only the admin's to frame.
 * @typedef {{ shared: boolean, cacheControl: string, securityHeaders: Record<string, string> }} RenderPolicy
 * @type {RenderPolicy}
 */
const PUBLIC_PAGE = { shared: true, cacheControl: PAGE_CACHE_CONTROL, securityHeaders: SECURITY_HEADERS };
/**
 * The citizens' question form and tracking page: what they show may be a citizen's own (the input sent back, a
 * question's status read with its code), so nobody keeps them: not this server, not a shared cache, not the browser.
 * @type {RenderPolicy}
 */
const PERSONAL_PAGE = { shared: false, cacheControl: 'private, no-store', securityHeaders: SECURITY_HEADERS };
const PERSONAL_PAGES = new Set(/** @type {string[]} */ ([SITE_PATHS.askQuestion, SITE_PATHS.trackQuestion]));
/**
 * The register of debtors (personal data): shared and cached as any public page, but no search engine indexes, follows
 * or keeps it (the page's head says so too).
 * @type {RenderPolicy}
 */
const REGISTER_PAGE = {
  ...PUBLIC_PAGE,
  securityHeaders: { ...SECURITY_HEADERS, 'X-Robots-Tag': 'noindex, nofollow, noarchive' },
};

/**
 * @typedef {{ html: string, state: string, status: number, site: Omit<import('@thads/content').SiteIdentity, 'origin'>,
 *   route?: string, head: import('@thads/content').PageHeadInput | null }} Rendered
 * @typedef {Extract<import('@thads/content').SiteAgency, { kind: 'page' }>} AgencyPage
 * @typedef {(url: string, request: { cmsUrl: string, forwardedFor: string, timeoutMs: number,
 *   directory: import('@thads/content').AgencyDirectory, agency: AgencyPage,
 *   form?: import('@thads/content').QuestionFormOutcome }) => Promise<Rendered>} RenderPage
 */

/** How long a proxied request may wait on a silent CMS before the reader gets a 504. */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 15_000;

/**
 * A JSON error in the CMS's envelope, for what the site server answers on the CMS's behalf.
 * @param {http.ServerResponse} res
 * @param {number} status
 * @param {string} name
 * @param {string} message
 */
function sendCmsError(res, status, name, message) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify({ data: null, error: { status, name, message } }));
}

/** @param {Buffer} body */
const entityTag = (body) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** How long a built file is served without looking at it on disk again. */
const RECHECK_FILES_MS = 1000;

/**
 * @param {{ distDir: string, cmsUrl: string, siteUrl?: string, adminOrigin?: string, proxyPrefixes?: string[],
 *   upstreamTimeoutMs?: number, trustedProxies?: string[], renderPage?: RenderPage, htmlCacheBytes?: number,
 *   changeSecret?: string }} options
 *   adminOrigin: the admin's URL as editors' browsers reach it (several, comma-separated), the only origins that may
 *   frame a preview page (default: the CMS's);
 *   siteUrl: the public origin, for canonical URLs and robots.txt (default: the request's own Host);
 *   proxyPrefixes: lower-case path prefixes answered by the CMS, whatever the case they are spelt in;
 *   upstreamTimeoutMs: how long the CMS may stay silent on a proxied request before a 504;
 *   trustedProxies: peers (a TLS terminator, a load balancer) whose X-Forwarded-For and X-Forwarded-Proto are believed;
 *   renderPage: the server render (web/dist-server/entry-server.js); without it pages are the bare app;
 *   htmlCacheBytes: the bound of the rendered-page cache; changeSecret: the secret the CMS signs change announcements
 *   with (without it, nothing can empty the cache, so rendered pages are not cached)
 * @returns {http.Server & { htmlCache: HtmlCache }}
 */
export function createSiteServer({
  distDir,
  cmsUrl,
  siteUrl,
  adminOrigin,
  proxyPrefixes = DEFAULT_PROXY_PREFIXES,
  upstreamTimeoutMs = DEFAULT_UPSTREAM_TIMEOUT_MS,
  trustedProxies = [],
  renderPage,
  htmlCacheBytes = DEFAULT_HTML_CACHE_BYTES,
  changeSecret,
}) {
  const htmlCache = new HtmlCache(changeSecret ? htmlCacheBytes : 0);
  const appFilesOf = appFiles(distDir);
  const root = path.resolve(distDir);
  const upstream = new URL(cmsUrl);
  const trusted = new Set(trustedProxies);
  const previewPageHeaders = previewHeaders(adminOriginsOf([adminOrigin ?? cmsUrl]));
  /** @type {RenderPolicy} */
  const previewPage = { shared: false, cacheControl: 'private, no-store', securityHeaders: previewPageHeaders };
  /** @type {Map<string, { body: Buffer, gzipped: Buffer | null, type: string, mtimeMs: number, checkedAt: number }>} */
  const cache = new Map();

  /**
   * A built file, read once and looked at again at most once a second: a `stat` on every request cost the cached
   * pages most of their speed. A new build of `index.html` also drops the pages rendered from the old one (they name
   * asset files the build replaced).
   * @param {string} file
   */
  async function load(file) {
    const cached = cache.get(file);
    const now = Date.now();
    if (cached && now - cached.checkedAt < RECHECK_FILES_MS) return cached;
    const info = await stat(file);
    if (!info.isFile()) return null;
    if (cached && cached.mtimeMs === info.mtimeMs) {
      cached.checkedAt = now;
      return cached;
    }
    const body = await readFile(file);
    const type =
      TYPES[/** @type {keyof typeof TYPES} */ (path.extname(file).toLowerCase())] ?? 'application/octet-stream';
    const gzipped = COMPRESSIBLE.test(type) && body.length > 512 ? gzipSync(body) : null;
    const entry = { body, gzipped, type, mtimeMs: info.mtimeMs, checkedAt: now };
    cache.set(file, entry);
    if (cached && path.basename(file) === 'index.html') htmlCache.clear();
    return entry;
  }

  /** @param {http.IncomingMessage} req */
  const acceptsGzip = (req) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

  /**
   * Writes a body with the site's headers, gzipped when a gzip form exists and the client takes it.
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {{ body: Buffer, gzipped: Buffer | null, type: string }} content
   * @param {string} cacheControl
   * @param {number} [status]
   * @param {Record<string, string>} [extraHeaders]
   * @param {http.OutgoingHttpHeaders} [securityHeaders]
   */
  function send(
    req,
    res,
    { body, gzipped, type },
    cacheControl,
    status = 200,
    extraHeaders = {},
    securityHeaders = SECURITY_HEADERS,
  ) {
    const bytes = gzipped !== null && acceptsGzip(req) ? gzipped : body;
    res.writeHead(status, {
      ...securityHeaders,
      'Content-Type': type,
      'Content-Length': bytes.length,
      'Cache-Control': cacheControl,
      Vary: 'Accept-Encoding',
      ...extraHeaders,
      ...(bytes === gzipped ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {string} file
   * @param {string} cacheControl
   */
  async function sendFile(req, res, file, cacheControl) {
    const entry = await load(file);
    if (!entry) return false;
    send(req, res, entry, cacheControl);
    return true;
  }

  /**
   * Who the request is for, as the CMS's rate limits read it: the chain a trusted proxy reports, then the peer. From
   * anyone else the header is the client's own words, dropped.
   * @param {http.IncomingMessage} req
   */
  const forwardedFor = (req) => {
    const peer = req.socket.remoteAddress ?? '';
    const reported = trusted.has(peer) ? req.headers['x-forwarded-for'] : undefined;
    return [reported, peer].flat().filter(Boolean).join(', ');
  };

  /**
   * The scheme the reader used: this server speaks plain HTTP, so only a trusted proxy in front (a TLS terminator)
   * can say it was https.
   * @param {http.IncomingMessage} req
   */
  const forwardedProto = (req) => {
    const reported = String(req.headers['x-forwarded-proto'] ?? '')
      .split(',')[0]
      ?.trim()
      .toLowerCase();
    return trusted.has(req.socket.remoteAddress ?? '') && (reported === 'https' || reported === 'http')
      ? reported
      : 'http';
  };

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {string} upstreamPath
   */
  function proxy(req, res, upstreamPath) {
    /** @type {http.OutgoingHttpHeaders} */
    const headers = {};
    for (const [name, value] of Object.entries(req.headers))
      if (!HOP_BY_HOP.has(name) && value !== undefined) headers[name] = value;
    headers.host = upstream.host;
    headers['x-forwarded-host'] = req.headers.host ?? '';
    headers['x-forwarded-proto'] = forwardedProto(req);
    headers['x-forwarded-for'] = forwardedFor(req);

    const outgoing = http.request(
      {
        protocol: upstream.protocol,
        hostname: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: upstreamPath,
        headers,
      },
      (incoming) => {
        /** @type {http.OutgoingHttpHeaders} */
        const responseHeaders = {};
        for (const [name, value] of Object.entries(incoming.headers))
          if (!HOP_BY_HOP.has(name) && value !== undefined) responseHeaders[name] = value;
        res.writeHead(incoming.statusCode ?? 502, responseHeaders);
        incoming.pipe(res);
      },
    );
    let timedOut = false;
    // A hung CMS must not hold readers' connections: silent for too long, the exchange is given up.
    outgoing.setTimeout(upstreamTimeoutMs, () => {
      timedOut = true;
      outgoing.destroy();
    });
    outgoing.on('error', () => {
      if (res.headersSent) return res.destroy();
      if (timedOut)
        return sendCmsError(
          res,
          504,
          'GatewayTimeout',
          `Máy chủ nội dung không trả lời trong ${upstreamTimeoutMs / 1000} giây (CMS timed out)`,
        );
      sendCmsError(res, 502, 'BadGateway', 'Máy chủ nội dung không phản hồi (CMS unreachable)');
    });
    req.pipe(outgoing);
  }

  /** @param {http.IncomingMessage} req */
  const originOf = (req) => (siteUrl ?? `http://${req.headers.host ?? `${upstream.hostname}`}`).replace(/\/+$/, '');

  /**
   * A public GET of the CMS on the reader's behalf (the reader's address goes along, for the CMS's rate limit), or on
   * the site server's own (null: the agency directory).
   * @param {http.IncomingMessage | null} req
   * @returns {(apiPath: string) => Promise<any>}
   */
  const cmsJson = (req) => async (apiPath) => {
    const response = await fetch(new URL(apiPath, upstream), {
      headers: req ? { 'X-Forwarded-For': forwardedFor(req) } : {},
      signal: AbortSignal.timeout(PREVIEW_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`CMS ${response.status} for ${apiPath}`);
    return response.json();
  };

  const agencies = agencyDirectoryLoader(cmsJson(null));

  /**
   * The CMS's typed client on the reader's behalf, as the app reads the CMS (the bare app's share tags, the question
   * form sent without JavaScript).
   * @param {http.IncomingMessage} req
   * @param {number} [timeoutMs]
   */
  const cmsClientOptions = (req, timeoutMs = PREVIEW_TIMEOUT_MS) => ({
    baseUrl: upstream.origin,
    /** @type {typeof fetch} */
    fetch: (input, init) =>
      fetch(input, {
        ...init,
        headers: { ...Object.fromEntries(new Headers(init?.headers)), 'X-Forwarded-For': forwardedFor(req) },
        signal: AbortSignal.timeout(timeoutMs),
      }),
  });
  /**
   * The articles' and the questions' reads with those options.
   * @param {http.IncomingMessage} req
   * @param {number} [timeoutMs]
   */
  const cmsClient = (req, timeoutMs) => {
    const options = cmsClientOptions(req, timeoutMs);
    return { ...createContentClient(options), ...createQuestionsClient(options) };
  };

  /**
   * Where a page published before now lives, as the CMS says (`/api/redirects`): a root address of a document the
   * home agency does not have (`/tin-tuc/<slug>` → `/<agency>/tin-tuc/<slug>`), a national-portal address. Null when
   * nothing moved from there, or the CMS cannot say.
   * @param {http.IncomingMessage} req
   * @param {string} address the path and query string as requested
   * @returns {Promise<string | null>}
   */
  const movedTo = async (req, address) => {
    const answer = await cmsJson(req)(`/api/redirects?path=${encodeURIComponent(address)}`).catch(() => null);
    const location = answer?.data?.location;
    // A path of this site only (never `//host` or `/\host`, which browsers read as another origin).
    return typeof location === 'string' && /^\/(?![/\\])/.test(location) ? location : null;
  };

  /**
   * A permanent redirect.
   * @param {http.ServerResponse} res
   * @param {string} location
   * @param {string} cacheControl
   */
  function sendMoved(res, location, cacheControl) {
    res.writeHead(301, { ...SECURITY_HEADERS, Location: location, 'Cache-Control': cacheControl });
    res.end();
  }

  /**
   * Text made for this request (robots.txt, a page with its share tags), compressed only when the client takes it.
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {string} text
   * @param {string} type
   * @param {number} status
   * @param {string} cacheControl
   */
  function sendText(req, res, text, type, status, cacheControl) {
    const body = Buffer.from(text);
    send(
      req,
      res,
      { body, gzipped: body.length > 512 && acceptsGzip(req) ? gzipSync(body) : null, type },
      cacheControl,
      status,
    );
  }

  /**
   * The bare app's page (no server render): with the document's own head tags on a document page of the agency, 404
   * for a document or path that does not exist (the app shows its not-found page), and the plain page if the CMS
   * cannot be asked.
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {import('@thads/content').AgencyDirectory} directory
   * @param {AgencyPage} agency whose page it is
   * @param {{ body: Buffer, gzipped: Buffer | null, type: string }} entry index.html
   */
  async function sendBarePage(req, res, directory, agency, entry) {
    const page = documentOfPath(agency.path);
    // The plain page goes out as built (compressed once, when loaded); only a page with share tags is made here.
    if (!page)
      return send(
        req,
        res,
        entry,
        PAGE_CACHE_CONTROL,
        FIXED_PAGES.has(agency.path) || DAY_PAGE.test(agency.path) || RECORD_PAGE.test(agency.path) ? 200 : 404,
        {},
        isRegisterPath(agency.path) ? REGISTER_PAGE.securityHeaders : SECURITY_HEADERS,
      );
    const found = await loadPageHead(page, cmsClient(req), directory, agency.code).catch(() => undefined);
    if (!found) return send(req, res, entry, PAGE_CACHE_CONTROL, found === null ? 404 : 200);
    return sendText(
      req,
      res,
      injectHead(entry.body.toString('utf8'), found.input, {
        origin: originOf(req),
        ...agencySiteIdentity(directory, agency.code),
      }),
      entry.type,
      200,
      PAGE_CACHE_CONTROL,
    );
  }

  /**
   * A rendered page: revalidated by the browser on every use, 304 when it has this version already.
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {import('./html-cache.mjs').CachedPage} page
   * @param {'HIT' | 'MISS' | 'BYPASS'} cacheStatus
   * @param {RenderPolicy} [policy]
   */
  function sendRendered(req, res, page, cacheStatus, policy = PUBLIC_PAGE) {
    // A page published before that now lives elsewhere: revalidated too (the CMS's content decides it).
    if (page.location) {
      res.writeHead(301, {
        ...SECURITY_HEADERS,
        Location: page.location,
        'Cache-Control': PAGE_CACHE_CONTROL,
        'X-Cache': cacheStatus,
      });
      return res.end();
    }
    const headers = {
      ETag: page.etag,
      'X-Cache': cacheStatus,
      // The CMS is briefly unavailable (its database restarting): readers and crawlers may come back in a few seconds.
      ...(page.status === 503 ? { 'Retry-After': '5' } : {}),
    };
    const tags = String(req.headers['if-none-match'] ?? '').split(/\s*,\s*/);
    if (policy.shared && page.status === 200 && (tags.includes(page.etag) || tags.includes(`W/${page.etag}`))) {
      res.writeHead(304, {
        ...policy.securityHeaders,
        ...headers,
        'Cache-Control': policy.cacheControl,
        Vary: 'Accept-Encoding',
      });
      return res.end();
    }
    send(req, res, page, policy.cacheControl, page.status, headers, policy.securityHeaders);
  }

  /**
   * @param {string} text
   * @param {number} status
   * @returns {import('./html-cache.mjs').CachedPage}
   */
  const pageOf = (text, status) => {
    const body = Buffer.from(text);
    return { body, gzipped: gzipSync(body), etag: entityTag(body), status, type: TYPES['.html'] };
  };

  /**
   * The page rendered on the server (the same app, hydrated in the browser), from the rendered-page cache when an
   * anonymous reader asks for a page already made since the last change of its agency's content. A page published
   * before that now lives elsewhere (`moved`, asked beside the render) is a redirect there, kept the same way.
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {URL} url
   * @param {RenderPage} render
   * @param {{ body: Buffer }} entry index.html
   * @param {import('@thads/content').AgencyDirectory} directory
   * @param {AgencyPage} agency whose page it is
   * @param {() => Promise<string | null>} moved
   * @param {RenderPolicy} [policy] the preview's: never cached, framed by the admin
   * @param {import('@thads/content').QuestionFormOutcome} [form] what became of the question form posted to the page
   */
  async function sendServerRendered(
    req,
    res,
    url,
    render,
    entry,
    directory,
    agency,
    moved,
    policy = PUBLIC_PAGE,
    form = undefined,
  ) {
    const origin = originOf(req);
    // Whatever a request carries that could make its page someone's own keeps it out of the shared cache.
    const anonymous = policy.shared && !req.headers.authorization && !req.headers.cookie;
    const key = `${origin}${url.pathname}${url.search}`;
    const cached = anonymous ? htmlCache.get(key) : undefined;
    if (cached) return sendRendered(req, res, cached, 'HIT', policy);
    // Filed under its agency, whose changes alone make it stale; the directory under none.
    const tag = agency.path === SITE_PATHS.agencies ? NATIONAL_TAG : agency.code;
    const generation = htmlCache.generation(tag);
    const template = entry.body.toString('utf8');
    const movedTo = moved();
    let rendered;
    try {
      rendered = await render(url.pathname + url.search, {
        cmsUrl: upstream.href,
        forwardedFor: forwardedFor(req),
        timeoutMs: PREVIEW_TIMEOUT_MS,
        directory,
        agency,
        ...(form ? { form } : {}),
      });
    } catch (error) {
      console.error(error);
      return sendUnavailable(req, res, template, 503, policy);
    }
    const location = await movedTo;
    if (location) {
      /** @type {import('./html-cache.mjs').CachedPage} */
      const redirect = { body: Buffer.alloc(0), gzipped: null, etag: '', status: 301, type: TYPES['.html'], location };
      const stored = anonymous && htmlCache.set(key, redirect, generation, tag);
      return sendRendered(req, res, redirect, stored ? 'MISS' : 'BYPASS', policy);
    }
    let html = template
      // The page reads without JavaScript now (the template's notice goes before the page, whose own stay).
      .replace(/<noscript>[\s\S]*?<\/noscript>/, '')
      .replace(
        '<div id="root"></div>',
        () => `<div id="root">${rendered.html}</div>${rendered.state}${appFilesOf(rendered.route)}`,
      );
    if (rendered.head) html = injectHead(html, rendered.head, { ...rendered.site, origin });
    // The page's language, decided from its path as the app decides it (its English pages are `/en…`).
    if (pageLanguage(agency.path) === 'en') html = html.replace('<html lang="vi">', '<html lang="en">');
    const made = pageOf(html, rendered.status);
    const stored =
      anonymous && (made.status === 200 || made.status === 404) && htmlCache.set(key, made, generation, tag);
    sendRendered(req, res, made, stored ? 'MISS' : 'BYPASS', policy);
  }

  /**
   * A page the site cannot make now (the render failed, the agencies could not be read): said so, never kept.
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {string} template index.html
   * @param {number} status
   * @param {RenderPolicy} [policy]
   */
  function sendUnavailable(req, res, template, status, policy = PUBLIC_PAGE) {
    const message =
      '<main class="container"><h1>Trang tạm thời không hiển thị được</h1><p>Máy chủ đang bận hoặc đang bảo trì. Vui lòng tải lại trang sau ít phút.</p></main>';
    return sendRendered(
      req,
      res,
      pageOf(
        template.replace('<div id="root"></div>', () => message),
        status,
      ),
      'BYPASS',
      policy,
    );
  }

  /**
   * The page of a site URL, for the agency whose page it is: rendered on the server when the server render is built,
   * else the bare app. A root address of a document may have moved to another agency's pages (the CMS says).
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {URL} url
   * @param {import('@thads/content').AgencyDirectory} directory
   * @param {AgencyPage} agency
   */
  async function sendPage(req, res, url, directory, agency) {
    const entry = await load(path.join(root, 'index.html'));
    if (!entry) throw new Error('index.html is missing from the build');
    const moved = () =>
      agency.prefix === '' && documentOfPath(agency.path)
        ? movedTo(req, url.pathname + url.search)
        : Promise.resolve(null);
    const policy = isRegisterPath(agency.path)
      ? REGISTER_PAGE
      : PERSONAL_PAGES.has(agency.path)
        ? PERSONAL_PAGE
        : PUBLIC_PAGE;
    if (renderPage) return sendServerRendered(req, res, url, renderPage, entry, directory, agency, moved, policy);
    const location = await moved();
    if (location) return sendMoved(res, location, PAGE_CACHE_CONTROL);
    return sendBarePage(req, res, directory, agency, entry);
  }

  /**
   * The citizens' question form posted without JavaScript: its fields go to the CMS with the reader's address (its
   * per-client budget), and the answer is the form's page rendered again (the tracking code, or the form with the
   * problems and the input kept; a 429 said in Vietnamese), never kept by anyone. Without the server render, a question
   * received goes on to its tracking page (303), anything else back to the form.
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {URL} url
   * @param {import('@thads/content').AgencyDirectory} directory
   * @param {AgencyPage} agency
   */
  async function questionFormPosted(req, res, url, directory, agency) {
    const read = await readQuestionForm(req);
    if (read.kind === 'unsupported') {
      res.writeHead(415, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      return res.end('Biểu mẫu phải gửi dạng application/x-www-form-urlencoded (unsupported media type)');
    }
    /** @type {import('@thads/content').QuestionFormOutcome} */
    const outcome =
      read.kind === 'too-large'
        ? { kind: 'refused', values: {}, status: 413, message: '' }
        : await cmsClient(req, upstreamTimeoutMs)
            .askQuestion(read.values)
            .catch(() => ({ kind: 'refused', values: read.values, status: 502, message: '' }));
    const entry = await load(path.join(root, 'index.html'));
    if (!entry) throw new Error('index.html is missing from the build');
    if (renderPage)
      return sendServerRendered(
        req,
        res,
        url,
        renderPage,
        entry,
        directory,
        agency,
        () => Promise.resolve(null),
        PERSONAL_PAGE,
        outcome,
      );
    const at = (/** @type {string} */ page) => agencySitePath(directory, agency.code, page);
    res.writeHead(303, {
      ...SECURITY_HEADERS,
      'Cache-Control': 'no-store',
      Location:
        outcome.kind === 'received'
          ? `${at(SITE_PATHS.trackQuestion)}?${new URLSearchParams({ ma: outcome.trackingCode })}`
          : at(SITE_PATHS.askQuestion),
    });
    res.end();
  }

  /**
   * The CMS's signed announcement that content changed: the rendered pages of the agencies it names are dropped (all
   * of them when it names none), and the agencies are read again (one's record may have changed).
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  async function contentChanged(req, res) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > 16_384) break;
      chunks.push(chunk);
    }
    const body = Buffer.concat(chunks).toString('utf8');
    const change =
      req.method === 'POST' && changeSecret
        ? verifyChange(changeSecret, body, req.headers[SIGNATURE_HEADER]?.toString())
        : false;
    if (!change) {
      res.writeHead(403, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Chữ ký không hợp lệ (bad signature)');
    }
    htmlCache.invalidate(change.tags);
    agencies.invalidate();
    res.writeHead(204, SECURITY_HEADERS);
    res.end();
  }

  /**
   * robots.txt: every page may be crawled but the sign-in and search pages and the citizens' question form and
   * tracking page (what they show after a use is a citizen's own), of every agency; the sitemap is the national index,
   * which lists every agency's files.
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  async function sendRobots(req, res) {
    const origin = originOf(req);
    const directory = await agencies.get().catch(() => null);
    const prefixes = [
      '',
      ...(directory?.agencies ?? []).flatMap(({ code }) => (code === directory?.home ? [] : [`/${code}`])),
    ];
    const disallowed = prefixes.flatMap((prefix) =>
      [SITE_PATHS.signIn, SITE_PATHS.search, SITE_PATHS.askQuestion, SITE_PATHS.trackQuestion].map(
        (page) => prefix + page,
      ),
    );
    const robots = `User-agent: *\nAllow: /\n${disallowed.map((page) => `Disallow: ${page}\n`).join('')}\nSitemap: ${origin}${SITE_SERVER_PATHS.sitemapIndex}\n`;
    return sendText(req, res, robots, 'text/plain; charset=utf-8', 200, 'public, max-age=3600');
  }

  const server = http.createServer(async (req, res) => {
    try {
      // Dot segments resolved, as the CMS would be asked: what is checked here is what the CMS gets.
      const url = new URL(req.url ?? '/', 'http://site.invalid');
      // The CMS's router ignores case (`/API/…` is its API too): decided the same way here, the CMS then applies its
      // limits to it as to any spelling.
      const lower = url.pathname.toLowerCase();
      if (proxyPrefixes.some((prefix) => lower.startsWith(prefix))) return proxy(req, res, url.pathname + url.search);
      if (url.pathname === CHANGE_HOOK_PATH) return await contentChanged(req, res);

      // The citizens' question form is the one page sent to (`/hoi-dap/gui-cau-hoi`, under any agency's prefix).
      const formPost = req.method === 'POST' && url.pathname.endsWith(SITE_PATHS.askQuestion);
      if (req.method !== 'GET' && req.method !== 'HEAD' && !formPost) {
        res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end('Phương thức không được hỗ trợ (method not allowed)');
      }

      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end('Đường dẫn không hợp lệ (malformed URL)');
      }
      if (pathname === SITE_SERVER_PATHS.robots) return await sendRobots(req, res);
      const legacy = LEGACY_PAGE.test(pathname);
      if (legacy) {
        const location = await movedTo(req, url.pathname + url.search);
        if (location) return sendMoved(res, location, PAGE_CACHE_CONTROL);
      }
      const file = path.resolve(root, `.${path.posix.normalize(pathname)}`);
      const inside = file === root || file.startsWith(root + path.sep);
      if (
        !legacy &&
        !SITEMAP.test(pathname) &&
        inside &&
        path.extname(file) &&
        file !== path.join(root, 'index.html')
      ) {
        // Vite puts content hashes in asset names: they never change, so browsers may keep them for good.
        const immutable = file.startsWith(path.join(root, 'assets') + path.sep);
        const sent = await sendFile(
          req,
          res,
          file,
          immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
        ).catch(() => false);
        if (sent) return;
        res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end('Không tìm thấy tệp (file not found)');
      }

      // Whose page it is, decided once: the render and the browser read the same decision.
      // Read at most once a minute: the usual request finds it at hand, without waiting on a promise.
      let directory = agencies.current();
      try {
        directory ??= await agencies.get();
      } catch (error) {
        console.error(error);
        const entry = await load(path.join(root, 'index.html'));
        if (!entry) throw new Error('index.html is missing from the build');
        return sendUnavailable(req, res, entry.body.toString('utf8'), 502);
      }
      const agency = siteAgencyOf(directory, pathname);
      if (formPost && agency.kind === 'page' && agency.path === SITE_PATHS.askQuestion)
        return await questionFormPosted(req, res, url, directory, agency);
      if (formPost) {
        req.resume();
        res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end('Phương thức không được hỗ trợ (method not allowed)');
      }
      if (agency.kind === 'redirect')
        return sendMoved(res, `${encodeURI(agency.location)}${url.search}`, MOVED_CACHE_CONTROL);
      const at = (/** @type {string} */ page) => agencySitePath(directory, agency.code, page);

      // The sitemaps on the site's origin: the national index at the root, each agency's under its prefix (the home
      // agency's files at the root).
      if (agency.path === SITE_SERVER_PATHS.sitemapIndex)
        return proxy(req, res, agency.prefix ? `/api/sitemaps?agency=${agency.code}` : '/api/sitemaps');
      const sitemapFile = SITEMAP_FILE.exec(agency.path);
      if (sitemapFile) return proxy(req, res, `/api/sitemaps/${sitemapFile[1]}?agency=${agency.code}`);

      if (agency.path === DAY_FORM) {
        const part = (/** @type {string} */ name) => Number(url.searchParams.get(name));
        const [day, month, year] = [part('ngay'), part('thang'), part('nam')];
        // A day that does not exist is the day page's own "not found"; only the shape is checked here.
        if ([day, month, year].every(Number.isInteger) && year > 999 && year < 10000) {
          const pad = (/** @type {number} */ value) => String(value).padStart(2, '0');
          res.writeHead(303, {
            ...SECURITY_HEADERS,
            Location: at(`${SITE_PATHS.day}${year}-${pad(month)}-${pad(day)}`),
          });
          return res.end();
        }
      }
      if (agency.path.startsWith(`${PREVIEW_PATH}/`)) {
        const entry = await load(path.join(root, 'index.html'));
        if (!entry) throw new Error('index.html is missing from the build');
        // Rendered here, so the draft reads in the admin's frame even where its script cannot run (or storage is
        // denied to it), and nobody keeps it.
        const neverMoved = () => Promise.resolve(null);
        if (renderPage)
          return sendServerRendered(req, res, url, renderPage, entry, directory, agency, neverMoved, previewPage);
        return send(req, res, entry, 'private, no-store', 200, {}, previewPageHeaders);
      }
      // Every page URL is the single-page app.
      await sendPage(req, res, url, directory, agency);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Lỗi máy chủ');
      console.error(error);
    }
  });
  return Object.assign(server, { htmlCache });
}

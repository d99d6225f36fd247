import { createHmac, randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Client as PgClient, ClientConfig } from 'pg';
import { agencies, agenciesLoaded, loadAgencies } from '../agencies/registry';
import { identify } from '../http/request-identity';
import { forgetPublicAbility } from '../strapi-internals/public-ability';
import { reloadWebhooks, WEBHOOKS_CHANNEL } from '../webhooks/cluster-webhooks';
import { NATIONAL_TAG, ResponseCache } from './response-cache';

/** PostgreSQL channel on which instances sharing one database announce content changes to each other. */
export const CHANGE_CHANNEL = 'thads_content_changed';

export type CacheSettings = {
  enabled: boolean;
  maxBytes: number;
  ttlMs: number;
  siteChangeHookUrl: string;
  changeSecret: string;
};

type Registry = { cache: ResponseCache; instanceId: string; listener: PgClient | null; stopped: boolean };

const registries = new WeakMap<Core.Strapi, Registry>();

function registryOf(strapi: Core.Strapi): Registry {
  let registry = registries.get(strapi);
  if (!registry) {
    const settings = strapi.config.get<CacheSettings>('cache');
    registry = { cache: new ResponseCache(settings), instanceId: randomUUID(), listener: null, stopped: false };
    registries.set(strapi, registry);
  }
  return registry;
}

/** This instance's cache of public responses. */
export function responseCacheOf(strapi: Core.Strapi): ResponseCache {
  return registryOf(strapi).cache;
}

/** The tag of the content API request being served now: the agency it names, or the national tag. */
function currentTag(strapi: Core.Strapi): string {
  const ctx = strapi.requestContext.get() as { req?: Parameters<typeof identify>[1] } | undefined;
  return (ctx?.req ? identify(strapi, ctx.req).agency : null) ?? NATIONAL_TAG;
}

/**
 * A count of public content made once per change of the request's agency (`ResponseCache.count`), or every time
 * when the cache is off. The key must name everything the count depends on, the reader's scope included.
 */
export function keptCount<T>(strapi: Core.Strapi, key: string, work: () => Promise<T>): Promise<T> {
  if (!strapi.config.get<CacheSettings>('cache').enabled) return work();
  return registryOf(strapi).cache.count(key, work, currentTag(strapi));
}

const isPostgres = (strapi: Core.Strapi) => strapi.db.dialect.client === 'postgres';

/** What a change of some agencies' content (null: of anything) makes stale, as response-cache and page tags. */
export function staleTags(strapi: Core.Strapi, changed: readonly string[] | null): string[] | null {
  if (changed === null || !agenciesLoaded(strapi)) return null;
  const registry = agencies(strapi);
  const central = registry.central?.code;
  if (changed.some((code) => code === central || !registry.get(code))) return null;
  const tags = new Set<string>([NATIONAL_TAG, ...(central ? [central] : [])]);
  for (const code of changed) {
    // The agency's own answers, those of the agencies merged into it (their documents may embed its own), and those
    // of the agencies that absorbed it (their search covers it).
    for (const related of registry.readScope(code)) tags.add(related);
    for (let successor = registry.get(code)?.successor; successor; successor = registry.get(successor)?.successor)
      tags.add(successor);
  }
  return [...tags];
}

/** What a change can make stale: cached answers (of some tags, or all), and the public role's remembered permissions. */
function forget(strapi: Core.Strapi, registry: Registry, tags: string[] | null): void {
  registry.cache.invalidate(tags);
  forgetPublicAbility(strapi);
}

export type ChangeOptions = {
  /** The agencies whose content changed; null (the default) for content of every agency (categories, uploads…). */
  agencies?: readonly string[] | null;
  /** The agencies themselves changed: every instance reads them again. */
  agencyRecords?: boolean;
};

/**
 * Published content changed: empty what it made stale in this instance's cache now, again once the surrounding
 * transaction commits (a request may read the old rows until then), and tell the site server and the other instances
 * (through PostgreSQL) which agencies' answers and pages to forget.
 */
export function contentChanged(
  strapi: Core.Strapi,
  { agencies: changed = null, agencyRecords = false }: ChangeOptions = {},
): void {
  const registry = registryOf(strapi);
  const tags = staleTags(strapi, changed);
  forget(strapi, registry, tags);
  void strapi.db
    .transaction(({ onCommit }) => {
      onCommit(async () => {
        forget(strapi, registry, tags);
        tellSite(strapi, tags);
        if (isPostgres(strapi)) await announce(strapi, { i: registry.instanceId, t: tags, r: agencyRecords });
      });
    })
    .catch((error: unknown) => strapi.log.error(`Không xoá được bộ nhớ đệm: ${String(error)}`));
}

/**
 * The site server keeps rendered pages until told of a change: a POST signed with the shared secret (HMAC-SHA256 of
 * the body, as web/server/html-cache.mjs checks it), naming the agencies whose pages are stale (`tags`, null: all).
 * Sent by the instance that made the change, once committed.
 */
function tellSite(strapi: Core.Strapi, tags: string[] | null): void {
  const { siteChangeHookUrl, changeSecret } = strapi.config.get<CacheSettings>('cache');
  if (!siteChangeHookUrl || !changeSecret) return;
  const body = JSON.stringify({ at: Date.now(), tags });
  const signature = `sha256=${createHmac('sha256', changeSecret).update(body).digest('hex')}`;
  void fetch(siteChangeHookUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Thads-Signature': signature },
    body,
    signal: AbortSignal.timeout(5000),
  })
    .then((response) => {
      if (!response.ok) strapi.log.warn(`Trang web không nhận thông báo thay đổi: ${response.status}`);
    })
    .catch((error: unknown) => strapi.log.warn(`Không báo được thay đổi cho trang web: ${String(error)}`));
}

/** A change announced to the other instances: who made it, the stale tags (null: all), whether agencies changed. */
type Announcement = { i: string; t: string[] | null; r: boolean };

async function announce(strapi: Core.Strapi, announcement: Announcement): Promise<void> {
  await strapi.db.connection.raw('select pg_notify(?, ?)', [CHANGE_CHANNEL, JSON.stringify(announcement)]);
}

/** Another instance's announcement; an instance of an older release sends its id alone, meaning everything changed. */
function readAnnouncement(payload: string): Announcement {
  try {
    const parsed = JSON.parse(payload) as Partial<Announcement>;
    if (typeof parsed.i === 'string')
      return { i: parsed.i, t: Array.isArray(parsed.t) ? parsed.t.map(String) : null, r: parsed.r === true };
  } catch {
    // An older instance's plain id.
  }
  return { i: payload, t: null, r: true };
}

/**
 * On PostgreSQL, listens for other instances' changes (content, webhooks) on a connection of its own. A dropped
 * connection empties the cache and reloads the webhooks (changes may have been missed), and reconnects.
 */
export async function listenForChanges(strapi: Core.Strapi): Promise<void> {
  if (!isPostgres(strapi)) return;
  const registry = registryOf(strapi);
  const { Client } = await import('pg');
  const connection = strapi.config.get<ClientConfig>('database.connection.connection');

  const reload = () =>
    reloadWebhooks(strapi).catch((error: unknown) => strapi.log.error(`Không nạp lại được webhook: ${String(error)}`));
  const connect = async (attempt: number, missed = false): Promise<void> => {
    if (registry.stopped) return;
    const client = new Client(connection);
    client.on('notification', (message) => {
      if (message.channel === WEBHOOKS_CHANNEL) void reload();
      else if (message.channel === CHANGE_CHANNEL && message.payload) {
        const announcement = readAnnouncement(message.payload);
        if (announcement.i === registry.instanceId) return;
        if (announcement.r)
          void loadAgencies(strapi)
            .catch((error: unknown) => strapi.log.error(`Không đọc lại được danh sách cơ quan: ${String(error)}`))
            .finally(() => forget(strapi, registry, announcement.t));
        else forget(strapi, registry, announcement.t);
      }
    });
    client.on('error', () => undefined);
    client.on('end', () => {
      if (registry.listener !== client || registry.stopped) return;
      registry.listener = null;
      forget(strapi, registry, null);
      setTimeout(() => void connect(1, true), 1000).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
      await client.query(`LISTEN ${WEBHOOKS_CHANNEL}`);
      registry.listener = client;
      // Whatever changed while nobody was listening is unknown: start empty (and read the agencies again).
      forget(strapi, registry, null);
      if (missed) {
        await loadAgencies(strapi).catch(() => undefined);
        await reload();
      }
    } catch (error) {
      await client.end().catch(() => undefined);
      strapi.log.warn(`Chưa nghe được thông báo thay đổi từ PostgreSQL (lần ${attempt}): ${String(error)}`);
      setTimeout(() => void connect(attempt + 1, missed), Math.min(30_000, 1000 * attempt)).unref();
    }
  };
  await connect(1);
}

export async function stopListening(strapi: Core.Strapi): Promise<void> {
  const registry = registries.get(strapi);
  if (!registry) return;
  registry.stopped = true;
  const listener = registry.listener;
  registry.listener = null;
  await listener?.end().catch(() => undefined);
}

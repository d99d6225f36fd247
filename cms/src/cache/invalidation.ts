import { createHmac, randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Client as PgClient, ClientConfig } from 'pg';
import { forgetPublicAbility } from '../strapi-internals/public-ability';
import { reloadWebhooks, WEBHOOKS_CHANNEL } from '../webhooks/cluster-webhooks';
import { ResponseCache } from './response-cache';

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

/**
 * A count of public content made once per change (`ResponseCache.count`), or every time when the cache is off. The
 * key must name everything the count depends on, the reader's scope included.
 */
export function keptCount(strapi: Core.Strapi, key: string, work: () => Promise<number>): Promise<number> {
  if (!strapi.config.get<CacheSettings>('cache').enabled) return work();
  return registryOf(strapi).cache.count(key, work);
}

const isPostgres = (strapi: Core.Strapi) => strapi.db.dialect.client === 'postgres';

/** What a change can make stale: cached answers, and the public role's remembered permissions. */
function forgetEverything(strapi: Core.Strapi, registry: Registry): void {
  registry.cache.invalidate();
  forgetPublicAbility(strapi);
}

/**
 * Published content changed: empty this instance's cache now, again once the surrounding transaction commits (a
 * request may read the old rows until then), and tell the other instances through PostgreSQL.
 */
export function contentChanged(strapi: Core.Strapi): void {
  const registry = registryOf(strapi);
  forgetEverything(strapi, registry);
  void strapi.db
    .transaction(({ onCommit }) => {
      onCommit(async () => {
        forgetEverything(strapi, registry);
        tellSite(strapi);
        if (isPostgres(strapi)) await announce(strapi, registry.instanceId);
      });
    })
    .catch((error: unknown) => strapi.log.error(`Không xoá được bộ nhớ đệm: ${String(error)}`));
}

/**
 * The site server keeps rendered pages until told of a change: a POST signed with the shared secret (HMAC-SHA256 of
 * the body, as web/server/html-cache.mjs checks it). Sent by the instance that made the change, once committed.
 */
function tellSite(strapi: Core.Strapi): void {
  const { siteChangeHookUrl, changeSecret } = strapi.config.get<CacheSettings>('cache');
  if (!siteChangeHookUrl || !changeSecret) return;
  const body = JSON.stringify({ at: Date.now() });
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

async function announce(strapi: Core.Strapi, instanceId: string): Promise<void> {
  await strapi.db.connection.raw('select pg_notify(?, ?)', [CHANGE_CHANNEL, instanceId]);
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
      else if (message.channel === CHANGE_CHANNEL && message.payload !== registry.instanceId)
        forgetEverything(strapi, registry);
    });
    client.on('error', () => undefined);
    client.on('end', () => {
      if (registry.listener !== client || registry.stopped) return;
      registry.listener = null;
      forgetEverything(strapi, registry);
      setTimeout(() => void connect(1, true), 1000).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
      await client.query(`LISTEN ${WEBHOOKS_CHANNEL}`);
      registry.listener = client;
      // Whatever changed while nobody was listening is unknown: start empty.
      forgetEverything(strapi, registry);
      if (missed) await reload();
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

import type { Core } from '@strapi/strapi';

/**
 * PostgreSQL channel on which an instance announces that an administrator added, changed or deleted a webhook.
 * Strapi loads webhooks into each instance's runner at start and updates only the runner of the instance that served
 * the admin's request: without this, a partner's new webhook would not be called for what the others publish.
 */
export const WEBHOOKS_CHANNEL = 'thads_webhooks_changed';

type Webhook = { id: number | string; events: string[] };
type Runner = { add(webhook: Webhook): void; remove(webhook: Webhook): void };
type Store = { findWebhooks(): Promise<Webhook[]> };

const loaded = new WeakMap<Core.Strapi, Webhook[]>();

/** On PostgreSQL, announces every committed change of the webhooks table (to every instance, this one included). */
export function announceWebhookChanges(strapi: Core.Strapi): void {
  if (strapi.db.dialect.client !== 'postgres') return;
  const announce = () =>
    void strapi.db
      .transaction(({ onCommit }) => {
        onCommit(async () => {
          await strapi.db.connection.raw('select pg_notify(?, ?)', [WEBHOOKS_CHANNEL, '']);
        });
      })
      .catch((error: unknown) => strapi.log.error(`Không báo được thay đổi webhook: ${String(error)}`));
  strapi.db.lifecycles.subscribe({
    models: ['strapi::webhook'],
    afterCreate: announce,
    afterUpdate: announce,
    afterDelete: announce,
    afterDeleteMany: announce,
  });
}

/**
 * Replaces this instance's webhooks with the database's: every one it knew of, or now finds, is taken out and the
 * current ones put back, synchronously, so no event falls between.
 */
export async function reloadWebhooks(strapi: Core.Strapi): Promise<void> {
  const runner = strapi.get('webhookRunner') as Runner;
  const current = await (strapi.get('webhookStore') as Store).findWebhooks();
  for (const webhook of [...(loaded.get(strapi) ?? []), ...current]) runner.remove(webhook);
  for (const webhook of current) runner.add(webhook);
  loaded.set(strapi, current);
}

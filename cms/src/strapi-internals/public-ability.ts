/*
 * Mirrors: @strapi/plugin-users-permissions 5.54.0, dist/server/strategies/users-permissions.js — the content API
 * strategy object (a bundler module singleton reached through its `__require`, outside the package's exports map),
 * whose `authenticate` is wrapped here.
 * Why: it reads the public role's permissions and builds a CASL ability on every anonymous request.
 * Verify after an upgrade: tests/response-cache.test.ts and tests/public-api.test.ts (permission changes take effect),
 * tests/audience.test.ts; see README.md here.
 */
import path from 'node:path';
import type { Core } from '@strapi/strapi';

type AuthResult = { authenticated?: boolean; credentials?: unknown; ability?: unknown; error?: unknown };
type Strategy = {
  name: string;
  authenticate: (ctx: { request: { header: Record<string, unknown> } }) => Promise<AuthResult>;
};

const remembered = new WeakMap<Core.Strapi, { result: Promise<AuthResult> | null }>();

/**
 * users-permissions reads the public role's permissions from the database and builds a CASL ability on every
 * anonymous request, which is most of an uncached public read's cost here. The anonymous answer is the same for
 * everyone until a permission or role changes, so it is built once and forgotten on such a change
 * (`forgetPublicAbility`, called with the response cache's invalidation). Requests with credentials are untouched.
 */
export function rememberPublicAbility(strapi: Core.Strapi): void {
  if (!strapi.config.get<boolean>('reads.lean', true)) return;
  const pluginEntry = require.resolve('@strapi/plugin-users-permissions/strapi-server');
  // The strategy object users-permissions registered (a module singleton; not in the package's exports map).
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file outside the package's exports map
  const module = require(path.join(path.dirname(pluginEntry), 'strategies', 'users-permissions.js')) as {
    __require?: () => Strategy;
  };
  const strategy = module.__require?.();
  if (!strategy || strategy.name !== 'users-permissions' || typeof strategy.authenticate !== 'function') {
    strapi.log.warn('[auth] users-permissions strategy not found; public permissions are read on every request');
    return;
  }
  const state = { result: null as Promise<AuthResult> | null };
  remembered.set(strapi, state);
  const authenticate = strategy.authenticate;
  strategy.authenticate = async (ctx) => {
    if (ctx.request.header.authorization) return authenticate(ctx);
    if (!state.result) {
      const pending = authenticate(ctx);
      state.result = pending;
      // Only a successful public answer is worth keeping; anything else is asked again next time.
      void pending.then(
        (result) => {
          if (!result?.authenticated && state.result === pending) state.result = null;
        },
        () => {
          if (state.result === pending) state.result = null;
        },
      );
    }
    return state.result;
  };
}

export function forgetPublicAbility(strapi: Core.Strapi): void {
  const state = remembered.get(strapi);
  if (state) state.result = null;
}

import { createContentClient, type ContentClientOptions } from '@thads/content';
import { navigate } from 'wouter/use-browser-location';
import { env } from '../config/env';
import { paths } from '../config/paths';
import { clearSession, currentSession } from './session';

let serverFetch: typeof globalThis.fetch | null = null;

/** The server render's way to the CMS (its address, the reader's forwarded address); the browser uses `fetch`. */
export function setServerFetch(fetchOnServer: typeof globalThis.fetch): void {
  serverFetch = fetchOnServer;
}

/**
 * The CMS client of the site: as the public, or as the signed-in staff member (who may also read internal articles).
 * Its options also make the clients of some pages' own reads, loaded with those pages. A token the CMS refuses (expired after JWT_EXPIRES_IN, or the account blocked) signs the reader out and sends them
 * to sign in again, with the page they were on to come back to.
 */
export const contentClientOptions: ContentClientOptions = {
  baseUrl: env.apiBaseUrl,
  fetch: (input, init) => (serverFetch ?? globalThis.fetch)(input, init),
  token: () => currentSession()?.jwt,
  onUnauthorized: () => {
    if (!currentSession()) return;
    clearSession();
    navigate(paths.signIn.build({ expired: true, returnTo: `${window.location.pathname}${window.location.search}` }));
  },
};

export const contentClient = createContentClient(contentClientOptions);

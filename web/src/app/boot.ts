// The page's first script. The server's HTML is the page: a reader reads it, opens the phone menu (a native
// disclosure) and types in the search box without any script. The app (React, the router, the query cache: most of
// the site's JavaScript) takes over only when the page needs it, so that a phone's main thread is not held for
// hydration while its reader starts reading:
// - at once where the server's HTML is not the whole page: a page served without a server render (a page the CMS
//   failed), a draft preview (an editor's page in the admin's frame; where its server render could not read the draft,
//   the app reads it and shows it in its agency's layout), or a staff member signed in on this device (lists then ask
//   again, with internal articles);
// - else at the reader's first use of what needs it: a link or a form of the site (the navigation then happens
//   client-side, as it always has), a control marked `scriptOnly` (the click is replayed), a form field (it starts
//   while the reader types), or a session appearing (signed in in another tab).
import { SCRIPTED_ATTRIBUTE } from '../lib/use-hydrated';
import { currentSession, subscribeSession } from '../lib/session';
import { APP_FILES_ID, isPreviewPath, QUERY_STATE_ID } from './query-state';
import type { StartedApp } from './start-app';

let app: Promise<StartedApp> | null = null;
/** Whether the app is in charge: until then, what only it can answer is held for it. */
let ready = false;

/** Starts the app (once) and resolves when it is in charge. */
function start(): Promise<StartedApp> {
  app ??= import('./start-app')
    .then((module) => module.startApp())
    .then((started) => {
      // The app is in charge of the page from here on (browser tests wait for this).
      ready = true;
      document.documentElement.setAttribute('data-app', '');
      return started;
    });
  return app;
}

/** Paths of the origin that are not pages of the site: the CMS's, and files (`/sitemap.xml`, a download…). */
const NOT_A_PAGE = /^\/(api|uploads)\/|\.[a-z0-9]+$/i;

/** The site page a click on this link goes to, when the app should show it (a plain click, same tab, no download). */
function sitePageOf(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return null;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return null;
  if (link.target && link.target !== '_self') return null;
  if (link.origin !== window.location.origin || NOT_A_PAGE.test(link.pathname)) return null;
  // A link within the page (the skip link) is the browser's to follow.
  if (link.pathname === window.location.pathname && link.search === window.location.search && link.hash) return null;
  return `${link.pathname}${link.search}${link.hash}`;
}

function onClick(event: MouseEvent) {
  const page = sitePageOf(event);
  if (page !== null) {
    // Every link of the site, whether the app rendered it or left it as the server sent it (ServerHtml).
    event.preventDefault();
    void start().then((started) => started.navigate(page));
    return;
  }
  const control = event.target instanceof Element ? event.target.closest('[data-script-only]') : null;
  if (!ready && control instanceof HTMLElement) {
    event.preventDefault();
    void start().then(() => control.click());
  }
}

function onSubmit(event: SubmitEvent) {
  if (ready || !(event.target instanceof HTMLFormElement)) return;
  // The app's own handler answers it (client-side navigation, the sign-in request) once it is in charge.
  const form = event.target;
  const submitter = event.submitter;
  event.preventDefault();
  void start().then(() => (submitter ? form.requestSubmit(submitter) : form.requestSubmit()));
}

function onFocus(event: FocusEvent) {
  // A field of the page's own forms (sign-in, day picker, search filters): the app starts while the reader fills it.
  // Not the header's search box: it works as typed, and its sending starts the app.
  const field = event.target;
  if ((field instanceof HTMLInputElement || field instanceof HTMLSelectElement) && field.closest('main')) void start();
}

/**
 * Once the page has loaded, the files the app needs to take it over (listed by the site server) are fetched at the
 * lowest priority and kept, not run: the page's own loading never shares the line with them.
 */
function prefetchAppFiles() {
  const list = document.getElementById(APP_FILES_ID)?.textContent;
  if (!list || app !== null) return;
  for (const href of JSON.parse(list) as string[]) {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}

/** Installs the boot on this page; returns how to remove it (for tests). */
export function boot(): () => void {
  document.documentElement.setAttribute(SCRIPTED_ATTRIBUTE, '');
  for (const control of document.querySelectorAll('[data-script-only][disabled]')) control.removeAttribute('disabled');
  // Capture phase: React stops the events aimed at what it has not hydrated (ServerHtml) at its root.
  document.addEventListener('click', onClick, { capture: true });
  document.addEventListener('submit', onSubmit, { capture: true });
  document.addEventListener('focusin', onFocus, { capture: true, passive: true });
  const stopWatching = subscribeSession(() => {
    stopWatching();
    void start();
  });
  if (!document.getElementById(QUERY_STATE_ID) || isPreviewPath(window.location.pathname) || currentSession())
    void start();
  else if (document.readyState === 'complete') prefetchAppFiles();
  else window.addEventListener('load', prefetchAppFiles, { once: true });
  return () => {
    stopWatching();
    document.removeEventListener('click', onClick, { capture: true });
    document.removeEventListener('submit', onSubmit, { capture: true });
    document.removeEventListener('focusin', onFocus, { capture: true });
    window.removeEventListener('load', prefetchAppFiles);
  };
}

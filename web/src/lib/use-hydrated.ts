import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/** Set on the document by the boot (app/boot.ts) as soon as the page's script runs. */
export const SCRIPTED_ATTRIBUTE = 'data-scripted';

/**
 * Marks a control that only the page's script can answer: rendered disabled in the server's HTML (a reader without
 * JavaScript is not offered it), enabled by the boot as soon as the script runs; a click before the app has taken over
 * starts it and is then replayed. Spread it on the element: `<button {...scriptOnly} disabled={!scripted}>`.
 */
export const scriptOnly = { 'data-script-only': '' } as const;

/**
 * False in the server's HTML, true in the browser once the page's script runs: while the app hydrates too, since the
 * boot has enabled the controls marked `scriptOnly` by then (the HTML hydrated is the boot's).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => typeof document !== 'undefined' && document.documentElement.hasAttribute(SCRIPTED_ATTRIBUTE),
  );
}

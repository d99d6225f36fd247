import { memo, Suspense, use, useSyncExternalStore, type ReactNode } from 'react';

const never = () => () => undefined;
/** Never settles: what waits on it while the page is hydrated stays as the server sent it. */
const KEPT = new Promise<never>(() => undefined);

function Kept({ children }: { children: ReactNode }) {
  // True while React hydrates the server's HTML (and in the server render itself), false in any later render.
  const hydrating = useSyncExternalStore(
    never,
    () => false,
    () => true,
  );
  if (hydrating && typeof window !== 'undefined') use(KEPT);
  return children;
}

type ServerHtmlProps = {
  /** What the content shows (a list's data…): it is rendered again only when this changes. */
  of: unknown;
  children: ReactNode;
};

/**
 * Content that a reader only reads (an article's body, a list's cards, the footer): rendered on the server, and left
 * in the browser as the server sent it when the app takes over the page, so that taking over costs no work for it.
 * Links in it still navigate client-side (the boot's link handler, app/boot.ts). Once what it shows changes (another
 * page of a list, a list asked again for a staff member who signed in), it is rendered in the browser as usual; the
 * children must depend on nothing but `of` (and what never changes on the page).
 */
export const ServerHtml = memo(
  function ServerHtml({ children }: ServerHtmlProps) {
    return (
      <Suspense fallback={null}>
        <Kept>{children}</Kept>
      </Suspense>
    );
  },
  (before, after) => Object.is(before.of, after.of),
);

import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { useAgency } from '../lib/agency';

/**
 * A new page starts at its top, and keyboard and screen-reader focus moves to its main content: another agency's page
 * too, whose path under its prefix may be the same (`/phutho/` → `/hanoi/`).
 */
export function useScrollToTopOnNavigation(): void {
  const [location] = useLocation();
  const { code } = useAgency().agency;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.getElementById('noi-dung')?.focus({ preventScroll: true });
  }, [location, code]);
}

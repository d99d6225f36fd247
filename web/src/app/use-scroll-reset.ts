import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

/** A new page starts at its top, and keyboard and screen-reader focus moves to its main content. */
export function useScrollToTopOnNavigation(): void {
  const [location] = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.getElementById('noi-dung')?.focus({ preventScroll: true });
  }, [location]);
}

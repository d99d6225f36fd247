import { createContext, useContext } from 'react';

/** How a page tells the server render its HTTP status ("not found" pages say 404); browsers have no such receiver. */
export const RenderStatusContext = createContext<((status: number) => void) | null>(null);

/** Marks the page being rendered on the server with a status. */
export function useRenderStatus(status: number): void {
  useContext(RenderStatusContext)?.(status);
}

/**
 * How the server render learns whose layout the page is shown in (a preview at the root shows its document's agency),
 * so the head tags it writes name that agency, as the browser's do.
 */
export const RenderAgencyContext = createContext<((code: string) => void) | null>(null);

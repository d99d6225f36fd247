import { createContext, useContext } from 'react';

/** How a page tells the server render its HTTP status ("not found" pages say 404); browsers have no such receiver. */
export const RenderStatusContext = createContext<((status: number) => void) | null>(null);

/** Marks the page being rendered on the server with a status. */
export function useRenderStatus(status: number): void {
  useContext(RenderStatusContext)?.(status);
}

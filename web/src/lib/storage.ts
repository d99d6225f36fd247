/**
 * The one way the site touches the browser's `localStorage`: a page in a cross-site frame (the admin's preview on an
 * admin of another host), or with storage blocked by the reader, is denied it, and merely reading
 * `window.localStorage` throws there ("Access is denied"). What the site keeps is a convenience: without storage it
 * is simply not remembered, and the page works. On the server there is no storage either.
 */
export function readStored(key: string): string | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value` under `key`, or removes the key for `null`; does nothing where storage is denied. */
export function writeStored(key: string, value: string | null): void {
  try {
    if (typeof window === 'undefined') return;
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Denied: not remembered on this device.
  }
}

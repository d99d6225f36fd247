import { useSyncExternalStore } from 'react';
import { readStored, writeStored } from './storage';

/** A signed-in staff member, as the users-permissions API returns them. */
export type Session = { jwt: string; user: { id: number; username: string; email: string } };

const KEY = 'thads-session';
const listeners = new Set<() => void>();

function read(): Session | null {
  try {
    const raw = readStored(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

let current: Session | null = typeof window === 'undefined' ? null : read();

function publish(next: Session | null) {
  current = next;
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') {
  // Signing in or out in another tab applies here too.
  window.addEventListener('storage', (event) => {
    if (event.key === KEY) publish(read());
  });
}

export function saveSession(session: Session): void {
  writeStored(KEY, JSON.stringify(session));
  publish(session);
}

/** The signed-in staff member now, outside React (the content client asks before every request). */
export function currentSession(): Session | null {
  return current;
}

export function clearSession(): void {
  writeStored(KEY, null);
  publish(null);
}

/** Calls `listener` whenever the session changes (here or in another tab); returns how to stop. */
export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(
    subscribeSession,
    () => current,
    () => null,
  );
}

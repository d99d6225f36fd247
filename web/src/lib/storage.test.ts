import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearSession, saveSession } from './session';
import { readStored, writeStored } from './storage';

/** As in a cross-site frame whose storage the browser denies: touching `window.localStorage` throws. */
function denyStorage() {
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe('storage where the browser denies it (a preview framed by an admin of another host)', () => {
  it('reads nothing and writes nothing, without throwing', () => {
    denyStorage();
    expect(readStored('thads-text-scale')).toBeNull();
    expect(() => writeStored('thads-text-scale', '1.15')).not.toThrow();
    expect(() => writeStored('thads-text-scale', null)).not.toThrow();
  });

  it('leaves signing in and out working', () => {
    denyStorage();
    const session = { jwt: 'x', user: { id: 1, username: 'can-bo', email: 'can-bo@example.com' } };
    expect(() => saveSession(session)).not.toThrow();
    expect(() => clearSession()).not.toThrow();
  });

  it('remembers where storage is allowed', () => {
    writeStored('thads-text-scale', '1.3');
    expect(readStored('thads-text-scale')).toBe('1.3');
    writeStored('thads-text-scale', null);
    expect(readStored('thads-text-scale')).toBeNull();
  });
});

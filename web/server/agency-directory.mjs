// The agencies as the site server knows them: read from the CMS once, kept until content changes (an agency's record
// may have), read again at most once a minute otherwise. Whose page a path is is decided with it, before anything is
// rendered; the server render hands the same directory to the browser.
import { AGENCY_DIRECTORY_QUERY, agencyDirectoryOf } from '@thads/content';

/** How long the directory is used without asking the CMS again, when no change was announced. */
export const DIRECTORY_TTL_MS = 60_000;

/**
 * @param {(apiPath: string) => Promise<any>} getJson the CMS's public API
 * @param {{ ttlMs?: number, now?: () => number }} [options]
 */
export function agencyDirectoryLoader(getJson, { ttlMs = DIRECTORY_TTL_MS, now = Date.now } = {}) {
  /** @type {import('@thads/content').AgencyDirectory | null} */
  let directory = null;
  let readAt = 0;
  let stale = true;
  /** Bumped on every change: a read begun before a change does not count as current after it. */
  let changes = 0;
  /** @type {Promise<import('@thads/content').AgencyDirectory> | null} */
  let reading = null;

  const read = () => {
    if (reading) return reading;
    const begun = changes;
    const current = getJson(`/api/agencies?${AGENCY_DIRECTORY_QUERY}`)
      .then((response) => {
        const read = agencyDirectoryOf(response);
        if (begun === changes) {
          directory = read;
          readAt = now();
          stale = false;
        }
        return read;
      })
      .finally(() => {
        if (reading === current) reading = null;
      });
    reading = current;
    return current;
  };

  /** The directory while it is current (no change announced, read within the minute), else null. */
  const current = () => (directory && !stale && now() - readAt < ttlMs ? directory : null);

  return {
    current,
    /**
     * The directory: as last read while it is current; read again after a change or a minute. A CMS that cannot
     * answer leaves the last directory in use (agencies change rarely); without one, the error is thrown.
     * @returns {Promise<import('@thads/content').AgencyDirectory>}
     */
    async get() {
      const kept = current();
      if (kept) return kept;
      try {
        return await read();
      } catch (error) {
        if (directory) return directory;
        throw error;
      }
    },
    /** Content changed (perhaps an agency's record): the next request reads the directory again. */
    invalidate() {
      stale = true;
      changes++;
      reading = null;
    },
  };
}

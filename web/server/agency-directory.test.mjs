// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { agencyDirectoryLoader } from './agency-directory.mjs';

/** An `/api/agencies` answer naming `home`, and the requests made for it. */
function stubCms() {
  /** @type {string[]} */
  const asked = [];
  let home = 'trunguong';
  /** @type {Error | null} */
  let failure = null;
  /** @type {(path: string) => Promise<unknown>} */
  const getJson = async (path) => {
    asked.push(path);
    if (failure) throw failure;
    return {
      data: [
        { code: 'trunguong', kind: 'central', name: 'Cục', successor: null, aliases: [] },
        { code: 'phutho', kind: 'province', name: 'Phú Thọ', successor: null, aliases: [] },
      ],
      meta: { home },
    };
  };
  return {
    getJson,
    asked,
    setHome: (/** @type {string} */ code) => (home = code),
    fail: (/** @type {Error | null} */ error) => (failure = error),
  };
}

describe('the agency directory of the site server', () => {
  it('is read once, kept for a minute, and read again after a change', async () => {
    let clock = 0;
    const cms = stubCms();
    const loader = agencyDirectoryLoader(cms.getJson, { now: () => clock });
    expect(loader.current()).toBeNull();
    const [first, second] = await Promise.all([loader.get(), loader.get()]);
    expect(first).toBe(second);
    expect(cms.asked).toHaveLength(1);
    expect(loader.current()?.home).toBe('trunguong');
    clock = 59_000;
    await loader.get();
    expect(cms.asked).toHaveLength(1);
    cms.setHome('phutho');
    loader.invalidate();
    expect(loader.current()).toBeNull();
    expect((await loader.get()).home).toBe('phutho');
    clock = 200_000;
    await loader.get();
    expect(cms.asked).toHaveLength(3);
  });

  it('keeps the last directory when the CMS cannot answer, and says so when it never could', async () => {
    const cms = stubCms();
    const loader = agencyDirectoryLoader(cms.getJson);
    cms.fail(new Error('CMS down'));
    await expect(loader.get()).rejects.toThrow('CMS down');
    cms.fail(null);
    await loader.get();
    loader.invalidate();
    cms.fail(new Error('CMS down'));
    expect((await loader.get()).home).toBe('trunguong');
  });

  it('does not keep as current a directory read before a change', async () => {
    const cms = stubCms();
    /** @type {(value?: unknown) => void} */
    let release = () => {};
    const held = new Promise((resolve) => (release = resolve));
    const loader = agencyDirectoryLoader(async (path) => {
      const first = cms.asked.length === 0;
      const answer = await cms.getJson(path);
      // The first read's answer (made before the change) arrives last.
      if (first) await held;
      return answer;
    });
    const before = loader.get();
    cms.setHome('phutho');
    loader.invalidate();
    expect((await loader.get()).home).toBe('phutho');
    release();
    await before;
    expect(loader.current()?.home).toBe('phutho');
  });
});

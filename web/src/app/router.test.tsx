import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureCms } from '../testing/cms-stub';
import { seedArticle } from '../testing/fixtures';
import { renderWithApp, stubCms } from '../testing/render';
import { AppRouter } from './router';

// The article page's chunk arrives only when the test says so, as a slow network would deliver it.
const chunk = vi.hoisted(() => {
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  return { arrived, release };
});
vi.mock('./routes/article', async (importOriginal) => {
  await chunk.arrived;
  return importOriginal();
});

let restore = () => {};
afterEach(() => restore());

const articleRequested = (calls: URL[]) =>
  calls.some(
    (url) => url.pathname === '/api/articles' && url.searchParams.get('filters[slug][$eq]') === seedArticle.slug,
  );

describe('client-side navigation', () => {
  it("starts the new page's data with its chunk, not after the chunk has arrived and rendered", async () => {
    const cms = stubCms(fixtureCms());
    restore = cms.restore;
    const { location } = renderWithApp(<AppRouter />, { path: '/so-do-cong-thong-tin' });
    await screen.findByRole('heading', { level: 1, name: 'Sơ đồ cổng thông tin' });

    act(() => location.navigate(`/tin-tuc/${seedArticle.slug}`));
    // The chunk is still on its way, and the article is asked for already.
    await vi.waitFor(() => expect(articleRequested(cms.calls)).toBe(true));
    expect(screen.queryByRole('heading', { level: 1, name: seedArticle.title })).toBeNull();

    chunk.release();
    expect(await screen.findByRole('heading', { level: 1, name: seedArticle.title })).toBeInTheDocument();
    // Asked for once: the page found the data in the cache.
    expect(cms.calls.filter((url) => url.searchParams.get('filters[slug][$eq]') === seedArticle.slug)).toHaveLength(1);
  });

  it("preloads a page's data when a link to it is pointed at", async () => {
    const cms = stubCms(fixtureCms());
    restore = cms.restore;
    renderWithApp(<AppRouter />, { path: '/so-do-cong-thong-tin' });
    const [link] = await screen.findAllByRole('link', { name: 'Thi đua – Khen thưởng' });
    const listRequested = () =>
      cms.calls.some((url) => url.searchParams.get('filters[category][slug][$eq]') === 'thi-dua-khen-thuong');
    expect(listRequested()).toBe(false);
    await userEvent.hover(link!);
    await vi.waitFor(() => expect(listRequested()).toBe(true));
  });
});

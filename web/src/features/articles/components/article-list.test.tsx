import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCms } from '../../../testing/cms-stub';
import { coverPhoto, sampleSummary } from '../../../testing/fixtures';
import { RenderStatusContext } from '../../../lib/render-status';
import { renderWithApp, stubCms } from '../../../testing/render';
import { ArticleList } from './article-list';

let restore = () => {};
afterEach(() => restore());

describe('article list', () => {
  it("shows each article's cover as a small decorative image, lazily below the first cards", async () => {
    const articles = [1, 2, 3, 4, 5].map((index) => ({
      ...sampleSummary(index),
      cover: index === 2 ? null : coverPhoto(`anh-${index}`),
    }));
    restore = stubCms(fixtureCms(() => articles)).restore;
    const { container } = renderWithApp(
      <ArticleList query={{}} page={1} hrefFor={(page) => `/?trang=${page}`} emptyMessage="Trống" label="Tin mới" />,
    );
    await screen.findByRole('link', { name: '[Bài mẫu] Tin số 5' });
    const cards = [...container.querySelectorAll('.article-card')];
    expect(cards).toHaveLength(5);
    const images = cards.map((card) => card.querySelector('img'));
    expect(images[1]).toBeNull();
    expect(images[0]).toHaveAttribute('src', '/uploads/anh-1_a1b2.jpg');
    expect(images[0]?.getAttribute('srcset')).toContain('/uploads/thumbnail_anh-1_a1b2.jpg 234w');
    expect(images[0]).toHaveAttribute('alt', '');
    expect(images[0]).not.toHaveAttribute('loading');
    expect(images[2]).not.toHaveAttribute('loading');
    expect(images[3]).toHaveAttribute('loading', 'lazy');
    expect(images[4]).toHaveAttribute('loading', 'lazy');
  });

  it('answers a page past the last one as not found, with a way back to the first, not as an empty list', async () => {
    // The CMS has 3 pages of articles; page 99 has none.
    restore = stubCms(
      fixtureCms((url) => (url.searchParams.get('pagination[page]') === '99' ? [] : [sampleSummary(1)])),
    ).restore;
    const statuses: number[] = [];
    renderWithApp(
      <RenderStatusContext.Provider value={(status) => statuses.push(status)}>
        <ArticleList query={{}} page={99} hrefFor={(page) => `/?trang=${page}`} emptyMessage="Trống" label="Tin mới" />
      </RenderStatusContext.Provider>,
    );
    expect(await screen.findByText(/Không có trang 99/)).toBeInTheDocument();
    expect(screen.queryByText('Trống')).toBeNull();
    expect(screen.getByRole('link', { name: 'Về trang 1: Tin mới' })).toHaveAttribute('href', '/?trang=1');
    expect(statuses).toEqual([404]);
  });

  it('names the page whose cards are on screen while the next one loads, and marks the list busy', async () => {
    let answerPageTwo = () => {};
    const pageTwoAsked = new Promise<void>((resolve) => (answerPageTwo = resolve));
    const cms = fixtureCms((url) => [sampleSummary(Number(url.searchParams.get('pagination[page]')) * 10)]);
    restore = stubCms(async (url) => {
      if (url.searchParams.get('pagination[page]') === '2') await pageTwoAsked;
      return cms(url);
    }).restore;
    function Paged() {
      const [page, setPage] = useState(1);
      return (
        <>
          <button onClick={() => setPage(2)}>Sang trang 2</button>
          <ArticleList query={{}} page={page} hrefFor={(n) => `/?trang=${n}`} emptyMessage="Trống" label="Tin mới" />
        </>
      );
    }
    const { container } = renderWithApp(<Paged />);
    expect(await screen.findByText('Trang 1 / 3')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Sang trang 2' }));
    // Page 1's cards are still shown: so is its number, and the list says it is loading.
    await waitFor(() => expect(container.querySelector('.article-list')).toHaveAttribute('aria-busy', 'true'));
    expect(screen.getByText('Trang 1 / 3')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '[Bài mẫu] Tin số 10' })).toBeInTheDocument();
    answerPageTwo();
    expect(await screen.findByText('Trang 2 / 3')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '[Bài mẫu] Tin số 20' })).toBeInTheDocument();
    expect(container.querySelector('.article-list')).toHaveAttribute('aria-busy', 'false');
  });
});

import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDocumentMeta, type ShareMeta } from './use-document-meta';

type Page = { path: string; title: string | null; description?: string | null; share?: ShareMeta };

const content = (selector: string) => document.head.querySelector<HTMLMetaElement>(selector)?.content;
const jsonLd = () =>
  [...document.head.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>,
  );

afterEach(() => window.history.replaceState(null, '', '/'));

describe('useDocumentMeta', () => {
  it('replaces the head tags of the page before with those of the page now shown, after each navigation', () => {
    // What the site server wrote for the first page, an article.
    document.head.insertAdjacentHTML(
      'beforeend',
      '<link rel="canonical" href="http://localhost:3000/tin-tuc/cu" /><meta property="og:title" content="Bài cũ" />' +
        '<meta property="article:author" content="http://localhost:3000/tac-gia/cu" />' +
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bài cũ"}</script>',
    );
    const visit = (page: Page) => {
      window.history.pushState(null, '', page.path);
      return page;
    };
    const { rerender } = renderHook((page: Page) => useDocumentMeta(page.title, page.description, page.share), {
      initialProps: visit({
        path: '/tin-tuc/moi',
        title: 'Bài mới',
        description: 'Tóm tắt bài mới',
        share: {
          type: 'article',
          image: '/uploads/anh.jpg',
          published: '2021-03-15T17:00:00.000Z',
          authors: [{ name: 'Đỗ Hùng', slug: 'do-hung' }],
        },
      }),
    });
    const origin = window.location.origin;
    expect(document.title).toBe('Bài mới | Cục THADS tỉnh Vĩnh Phúc');
    expect(content('meta[name="description"]')).toBe('Tóm tắt bài mới');
    expect(document.head.querySelectorAll('link[rel="canonical"]')).toHaveLength(1);
    expect(document.head.querySelector('link[rel="canonical"]')).toHaveAttribute('href', `${origin}/tin-tuc/moi`);
    expect(content('meta[property="og:title"]')).toBe('Bài mới');
    expect(content('meta[property="og:type"]')).toBe('article');
    expect(content('meta[property="og:image"]')).toBe(`${origin}/uploads/anh.jpg`);
    expect(content('meta[property="article:author"]')).toBe(`${origin}/tac-gia/do-hung`);
    expect(jsonLd()).toHaveLength(1);
    expect(jsonLd()[0]).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Bài mới',
      datePublished: '2021-03-15T17:00:00.000Z',
    });

    rerender(visit({ path: '/chuyen-muc/thong-bao', title: 'Thông báo', description: null }));
    expect(document.title).toBe('Thông báo | Cục THADS tỉnh Vĩnh Phúc');
    // No description of its own: the site's, not the article's.
    expect(content('meta[name="description"]')).toMatch(/^Cổng thông tin điện tử Cục Thi hành án dân sự/);
    expect(document.head.querySelector('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${origin}/chuyen-muc/thong-bao`,
    );
    expect(content('meta[property="og:type"]')).toBe('website');
    expect(content('meta[property="og:image"]')).toBe(`${origin}/share-image.png`);
    expect(document.head.querySelector('meta[property="article:author"]')).toBeNull();
    expect(document.head.querySelectorAll('meta[property="og:title"]')).toHaveLength(1);
    expect(jsonLd()).toEqual([expect.objectContaining({ '@type': 'CollectionPage', name: 'Thông báo' })]);
  });
});

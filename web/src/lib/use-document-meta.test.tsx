import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { PageHeadInput } from '@thads/content';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { agencyDirectory } from '../testing/fixtures';
import { AgencyContext, agencyContextValue } from './agency';
import { usePageHead } from './use-document-meta';

type Page = { path: string; input: PageHeadInput };
const client = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
// The pages of Hà Nội, which is not the home agency: under /hanoi/.
const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={client}>
    <AgencyContext.Provider value={agencyContextValue(agencyDirectory, 'hanoi', 'Trang của Hà Nội.')}>
      {children}
    </AgencyContext.Provider>
  </QueryClientProvider>
);

const content = (selector: string) => document.head.querySelector<HTMLMetaElement>(selector)?.content;
const jsonLd = () =>
  [...document.head.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>,
  );

afterEach(() => window.history.replaceState(null, '', '/'));

describe('usePageHead', () => {
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
    const { rerender } = renderHook((page: Page) => usePageHead(page.input), {
      wrapper,
      initialProps: visit({
        path: '/tin-tuc/moi',
        input: {
          kind: 'article',
          article: {
            title: 'Bài mới',
            slug: 'moi',
            lead: 'Tóm tắt bài mới',
            cover: { url: '/uploads/anh.jpg' },
            date: '2021-03-15T17:00:00.000Z',
            authors: [{ name: 'Đỗ Hùng', slug: 'do-hung' }],
          },
        },
      }),
    });
    const origin = window.location.origin;
    expect(document.title).toBe('Bài mới | Thi hành án dân sự thành phố Hà Nội');
    expect(content('meta[name="description"]')).toBe('Tóm tắt bài mới');
    expect(document.head.querySelectorAll('link[rel="canonical"]')).toHaveLength(1);
    expect(document.head.querySelector('link[rel="canonical"]')).toHaveAttribute('href', `${origin}/hanoi/tin-tuc/moi`);
    expect(content('meta[property="og:title"]')).toBe('Bài mới');
    expect(content('meta[property="og:type"]')).toBe('article');
    expect(content('meta[property="og:image"]')).toBe(`${origin}/uploads/anh.jpg`);
    expect(content('meta[property="article:author"]')).toBe(`${origin}/hanoi/tac-gia/do-hung`);
    expect(content('meta[name="DC.publisher"]')).toBe('Thi hành án dân sự thành phố Hà Nội');
    expect(jsonLd()).toHaveLength(1);
    expect(jsonLd()[0]).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Bài mới',
      datePublished: '2021-03-16T00:00:00+07:00',
    });

    rerender(
      visit({
        path: '/chuyen-muc/thong-bao',
        input: { kind: 'category', category: { name: 'Thông báo', slug: 'thong-bao', description: null } },
      }),
    );
    expect(document.title).toBe('Chuyên mục Thông báo | Thi hành án dân sự thành phố Hà Nội');
    // No description of its own: the category's default, not the article's.
    expect(content('meta[name="description"]')).toBe('Tin tức chuyên mục Thông báo');
    expect(document.head.querySelectorAll('meta[name="description"]')).toHaveLength(1);
    expect(document.head.querySelector('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${origin}/hanoi/chuyen-muc/thong-bao`,
    );
    // The agency's feeds and the category's (of the agency's articles), once each.
    expect(
      [...document.head.querySelectorAll('link[rel="alternate"]')].map((link) => link.getAttribute('href')),
    ).toEqual([
      '/api/feeds/rss?agency=hanoi',
      '/api/feeds/atom?agency=hanoi',
      '/api/feeds/rss?category=thong-bao&agency=hanoi',
    ]);
    expect(content('meta[property="og:type"]')).toBe('website');
    expect(content('meta[property="og:image"]')).toBe(`${origin}/share-image.png`);
    expect(document.head.querySelector('meta[property="article:author"]')).toBeNull();
    expect(document.head.querySelectorAll('meta[property="og:title"]')).toHaveLength(1);
    expect(jsonLd()).toEqual([expect.objectContaining({ '@type': 'CollectionPage', name: 'Chuyên mục Thông báo' })]);
  });
});

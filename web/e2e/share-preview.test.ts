import { describe, expect, it } from 'vitest';
import { SITE_URL } from './browser';

// What a social network's or search engine's crawler receives: raw HTML, no JavaScript run.
// The real article is Vĩnh Phúc's: on its pages, under /vinhphuc/ (the central department is at the root).
const REAL_PATH = '/vinhphuc/tin-tuc/cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua';
const REAL_TITLE = 'Các cơ quan THADS tỉnh Vĩnh Phúc phát động phong trào thi đua';

const raw = async (path: string) => {
  const response = await fetch(`${SITE_URL}${path}`, { headers: { 'User-Agent': 'facebookexternalhit/1.1' } });
  return { status: response.status, html: await response.text() };
};
const meta = (html: string, key: string) =>
  html.match(new RegExp(`<meta (?:name|property)="${key.replace('.', '\\.')}" content="([^"]*)"`))?.[1];

describe('share previews in the raw HTML', () => {
  it("carry the seed article's title, description, canonical URL, OpenGraph, Twitter, JSON-LD and Dublin Core", async () => {
    const { status, html } = await raw(REAL_PATH);
    expect(status).toBe(200);
    expect(html).toContain(`<title>${REAL_TITLE} | Cục Thi hành án dân sự tỉnh Vĩnh Phúc</title>`);
    const canonical = `${SITE_URL}${REAL_PATH}`;
    expect(html).toContain(`<link rel="canonical" href="${canonical}" />`);
    expect(meta(html, 'description')).toMatch(/thi đua/);
    expect(meta(html, 'og:title')).toBe(REAL_TITLE);
    expect(meta(html, 'og:type')).toBe('article');
    expect(meta(html, 'og:url')).toBe(canonical);
    expect(meta(html, 'og:image')).toBe(`${SITE_URL}/share-image.png`);
    expect(meta(html, 'og:locale')).toBe('vi_VN');
    expect(meta(html, 'article:published_time')).toBe('2021-03-16T00:00:00+07:00');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'twitter:title')).toBe(REAL_TITLE);
    expect(meta(html, 'DC.title')).toBe(REAL_TITLE);
    expect(meta(html, 'DC.creator')).toBe('Đỗ Hùng');
    expect(meta(html, 'DC.date')).toBe('2021-03-16T00:00:00+07:00');
    expect(meta(html, 'DC.publisher')).toBe('Cục Thi hành án dân sự tỉnh Vĩnh Phúc');
    expect(meta(html, 'DC.identifier')).toBe(canonical);
    expect(meta(html, 'DC.language')).toBe('vi');
    const jsonLd = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!);
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: REAL_TITLE,
      datePublished: '2021-03-16T00:00:00+07:00',
      author: [{ '@type': 'Person', name: 'Đỗ Hùng', url: `${SITE_URL}/vinhphuc/tac-gia/do-hung` }],
      publisher: {
        '@type': 'GovernmentOrganization',
        name: 'Cục Thi hành án dân sự tỉnh Vĩnh Phúc',
        url: `${SITE_URL}/vinhphuc/`,
      },
      image: [`${SITE_URL}/share-image.png`],
    });
    expect(jsonLd.dateModified).toMatch(/\+07:00$/);
    // The agency's feeds, and the merger's notice, before any script.
    expect(html).toContain(
      '<link rel="alternate" href="/api/feeds/atom?agency=vinhphuc" type="application/atom+xml" title="Tin tức – Cục THADS tỉnh Vĩnh Phúc (Atom)" />',
    );
    expect(html).toContain('hợp nhất vào');
    const image = await fetch(`${SITE_URL}/share-image.png`);
    expect(image.headers.get('content-type')).toBe('image/png');
  });

  it('do the same for a campaign theme, an author and a category', async () => {
    const theme = await raw('/vinhphuc/phong-trao/thi-dua-2021-thads-vinh-phuc');
    expect(meta(theme.html, 'og:title')).toMatch(/^Phong trào thi đua: /);
    expect(meta(theme.html, 'DC.identifier')).toBe(`${SITE_URL}/vinhphuc/phong-trao/thi-dua-2021-thads-vinh-phuc`);
    const author = await raw('/vinhphuc/tac-gia/do-hung');
    expect(meta(author.html, 'og:title')).toBe('Tác giả Đỗ Hùng');
    const category = await raw('/vinhphuc/chuyen-muc/thi-dua-khen-thuong');
    expect(meta(category.html, 'og:title')).toBe('Chuyên mục Thi đua – Khen thưởng');
    expect(meta(category.html, 'DC.publisher')).toBe('Cục Thi hành án dân sự tỉnh Vĩnh Phúc');
    // The central department's pages, at the root, name it.
    const home = await raw('/');
    expect(meta(home.html, 'DC.publisher')).toBe('Cục Quản lý Thi hành án dân sự');
    expect(meta(home.html, 'DC.identifier')).toBe(`${SITE_URL}/`);
    const directory = await raw('/co-quan');
    expect(meta(directory.html, 'og:title')).toBe('Các cơ quan thi hành án dân sự');
  });

  it('answer an unknown document with 404 (the app still renders its not-found page)', async () => {
    const missing = await raw('/tin-tuc/khong-co-bai-viet-nay');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('<div id="root">');
  });

  it("sitemap.xml and robots.txt live on the site origin: the national index, each agency's under its code", async () => {
    const robots = await (await fetch(`${SITE_URL}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
    expect(robots).toContain('Disallow: /vinhphuc/tim-kiem\n');
    const index = await (await fetch(`${SITE_URL}/sitemap.xml`)).text();
    expect(index).toContain(`<loc>${SITE_URL}/sitemaps/pages.xml</loc>`);
    expect(index).toContain(`<loc>${SITE_URL}/vinhphuc/sitemaps/articles-1.xml</loc>`);
    expect(index).toContain(`<loc>${SITE_URL}/hanoi/sitemaps/articles-1.xml</loc>`);
    const own = await (await fetch(`${SITE_URL}/vinhphuc/sitemap.xml`)).text();
    const locs = [...own.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locs.length).toBeGreaterThan(1);
    expect(locs.filter((loc) => !loc!.startsWith(`${SITE_URL}/vinhphuc/sitemaps/`))).toEqual([]);
    const articles = await (await fetch(`${SITE_URL}/vinhphuc/sitemaps/articles-1.xml`)).text();
    expect(articles).toContain(`<loc>${SITE_URL}${REAL_PATH}</loc>`);
    // The home agency's files at the root.
    const pages = await (await fetch(`${SITE_URL}/sitemaps/pages.xml`)).text();
    expect(pages).toContain(`<loc>${SITE_URL}/</loc>`);
    expect(pages).toContain(`<loc>${SITE_URL}/co-quan</loc>`);
  });
});

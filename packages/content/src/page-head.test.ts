import { describe, expect, it } from 'vitest';
import { headTagsHtml, pageHead, type HeadTag, type PageHeadInput } from './page-head.js';

const SITE = { origin: 'https://thads.example.gov.vn', name: 'Cục THADS "Vĩnh Phúc"' };
const O = SITE.origin;

/** The tags as `key → content` (title, meta and links; JSON-LD apart), in order. */
const flat = (tags: HeadTag[]) =>
  Object.fromEntries(
    tags.flatMap((tag): Array<[string, string]> =>
      tag.tag === 'title'
        ? [['title', tag.text]]
        : tag.tag === 'meta'
          ? [[tag.key, tag.content]]
          : tag.tag === 'link'
            ? [[`link:${tag.rel}`, tag.href]]
            : [],
    ),
  );
const jsonLd = (tags: HeadTag[]) => tags.filter((tag) => tag.tag === 'json-ld').map((tag) => tag.data);

const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội bài </script> viết.' }] }];
const article = {
  title: 'Phát động thi đua',
  slug: 'phat-dong',
  lead: null,
  body,
  date: '2021-03-15T17:00:00.000Z',
  updatedAt: '2021-03-16T02:00:00.000Z',
  cover: null,
  category: { name: 'Thi đua – Khen thưởng' },
  authors: [{ name: 'Đỗ Hùng', slug: 'do-hung' }],
};

/** Each page kind: its tab title, og:title, description, canonical and the JSON-LD type. */
const CASES: Array<{
  input: PageHeadInput;
  title: string;
  ogTitle: string;
  description: RegExp;
  canonical: string;
  type: string;
  ld: string;
}> = [
  {
    input: { kind: 'home' },
    title: SITE.name,
    ogTitle: SITE.name,
    description: /^Tin tức, hoạt động/,
    canonical: `${O}/`,
    type: 'website',
    ld: 'CollectionPage',
  },
  {
    input: { kind: 'home', page: 2 },
    title: `Tin mới – trang 2 | ${SITE.name}`,
    ogTitle: 'Tin mới – trang 2',
    description: /^Tin tức, hoạt động/,
    canonical: `${O}/?trang=2`,
    type: 'website',
    ld: 'CollectionPage',
  },
  {
    input: { kind: 'article', article },
    title: `Phát động thi đua | ${SITE.name}`,
    ogTitle: 'Phát động thi đua',
    description: /^Nội bài <\/script> viết\.$/,
    canonical: `${O}/tin-tuc/phat-dong`,
    type: 'article',
    ld: 'NewsArticle',
  },
  {
    input: { kind: 'category', category: { name: 'Thông báo', slug: 'thong-bao', description: null }, page: 3 },
    title: `Chuyên mục Thông báo – trang 3 | ${SITE.name}`,
    ogTitle: 'Chuyên mục Thông báo – trang 3',
    description: /^Tin tức chuyên mục Thông báo$/,
    canonical: `${O}/chuyen-muc/thong-bao?trang=3`,
    type: 'website',
    ld: 'CollectionPage',
  },
  {
    input: {
      kind: 'campaignTheme',
      theme: { name: 'Về đích sớm', slug: 've-dich', slogan: 'Đoàn kết', description: [], cover: null },
    },
    title: `Phong trào thi đua: Về đích sớm | ${SITE.name}`,
    ogTitle: 'Phong trào thi đua: Về đích sớm',
    description: /^Đoàn kết$/,
    canonical: `${O}/phong-trao/ve-dich`,
    type: 'website',
    ld: 'CollectionPage',
  },
  {
    input: { kind: 'campaignThemes' },
    title: `Phong trào thi đua | ${SITE.name}`,
    ogTitle: 'Phong trào thi đua',
    description: /^Các phong trào thi đua/,
    canonical: `${O}/phong-trao`,
    type: 'website',
    ld: 'CollectionPage',
  },
  {
    input: {
      kind: 'author',
      author: { name: 'Đỗ Hùng', slug: 'do-hung', bio: null, position: 'Chuyên viên', unit: 'Văn phòng', photo: null },
    },
    title: `Tác giả Đỗ Hùng | ${SITE.name}`,
    ogTitle: 'Tác giả Đỗ Hùng',
    description: /^Chuyên viên, Văn phòng$/,
    canonical: `${O}/tac-gia/do-hung`,
    type: 'profile',
    ld: 'ProfilePage',
  },
  {
    input: { kind: 'day', day: '2021-03-16' },
    title: `Các tin đã đưa ngày 16/03/2021 | ${SITE.name}`,
    ogTitle: 'Các tin đã đưa ngày 16/03/2021',
    description: /16\/03\/2021/,
    canonical: `${O}/ngay/2021-03-16`,
    type: 'website',
    ld: 'CollectionPage',
  },
  {
    input: { kind: 'search', query: ' thi đua ' },
    title: `Tìm kiếm: thi đua | ${SITE.name}`,
    ogTitle: 'Tìm kiếm: thi đua',
    description: /^Tìm kiếm tin bài/,
    canonical: `${O}/tim-kiem?q=thi+%C4%91ua`,
    type: 'website',
    ld: 'CollectionPage',
  },
  {
    input: { kind: 'siteMap' },
    title: `Sơ đồ cổng thông tin | ${SITE.name}`,
    ogTitle: 'Sơ đồ cổng thông tin',
    description: /^Sơ đồ các trang/,
    canonical: `${O}/so-do-cong-thong-tin`,
    type: 'website',
    ld: 'CollectionPage',
  },
  {
    input: { kind: 'agencies' },
    title: `Các cơ quan thi hành án dân sự | ${SITE.name}`,
    ogTitle: 'Các cơ quan thi hành án dân sự',
    description: /^Các cơ quan thi hành án dân sự ở trung ương/,
    canonical: `${O}/co-quan`,
    type: 'website',
    ld: 'CollectionPage',
  },
  {
    input: { kind: 'signIn' },
    title: `Đăng nhập | ${SITE.name}`,
    ogTitle: 'Đăng nhập',
    description: /^Đăng nhập dành cho/,
    canonical: `${O}/dang-nhap`,
    type: 'website',
    ld: 'CollectionPage',
  },
];

describe('pageHead', () => {
  it.each(CASES)('$input.kind: title, description, canonical, OpenGraph, Twitter, Dublin Core and JSON-LD', (page) => {
    const tags = pageHead(page.input, SITE);
    const head = flat(tags);
    expect(head.title).toBe(page.title);
    expect(head.description).toMatch(page.description);
    expect(head['link:canonical']).toBe(page.canonical);
    expect(head['og:url']).toBe(page.canonical);
    expect(head['DC.identifier']).toBe(page.canonical);
    expect(head['og:title']).toBe(page.ogTitle);
    expect(head['twitter:title']).toBe(page.ogTitle);
    expect(head['DC.title']).toBe(page.ogTitle);
    expect(head['og:description']).toBe(head.description);
    expect(head['og:type']).toBe(page.type);
    expect(head['og:site_name']).toBe(SITE.name);
    expect(head['og:image']).toBe(`${O}/share-image.png`);
    expect(head.robots).toBeUndefined();
    expect(jsonLd(tags)).toEqual([expect.objectContaining({ '@type': page.ld })]);
  });

  it('article: Vietnam-time dates, authors, section, a cover of the site made absolute', () => {
    const tags = pageHead({ kind: 'article', article: { ...article, cover: { url: '/uploads/anh.jpg' } } }, SITE);
    const head = flat(tags);
    expect(head['article:published_time']).toBe('2021-03-16T00:00:00+07:00');
    expect(head['article:modified_time']).toBe('2021-03-16T09:00:00+07:00');
    expect(head['article:section']).toBe('Thi đua – Khen thưởng');
    expect(head['article:author']).toBe(`${O}/tac-gia/do-hung`);
    expect(head['DC.creator']).toBe('Đỗ Hùng');
    expect(head['DC.date']).toBe('2021-03-16T00:00:00+07:00');
    expect(head['og:image']).toBe(`${O}/uploads/anh.jpg`);
    expect(jsonLd(tags)[0]).toMatchObject({
      headline: 'Phát động thi đua',
      datePublished: '2021-03-16T00:00:00+07:00',
      dateModified: '2021-03-16T09:00:00+07:00',
      author: [{ '@type': 'Person', name: 'Đỗ Hùng', url: `${O}/tac-gia/do-hung` }],
      publisher: { name: SITE.name },
      mainEntityOfPage: { '@id': `${O}/tin-tuc/phat-dong` },
    });
  });

  it('keeps an unsafe image out (javascript:, protocol-relative): the site share image instead', () => {
    for (const url of ['java\tscript:alert(1)', '//evil.example/x.png', 'data:image/png;base64,AA']) {
      const head = flat(pageHead({ kind: 'author', author: { name: 'A', slug: 'a', photo: { url } } }, SITE));
      expect(head['og:image']).toBe(`${O}/share-image.png`);
    }
  });

  it('not-found: a noindex page with its title, and no canonical or share tags', () => {
    const tags = pageHead({ kind: 'notFound' }, SITE);
    expect(flat(tags)).toEqual({
      title: `Không tìm thấy trang | ${SITE.name}`,
      description: expect.stringMatching(/^Cổng thông tin điện tử/),
      robots: 'noindex',
    });
    expect(jsonLd(tags)).toEqual([]);
  });

  it('preview: noindex, nofollow, no referrer, and nothing that would carry its URL (with its token)', () => {
    const tags = pageHead({ kind: 'preview', title: 'Bản nháp' }, SITE);
    expect(flat(tags)).toEqual({
      title: `Xem trước: Bản nháp | ${SITE.name}`,
      description: expect.stringMatching(/^Cổng thông tin điện tử/),
      robots: 'noindex, nofollow',
      referrer: 'no-referrer',
    });
    expect(jsonLd(tags)).toEqual([]);
  });

  it('register of debtors: noindex, nofollow, titled by the register only, no share tag, JSON-LD or feed', () => {
    for (const kind of ['register', 'registerEntry'] as const) {
      const tags = pageHead({ kind }, { ...SITE, code: 'phutho' });
      expect(flat(tags)).toEqual({
        title: `Danh sách người phải thi hành án chưa có điều kiện thi hành | ${SITE.name}`,
        description: expect.stringMatching(/^Cổng thông tin điện tử/),
        robots: 'noindex, nofollow',
      });
      expect(jsonLd(tags)).toEqual([]);
      expect(tags.filter((tag) => tag.tag === 'link')).toEqual([]);
    }
  });

  it("documents and notices: their number or title, dated, and the notices' own feeds", () => {
    const document = flat(
      pageHead(
        {
          kind: 'legalDocument',
          document: {
            number: '42/2022/NĐ-CP',
            slug: 'nghi-dinh-42',
            summary: 'Quy định về cung cấp thông tin',
            issuedOn: '2022-06-24',
          },
        },
        SITE,
      ),
    );
    expect(document).toMatchObject({
      'og:title': 'Văn bản 42/2022/NĐ-CP',
      'og:url': `${O}/van-ban/nghi-dinh-42`,
      'article:published_time': '2022-06-24T00:00:00+07:00',
    });
    const notices = pageHead({ kind: 'notices' }, { ...SITE, code: 'phutho', prefix: '/phutho' });
    expect(flat(notices)['og:url']).toBe(`${O}/phutho/thong-bao`);
    expect(notices.flatMap((tag) => (tag.tag === 'link' && tag.rel === 'alternate' ? [tag.href] : []))).toEqual(
      expect.arrayContaining(['/api/feeds/rss?type=notice&agency=phutho', '/api/feeds/atom?type=notice&agency=phutho']),
    );
  });

  it("uses the default site name when the agency's is unknown", () => {
    expect(flat(pageHead({ kind: 'home' }, { origin: O })).title).toBe('Cổng thông tin điện tử Thi hành án dân sự');
  });
});

describe("an agency's pages", () => {
  const AGENCY = {
    origin: O,
    name: 'Thi hành án dân sự tỉnh Phú Thọ',
    shortName: 'THADS tỉnh Phú Thọ',
    description: 'Cổng thông tin điện tử Thi hành án dân sự tỉnh Phú Thọ.',
    code: 'phutho',
    prefix: '/phutho',
  };

  it('are canonical under its prefix, published by it, and named after it', () => {
    const tags = pageHead({ kind: 'article', article }, AGENCY);
    const head = flat(tags);
    expect(head.title).toBe('Phát động thi đua | Thi hành án dân sự tỉnh Phú Thọ');
    expect(head['link:canonical']).toBe(`${O}/phutho/tin-tuc/phat-dong`);
    expect(head['og:url']).toBe(`${O}/phutho/tin-tuc/phat-dong`);
    expect(head['og:site_name']).toBe(AGENCY.name);
    expect(head['DC.publisher']).toBe(AGENCY.name);
    expect(head['DC.identifier']).toBe(`${O}/phutho/tin-tuc/phat-dong`);
    expect(head['article:author']).toBe(`${O}/phutho/tac-gia/do-hung`);
    expect(jsonLd(tags)[0]).toMatchObject({
      publisher: { '@type': 'GovernmentOrganization', name: AGENCY.name, url: `${O}/phutho/` },
      mainEntityOfPage: { '@id': `${O}/phutho/tin-tuc/phat-dong` },
    });
    expect(flat(pageHead({ kind: 'home', page: 2 }, AGENCY))['link:canonical']).toBe(`${O}/phutho/?trang=2`);
    expect(flat(pageHead({ kind: 'home' }, AGENCY)).description).toBe(
      'Tin tức, hoạt động và phong trào thi đua của Thi hành án dân sự tỉnh Phú Thọ.',
    );
    expect(flat(pageHead({ kind: 'notFound' }, AGENCY)).description).toBe(AGENCY.description);
  });

  it("name the agency's own feeds, and on the central department's the feed of every agency", () => {
    const feeds = (site: typeof AGENCY & { national?: boolean }) =>
      pageHead({ kind: 'home' }, site).flatMap((tag) =>
        tag.tag === 'link' && tag.rel === 'alternate' && tag.type ? [`${tag.title} ${tag.href}`] : [],
      );
    expect(feeds(AGENCY)).toEqual([
      'Tin tức – THADS tỉnh Phú Thọ (RSS) /api/feeds/rss?agency=phutho',
      'Tin tức – THADS tỉnh Phú Thọ (Atom) /api/feeds/atom?agency=phutho',
    ]);
    expect(feeds({ ...AGENCY, code: 'trunguong', shortName: 'Cục', prefix: '', national: true })).toEqual([
      'Tin tức – Cục (RSS) /api/feeds/rss?agency=trunguong',
      'Tin tức – Cục (Atom) /api/feeds/atom?agency=trunguong',
      'Tin tức của các cơ quan thi hành án dân sự (RSS) /api/feeds/rss',
    ]);
  });
});

describe("a list's own news feed", () => {
  it("is named in the head of a category, campaign theme or author page, after the agency's own", () => {
    const site = { ...SITE, code: 'phutho' };
    const feeds = (input: PageHeadInput) =>
      pageHead(input, site).filter((tag) => tag.tag === 'link' && tag.rel === 'alternate' && tag.type);
    const byKind = (kind: PageHeadInput['kind']) => CASES.find((item) => item.input.kind === kind)!.input;
    expect(feeds(byKind('category')).slice(2)).toEqual([
      {
        tag: 'link',
        rel: 'alternate',
        type: 'application/rss+xml',
        title: 'Thông báo (RSS)',
        href: '/api/feeds/rss?category=thong-bao&agency=phutho',
      },
    ]);
    expect(feeds(byKind('campaignTheme')).map((tag) => tag.tag === 'link' && tag.href)).toEqual([
      '/api/feeds/rss?agency=phutho',
      '/api/feeds/atom?agency=phutho',
      '/api/feeds/rss?theme=ve-dich&agency=phutho',
    ]);
    expect(feeds(byKind('author')).map((tag) => tag.tag === 'link' && tag.href)).toContain(
      '/api/feeds/rss?author=do-hung&agency=phutho',
    );
    expect(feeds(byKind('home'))).toHaveLength(2);
    expect(headTagsHtml(feeds(byKind('category')).slice(2))).toBe(
      '<link rel="alternate" href="/api/feeds/rss?category=thong-bao&amp;agency=phutho" type="application/rss+xml" title="Thông báo (RSS)" />',
    );
  });
});

describe('headTagsHtml', () => {
  it('escapes every value: no text from the CMS closes its element or starts a script', () => {
    const html = headTagsHtml(pageHead({ kind: 'article', article: { ...article, title: 'A <b> & "c"' } }, SITE));
    expect(html).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot; | Cục THADS &quot;Vĩnh Phúc&quot;</title>');
    expect(html).toContain('<meta property="og:title" content="A &lt;b&gt; &amp; &quot;c&quot;" />');
    expect(html).toContain(`<link rel="canonical" href="${O}/tin-tuc/phat-dong" />`);
    expect(html).not.toContain('</script> viết');
    const ld = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)?.[1] ?? 'null');
    expect(ld.description).toBe('Nội bài </script> viết.');
  });
});

describe('citizens’ questions pages', () => {
  it('names a question by its title and its text, under its agency, and a topic’s list by the topic', () => {
    const site = { ...SITE, prefix: '/phutho' };
    const question = flat(
      pageHead(
        { kind: 'question', question: { title: 'Hỏi về án phí', slug: 'hoi-ve-an-phi', question: 'Tôi  muốn hỏi.' } },
        site,
      ),
    );
    expect(question.title).toBe(`Hỏi về án phí | ${SITE.name}`);
    expect(question.description).toBe('Tôi muốn hỏi.');
    expect(question['link:canonical']).toBe(`${O}/phutho/hoi-dap/hoi-ve-an-phi`);
    const list = flat(pageHead({ kind: 'questions', topic: { value: 'an-phi', label: 'Án phí' }, page: 2 }, site));
    expect(list.title).toBe(`Hỏi đáp: Án phí – trang 2 | ${SITE.name}`);
    expect(list['link:canonical']).toBe(`${O}/phutho/hoi-dap?chu-de=an-phi&trang=2`);
    expect(flat(pageHead({ kind: 'trackQuestion' }, site))['link:canonical']).toBe(`${O}/phutho/hoi-dap/tra-cuu`);
  });
});

describe('pages in two languages', () => {
  const AGENCY_SITE = { origin: O, name: 'Thi hành án dân sự tỉnh Phú Thọ', code: 'phutho', prefix: '/phutho' };
  const alternates = (input: PageHeadInput) =>
    pageHead(input, AGENCY_SITE).flatMap((tag) =>
      tag.tag === 'link' && tag.hreflang ? [`${tag.hreflang} ${tag.href}`] : [],
    );

  it('name both versions, each from the other, the Vietnamese one the default', () => {
    const both = [`vi ${O}/phutho/gioi-thieu`, `en ${O}/phutho/en/about`, `x-default ${O}/phutho/gioi-thieu`];
    expect(alternates({ kind: 'about' })).toEqual(both);
    expect(alternates({ kind: 'englishAbout', name: 'Phu Tho' })).toEqual(both);
    expect(alternates({ kind: 'contact' })).toEqual([
      `vi ${O}/phutho/lien-he`,
      `en ${O}/phutho/en/contact`,
      `x-default ${O}/phutho/lien-he`,
    ]);
    expect(alternates({ kind: 'home' })).toEqual([`vi ${O}/phutho/`, `en ${O}/phutho/en`, `x-default ${O}/phutho/`]);
    // A page with no counterpart names none.
    expect(alternates({ kind: 'organisation' })).toEqual([]);
    expect(alternates({ kind: 'home', page: 2 })).toEqual([]);
    expect(headTagsHtml(pageHead({ kind: 'contact' }, AGENCY_SITE))).toContain(
      `<link rel="alternate" hreflang="en" href="${O}/phutho/en/contact" />`,
    );
  });

  it('say an English page is English, by the agency’s English name', () => {
    const tags = flat(
      pageHead({ kind: 'englishContact', name: 'Civil Judgment Enforcement Agency of Phú Thọ Province' }, AGENCY_SITE),
    );
    expect(tags.title).toBe('Contact | Civil Judgment Enforcement Agency of Phú Thọ Province');
    expect(tags['og:locale']).toBe('en_GB');
    expect(tags['DC.language']).toBe('en');
    expect(tags['og:site_name']).toBe('Civil Judgment Enforcement Agency of Phú Thọ Province');
    expect(flat(pageHead({ kind: 'contact' }, AGENCY_SITE))['DC.language']).toBe('vi');
  });
});

/** Every URL of the site in one place: patterns for the router, builders for links. */
export const paths = {
  home: {
    pattern: '/',
    build: (page = 1) => (page > 1 ? `/?trang=${page}` : '/'),
  },
  article: {
    pattern: '/tin-tuc/:slug',
    build: (slug: string) => `/tin-tuc/${encodeURIComponent(slug)}`,
  },
} as const;

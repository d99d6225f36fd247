export const authorKeys = {
  all: ['authors'] as const,
  list: () => [...authorKeys.all, 'list'] as const,
  detail: (slug: string) => [...authorKeys.all, 'detail', slug] as const,
};

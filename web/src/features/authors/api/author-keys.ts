export const authorKeys = {
  all: ['authors'] as const,
  list: (agency: string) => [...authorKeys.all, 'list', agency] as const,
  detail: (agency: string, slug: string) => [...authorKeys.all, 'detail', agency, slug] as const,
};

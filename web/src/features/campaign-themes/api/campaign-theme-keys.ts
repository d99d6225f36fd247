export const campaignThemeKeys = {
  all: ['campaign-themes'] as const,
  list: () => [...campaignThemeKeys.all, 'list'] as const,
  detail: (slug: string) => [...campaignThemeKeys.all, 'detail', slug] as const,
};

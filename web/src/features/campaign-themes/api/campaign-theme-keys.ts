export const campaignThemeKeys = {
  all: ['campaign-themes'] as const,
  list: (agency: string) => [...campaignThemeKeys.all, 'list', agency] as const,
  detail: (agency: string, slug: string) => [...campaignThemeKeys.all, 'detail', agency, slug] as const,
};

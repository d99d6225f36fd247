export const agencyKeys = {
  all: ['agencies'] as const,
  directory: () => [...agencyKeys.all, 'directory'] as const,
  detail: (code: string) => [...agencyKeys.all, 'detail', code] as const,
};

import type { NoticeListQuery } from '@thads/content';

/** Query keys of the notices: lists per agency (null: every agency's), one notice per agency view. */
export const noticeKeys = {
  all: ['notices'] as const,
  lists: () => [...noticeKeys.all, 'list'] as const,
  list: (agency: string | null, query: Omit<NoticeListQuery, 'agency'>) =>
    [...noticeKeys.lists(), agency, query] as const,
  detail: (agency: string, slug: string) => [...noticeKeys.all, 'detail', agency, slug] as const,
};

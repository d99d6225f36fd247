import type { StrapiApp } from '@strapi/strapi/admin';
import { VersionPanel } from './history/version-panel';
import { ContactPanel } from './questions/contact-panel';
import { ReviewPanel } from './review/review-panel';
import { SchedulePanel } from './schedule/schedule-panel';

const PANELS = [SchedulePanel, VersionPanel, ReviewPanel, ContactPanel];
type ContentManagerApis = { addEditViewSidePanel: (panels: typeof PANELS) => void };

/**
 * The project's side panels of the edit view ("Lịch đăng", "Lịch sử phiên bản", "Duyệt bài"; "Người hỏi" on a citizen's
 * question), in that order.
 */
export function registerEditViewPanels(app: StrapiApp): void {
  const apis = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
  apis.addEditViewSidePanel(PANELS);
}

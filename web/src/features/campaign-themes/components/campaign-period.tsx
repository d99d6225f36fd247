import type { CampaignTheme } from '@thads/content';
import { formatVietnamDate, vietnamDay } from '@thads/vietnamese';

/** "01/01/2021 – 31/12/2021", "từ 01/01/2021", or nothing when the campaign has no dates. */
export function campaignPeriod(theme: Pick<CampaignTheme, 'startDate' | 'endDate'>): string | null {
  const start = theme.startDate ? formatVietnamDate(theme.startDate) : null;
  const end = theme.endDate ? formatVietnamDate(theme.endDate) : null;
  if (start && end) return `${start} – ${end}`;
  if (start) return `từ ${start}`;
  if (end) return `đến ${end}`;
  return null;
}

/** A campaign is active until its end date has passed (Vietnam time); one without an end date stays active. */
export function isActiveCampaign(theme: Pick<CampaignTheme, 'endDate'>, today = vietnamDay(new Date())): boolean {
  return !theme.endDate || theme.endDate >= today;
}

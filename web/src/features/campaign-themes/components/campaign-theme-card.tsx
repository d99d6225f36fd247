import type { CampaignTheme } from '@thads/content';
import { Link } from 'wouter';
import { paths } from '../../../config/paths';
import { campaignPeriod } from './campaign-period';

export function CampaignThemeCard({ theme, headingLevel = 2 }: { theme: CampaignTheme; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const period = campaignPeriod(theme);
  return (
    <article className="theme-card">
      <Heading className="theme-card__title">
        <Link href={paths.campaignTheme.build(theme.slug)}>{theme.name}</Link>
      </Heading>
      {theme.slogan && theme.slogan !== theme.name ? <p className="theme-card__slogan">“{theme.slogan}”</p> : null}
      <p className="muted">
        {[period ? `Thời gian: ${period}` : null, theme.issuingBody ? `Phát động: ${theme.issuingBody}` : null]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </article>
  );
}

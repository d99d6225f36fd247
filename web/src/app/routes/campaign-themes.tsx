import { useQuery } from '@tanstack/react-query';
import type { CampaignTheme } from '@thads/content';
import { Breadcrumb } from '../../components/breadcrumb';
import { EmptyState, ErrorState, LoadingState } from '../../components/query-states';
import { campaignThemesQueryOptions } from '../../features/campaign-themes/api/get-campaign-themes';
import { isActiveCampaign } from '../../features/campaign-themes/components/campaign-period';
import { CampaignThemeCard } from '../../features/campaign-themes/components/campaign-theme-card';
import { useAgency } from '../../lib/agency';
import { usePageHead } from '../../lib/use-document-meta';

function ThemeGroup({ id, title, themes }: { id: string; title: string; themes: CampaignTheme[] }) {
  if (themes.length === 0) return null;
  return (
    <section aria-labelledby={id} className="home-section">
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {themes.map((theme) => (
        <CampaignThemeCard key={theme.documentId} theme={theme} headingLevel={3} />
      ))}
    </section>
  );
}

export default function CampaignThemesRoute() {
  usePageHead({ kind: 'campaignThemes' });
  const query = useQuery(campaignThemesQueryOptions(useAgency().scope));
  return (
    <>
      <Breadcrumb items={[{ label: 'Phong trào thi đua' }]} />
      <h1 className="page-title">Phong trào thi đua</h1>
      {query.isPending ? (
        <LoadingState label="Đang tải các phong trào thi đua…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <EmptyState>Chưa có phong trào thi đua nào được đăng.</EmptyState>
      ) : (
        <>
          <ThemeGroup
            id="dang-dien-ra"
            title="Đang diễn ra"
            themes={query.data.filter((theme) => isActiveCampaign(theme))}
          />
          <ThemeGroup
            id="da-ket-thuc"
            title="Đã kết thúc"
            themes={query.data.filter((theme) => !isActiveCampaign(theme))}
          />
        </>
      )}
    </>
  );
}

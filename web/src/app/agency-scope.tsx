import { useQuery, type QueryClient } from '@tanstack/react-query';
import { isPreviewType, siteAgencyOf, type Agency, type AgencyDirectory, type SiteAgency } from '@thads/content';
import { useContext, useEffect, useMemo, type ReactNode } from 'react';
import { parse } from 'regexparam';
import { matchRoute, Router, useLocation, useSearch } from 'wouter';
import { ErrorState, LoadingState } from '../components/query-states';
import { paths } from '../config/paths';
import { agenciesQueryOptions } from '../features/agencies/api/get-agencies';
import { agencyQueryOptions, withoutFormerContacts } from '../features/agencies/api/get-agency';
import { previewQueryOptions } from '../features/preview/api/get-preview';
import { AgencyContext, agencyContextValue } from '../lib/agency';
import { RenderAgencyContext } from '../lib/render-status';

/**
 * The agency directory a page is rendered with (and agencies' records already read), put in its query cache: the
 * server render's, which goes to the browser with the page, so neither asks for it again.
 */
export function provideAgencies(client: QueryClient, directory: AgencyDirectory, records: Agency[] = []): void {
  client.setQueryData(agenciesQueryOptions().queryKey, directory);
  for (const record of records)
    client.setQueryData(agencyQueryOptions(record.code).queryKey, withoutFormerContacts(record));
}

/**
 * The pages of one agency: its context, and a router whose routes read the path under `base` (the agency's prefix; a
 * preview's, at the root, shows another agency's document).
 */
function AgencyProvider({
  directory,
  code,
  base,
  children,
}: {
  directory: AgencyDirectory;
  code: string;
  base: string;
  children: ReactNode;
}) {
  useContext(RenderAgencyContext)?.(code);
  // Its record (header and footer texts) only lends its description to the head tags: read when it is there.
  const description = useQuery(agencyQueryOptions(code)).data?.description;
  const value = useMemo(() => agencyContextValue(directory, code, description), [directory, code, description]);
  return (
    <AgencyContext.Provider value={value}>
      <Router base={base}>{children}</Router>
    </AgencyContext.Provider>
  );
}

/** A draft preview (opened at the root by the admin) is shown in the layout of the document's own agency. */
function PreviewAgency({
  directory,
  base,
  type,
  documentId,
  children,
}: {
  directory: AgencyDirectory;
  base: string;
  type: string;
  documentId: string;
  children: ReactNode;
}) {
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const valid = isPreviewType(type) && token !== '';
  // The preview page's own query (the same key): asked for once, by whichever renders first.
  const preview = useQuery({
    ...previewQueryOptions(valid ? type : 'articles', documentId, token),
    enabled: valid,
  });
  const document = preview.data?.data;
  const code = document && 'agency' in document && document.agency ? document.agency : directory.home;
  return (
    <AgencyProvider directory={directory} code={code} base={base}>
      {children}
    </AgencyProvider>
  );
}

/** A path with a better address, met in a client-side navigation (the site server answers 301 for a first visit). */
function MovedTo({ location }: { location: string }) {
  const [, navigate] = useLocation();
  const search = useSearch();
  useEffect(
    () => navigate(`${location}${search ? `?${search}` : ''}`, { replace: true }),
    [navigate, location, search],
  );
  return null;
}

/**
 * Whose page the path is, decided once from the path with the agency directory (on the server: the site server's
 * decision, `decided`; in the browser: the same function on the same directory, hydrated with the page), and the
 * agency's pages under it.
 */
export function AgencyScope({ decided, children }: { decided?: SiteAgency; children: ReactNode }) {
  const directory = useQuery(agenciesQueryOptions());
  const [location] = useLocation();
  if (directory.isPending) return <LoadingState label="Đang tải cổng thông tin…" />;
  if (directory.isError) return <ErrorState error={directory.error} onRetry={() => void directory.refetch()} />;
  const decision = decided ?? siteAgencyOf(directory.data, location);
  if (decision.kind === 'redirect') return <MovedTo location={decision.location} />;
  const [preview, params] = matchRoute(parse, paths.preview.pattern, decision.path);
  if (preview && params)
    return (
      <PreviewAgency
        directory={directory.data}
        base={decision.prefix}
        type={params.type ?? ''}
        documentId={params.documentId ?? ''}
      >
        {children}
      </PreviewAgency>
    );
  return (
    <AgencyProvider directory={directory.data} code={decision.code} base={decision.prefix}>
      {children}
    </AgencyProvider>
  );
}

import type { StrapiApp } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { CellText } from '../list-cells';
import { agencyName, useMyAgencies } from './use-my-agencies';

/**
 * An agency code in a list's cell, by its place ("Hà Nội"), the full name on hover: the list above names the
 * agencies in full, and the column must stay narrow.
 */
function AgencyCell({ code }: { code: unknown }) {
  const mine = useMyAgencies();
  const name = typeof code === 'string' ? agencyName(mine, code) : '';
  return <CellText text={name.replace(/^Thi hành án dân sự (tỉnh|thành phố) /u, '')} tooltip={name} />;
}

/** Above every content manager list: which agencies the editor works for, so nobody wonders why a document is absent. */
function ListScope() {
  const { formatMessage } = useIntl();
  const mine = useMyAgencies();
  if (!mine) return null;
  const names = mine.agencies.map((agency) => agency.name).join(', ');
  return (
    <p style={{ margin: 0, fontSize: '1.4rem', lineHeight: 1.5, alignSelf: 'center' }}>
      {mine.all
        ? formatMessage({ id: 'thads.agencies.list.all' })
        : formatMessage({ id: 'thads.agencies.list.scope' }, { names: names || '—' })}
    </p>
  );
}

type Header = { name: string; attribute?: { customField?: string }; cellFormatter?: unknown };
type ListColumns = { displayedHeaders: Header[]; layout: unknown };
type ContentManager = { injectComponent: (view: string, zone: string, component: object) => void };

/** The agency field (`global::agency`), its list cells, the list's scope line, and the accounts' settings page. */
export function registerAgencies(app: StrapiApp): void {
  app.customFields.register({
    name: 'agency',
    type: 'string',
    intlLabel: { id: 'thads.agencies.field.label', defaultMessage: 'Cơ quan' },
    intlDescription: { id: 'thads.agencies.field.hint', defaultMessage: 'Cơ quan sở hữu tài liệu' },
    components: { Input: async () => import('./agency-input') },
  } as never);
}

export function bootstrapAgencies(app: StrapiApp): void {
  app.addSettingsLink('global', {
    id: 'thads-agency-accounts',
    to: 'co-quan-cua-tai-khoan',
    intlLabel: { id: 'thads.agencies.settings.link', defaultMessage: 'Cơ quan của tài khoản' },
    permissions: [{ action: 'admin::users.read', subject: null }],
    Component: () => import('./accounts-page'),
  } as never);
  app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', ({ displayedHeaders, layout }: ListColumns) => ({
    layout,
    displayedHeaders: displayedHeaders.map((header) =>
      header.attribute?.customField === 'global::agency' && !header.cellFormatter
        ? { ...header, cellFormatter: (row: Record<string, unknown>) => <AgencyCell code={row[header.name]} /> }
        : header,
    ),
  }));
  (app.getPlugin('content-manager') as unknown as ContentManager).injectComponent('listView', 'actions', {
    name: 'thads-agency-scope',
    Component: ListScope,
  });
}

import type { StrapiApp } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

/** An enumeration value in words: the message whose id is the value (`enumeration-labels.ts`), else the value. */
function EnumerationCell({ value }: { value: unknown }) {
  const { formatMessage } = useIntl();
  if (typeof value !== 'string' || value === '') return <span aria-hidden>-</span>;
  return <>{formatMessage({ id: value, defaultMessage: value })}</>;
}

type Header = { name: string; attribute?: { type?: string }; cellFormatter?: unknown };
type ListColumns = { displayedHeaders: Header[]; layout: unknown };

/** List view cells of enumerations in words, as the edit view's select shows them, not as codes. */
export function registerEnumerationCells(app: StrapiApp): void {
  app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', ({ displayedHeaders, layout }: ListColumns) => ({
    layout,
    displayedHeaders: displayedHeaders.map((header) =>
      header.attribute?.type === 'enumeration' && !header.cellFormatter
        ? { ...header, cellFormatter: (row: Record<string, unknown>) => <EnumerationCell value={row[header.name]} /> }
        : header,
    ),
  }));
}

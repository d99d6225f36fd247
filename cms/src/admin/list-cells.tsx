import type { StrapiApp } from '@strapi/strapi/admin';
import { formatVietnamDate, formatVietnamDateTime } from '@thads/vietnamese';
import { useIntl } from 'react-intl';

/** An enumeration value in words: the message whose id is the value (`enumeration-labels.ts`), else the value. */
function EnumerationCell({ value }: { value: unknown }) {
  const { formatMessage } = useIntl();
  if (typeof value !== 'string' || value === '') return <span aria-hidden>-</span>;
  return <>{formatMessage({ id: value, defaultMessage: value })}</>;
}

/** The names the server added to a list row's many-relation (`admin-guards/content-manager.ts`: `names`). */
const namesOf = (value: unknown): string[] | null =>
  value && typeof value === 'object' && Array.isArray((value as { names?: unknown }).names)
    ? (value as { names: string[] }).names
    : null;

type Header = { name: string; attribute?: { type?: string; relation?: string }; cellFormatter?: unknown };
type ListColumns = { displayedHeaders: Header[]; layout: unknown };
type Row = Record<string, unknown>;

/** How a list cell reads, by the type of its field: null where Strapi's own cell stays. */
function formatterOf(header: Header): ((row: Row) => React.ReactNode) | null {
  const type = header.attribute?.type;
  if (type === 'enumeration') return (row) => <EnumerationCell value={row[header.name]} />;
  // dd/MM/yyyy (HH:mm) in Vietnam time, as everywhere else, instead of "lúc 08:13 Chủ Nhật, 14 tháng 3, 2021".
  if (type === 'date' || type === 'datetime') {
    const format = type === 'date' ? formatVietnamDate : formatVietnamDateTime;
    return (row) => {
      const value = row[header.name];
      return typeof value === 'string' && value !== '' ? format(value) : <span aria-hidden>-</span>;
    };
  }
  // Who wrote it, by name, instead of "1 mục".
  if (type === 'relation' && header.attribute?.relation?.endsWith('ToMany'))
    return (row) => {
      const names = namesOf(row[header.name]);
      return names ? names.join(', ') || <span aria-hidden>-</span> : null;
    };
  return null;
}

/** List view cells: enumerations in words, dates dd/MM/yyyy, many-relations by name. */
export function registerListCells(app: StrapiApp): void {
  app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', ({ displayedHeaders, layout }: ListColumns) => ({
    layout,
    displayedHeaders: displayedHeaders.map((header) => {
      const formatter = header.cellFormatter ? null : formatterOf(header);
      if (!formatter) return header;
      return {
        ...header,
        cellFormatter: (row: Row, ...rest: unknown[]) => {
          const shown = formatter(row);
          // A row the server did not name the relations of keeps Strapi's own cell.
          return (
            shown ??
            (header.cellFormatter as ((row: Row, ...rest: unknown[]) => React.ReactNode) | undefined)?.(row, ...rest) ??
            null
          );
        },
      };
    }),
  }));
}

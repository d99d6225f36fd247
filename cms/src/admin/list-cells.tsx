import { Tooltip, Typography } from '@strapi/design-system';
import type { StrapiApp } from '@strapi/strapi/admin';
import { formatVietnamDate, formatVietnamDateTime } from '@thads/vietnamese';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';

/**
 * A cell's text at the admin's body size, wrapped onto at most two lines (the list's table does not wrap by itself,
 * and a 1280 px screen leaves it about 880 px): what is cut shows whole in a tooltip.
 */
const WRAPPED = {
  whiteSpace: 'normal',
  display: '-webkit-box',
  WebkitBoxOrient: 'vertical',
  WebkitLineClamp: 2,
  overflow: 'hidden',
} as const;

/** An empty cell, at the size of the others (the table's own text is 10 px). */
const Nothing = () => (
  <Typography textColor="neutral800" aria-hidden>
    -
  </Typography>
);

/**
 * A cell's text, wrapped and cut; `to`: the document it opens (the row's link for the keyboard and new tabs). Words
 * break anywhere, so that no name widens its column beyond the screen (the title, the longest text, takes the room
 * left), apart from dates and times (`wholeWords`).
 */
export function CellText({
  text,
  tooltip = text,
  to,
  wholeWords = false,
}: {
  text: string;
  tooltip?: string;
  to?: string;
  wholeWords?: boolean;
}) {
  if (text === '') return <Nothing />;
  const style = { ...WRAPPED, overflowWrap: wholeWords ? 'normal' : 'anywhere' } as const;
  const shown = to ? (
    <Typography
      tag={Link}
      to={{ pathname: to }}
      onClick={(event: React.MouseEvent) => event.stopPropagation()}
      textColor="neutral800"
      style={style}
    >
      {text}
    </Typography>
  ) : (
    <Typography textColor="neutral800" style={style}>
      {text}
    </Typography>
  );
  return <Tooltip label={tooltip}>{shown}</Tooltip>;
}

/** An enumeration value in words: the message whose id is the value (`enumeration-labels.ts`), else the value. */
function EnumerationCell({ value }: { value: unknown }) {
  const { formatMessage } = useIntl();
  if (typeof value !== 'string' || value === '') return <Nothing />;
  return <CellText text={formatMessage({ id: value, defaultMessage: value })} />;
}

/**
 * The review state and, below it, the schedule (`src/scheduling`): the list has no room for columns of their own.
 * A failed schedule is named first, as it needs the editor.
 */
function ReviewCell({ row }: { row: Row }) {
  const { formatMessage } = useIntl();
  const time = (field: string) => {
    const value = row[field];
    return typeof value === 'string' && value !== '' ? formatVietnamDateTime(value) : null;
  };
  const review = typeof row.reviewState === 'string' && row.reviewState !== '' ? row.reviewState : null;
  // Stored as the editor reads it ("Lỗi lịch đăng: …", src/scheduling).
  const error = typeof row.scheduleError === 'string' && row.scheduleError !== '' ? row.scheduleError : null;
  const lines = [
    error,
    review && formatMessage({ id: review, defaultMessage: review }),
    time('publishAt') && formatMessage({ id: 'thads.schedule.publishes' }, { time: time('publishAt') }),
    time('unpublishAt') && formatMessage({ id: 'thads.schedule.unpublishes' }, { time: time('unpublishAt') }),
  ].filter((line): line is string => Boolean(line));
  // Times stay whole; an error's words may break (it may hold a long name).
  return <CellText text={lines.join(' ')} wholeWords={!error} />;
}

/** The names the server added to a list row's many-relation (`admin-guards/content-manager.ts`: `names`). */
const namesOf = (value: unknown): string[] | null =>
  value && typeof value === 'object' && Array.isArray((value as { names?: unknown }).names)
    ? (value as { names: string[] }).names
    : null;

type Header = {
  name: string;
  attribute?: { type?: string; relation?: string; customField?: string };
  mainField?: { name: string };
  cellFormatter?: unknown;
};
type ListColumns = { displayedHeaders: Header[]; layout: unknown };
type Row = Record<string, unknown>;

const SCHEDULE_FIELDS = ['publishAt', 'unpublishAt', 'scheduleError'];
const isText = (header: Header) => header.attribute?.type === 'string' && !header.attribute.customField;

/**
 * How a list cell reads, by the type of its field: null where Strapi's own cell stays. `link`: this column opens the
 * document (the first text column, the title).
 */
function formatterOf(header: Header, link: boolean, shown: Header[]): ((row: Row) => React.ReactNode) | null {
  const type = header.attribute?.type;
  if (isText(header))
    return (row) => {
      const value = row[header.name];
      const documentId = typeof row.documentId === 'string' ? row.documentId : undefined;
      return <CellText text={typeof value === 'string' ? value : ''} to={link ? documentId : undefined} />;
    };
  // An article's review column carries its schedule where the list does not show it as columns.
  if (header.name === 'reviewState' && !shown.some((other) => SCHEDULE_FIELDS.includes(other.name)))
    return (row) => <ReviewCell row={row} />;
  if (type === 'enumeration') return (row) => <EnumerationCell value={row[header.name]} />;
  // dd/MM/yyyy (HH:mm) in Vietnam time, as everywhere else, instead of "lúc 08:13 Chủ Nhật, 14 tháng 3, 2021".
  if (type === 'date' || type === 'datetime') {
    const format = type === 'date' ? formatVietnamDate : formatVietnamDateTime;
    return (row) => {
      const value = row[header.name];
      return <CellText text={typeof value === 'string' && value !== '' ? format(value) : ''} wholeWords />;
    };
  }
  if (type === 'relation' && header.attribute?.relation?.endsWith('ToMany'))
    // Who wrote it, by name, instead of "1 mục".
    return (row) => {
      const names = namesOf(row[header.name]);
      return names ? <CellText text={names.join(', ')} /> : null;
    };
  if (type === 'relation' && header.mainField)
    return (row) => {
      const related = row[header.name];
      const label = related && typeof related === 'object' ? (related as Row)[header.mainField?.name ?? ''] : undefined;
      return typeof label === 'string' || typeof label === 'number' ? <CellText text={String(label)} /> : null;
    };
  return null;
}

/**
 * List view cells: text wrapped and cut to fit the screen, the first text column linking to the document,
 * enumerations in words, dates dd/MM/yyyy, relations by name.
 */
export function registerListCells(app: StrapiApp): void {
  app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', ({ displayedHeaders, layout }: ListColumns) => {
    const linked = displayedHeaders.find((header) => isText(header) && !header.cellFormatter);
    return {
      layout,
      displayedHeaders: displayedHeaders.map((header) => {
        const formatter = header.cellFormatter ? null : formatterOf(header, header === linked, displayedHeaders);
        if (!formatter) return header;
        return {
          ...header,
          cellFormatter: (row: Row, ...rest: unknown[]) => {
            const shown = formatter(row);
            // A row the server did not name the relations of keeps Strapi's own cell.
            return (
              shown ??
              (header.cellFormatter as ((row: Row, ...rest: unknown[]) => React.ReactNode) | undefined)?.(
                row,
                ...rest,
              ) ??
              null
            );
          },
        };
      }),
    };
  });
}

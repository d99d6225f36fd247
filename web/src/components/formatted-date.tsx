import { formatVietnamDate } from '@thads/vietnamese';

/** dd/MM/yyyy in Vietnam time, with the exact instant for machines. */
export function FormattedDate({ value }: { value: string }) {
  return <time dateTime={value}>{formatVietnamDate(value)}</time>;
}

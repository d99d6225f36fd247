// The fields of the records' filter forms (documents, notices, the register): plain GET forms that work without
// JavaScript, each field labelled.

type Option = readonly [value: string, text: string];

/** A choice among values, the first option meaning "any". */
export function FilterSelect({
  id,
  name,
  label,
  all,
  options,
  value,
}: {
  /** The form's own id prefix (`useId`), so that two forms on a page never share a field id. */
  id: string;
  name: string;
  label: string;
  all: string;
  options: readonly Option[];
  value?: string;
}) {
  return (
    <div className="form__field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} name={name} defaultValue={value ?? ''}>
        <option value="">{all}</option>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A four-digit year typed in (`nam`). */
export function YearField({
  id,
  label,
  example,
  value,
}: {
  id: string;
  label: string;
  example: number;
  value?: number;
}) {
  return (
    <div className="form__field">
      <label htmlFor={`${id}-nam`}>{label}</label>
      <input
        id={`${id}-nam`}
        name="nam"
        inputMode="numeric"
        pattern="\d{4}"
        title={`Năm gồm 4 chữ số, ví dụ ${example}`}
        autoComplete="off"
        defaultValue={value ?? ''}
      />
    </div>
  );
}

/** The agencies to filter by, merged ones marked as such under the one that absorbed them. */
export const agencyOptions = (agencies: ReadonlyArray<{ code: string; name: string; merged: boolean }>): Option[] =>
  agencies.map(({ code, name, merged }) => [code, merged ? `— ${name} (đã hợp nhất)` : name]);

/** A form's fields as the query string its GET would send (`?a=1&b=2`), for the app to navigate to the same address. */
export function formSearch(form: HTMLFormElement): string {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') query.set(name, value);
  return `?${query}`;
}

import { useEffect } from 'react';
import { Field, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { AgencyMessageKey } from './messages';
import { agencyName, useMyAgencies } from './use-my-agencies';

type Props = {
  name: string;
  label?: string;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
  value?: unknown;
  initialValue?: unknown;
  error?: string;
  onChange: (name: string, value: unknown) => void;
};

/**
 * The agency field of every agency-scoped type (the `global::agency` custom field). A document's agency is set once,
 * when it is made, and never moves: an existing document shows its agency as text. A new one gets the account's own
 * agency; an account that acts for several (its agency and those merged into it, or a central account's grants)
 * chooses among them. The server decides anyway (`cms/src/agencies/write-rule.ts`): this only says what will happen.
 */
export function AgencyInput({ name, label, hint, required, disabled, value, initialValue, error, onChange }: Props) {
  const { formatMessage } = useIntl();
  const text = (id: AgencyMessageKey) => formatMessage({ id });
  const mine = useMyAgencies();
  const existing = typeof initialValue === 'string' && initialValue !== '';
  const choices = mine?.agencies ?? [];
  useEffect(() => {
    if (!existing && !value && mine?.own) onChange(name, mine.own);
  }, [existing, value, mine, name, onChange]);

  const fieldLabel = label || text('thads.agencies.field.label');
  if (existing || disabled || choices.length <= 1) {
    const shown = typeof value === 'string' && value !== '' ? value : mine?.own;
    return (
      <Field.Root name={name} hint={hint || text('thads.agencies.field.hint')}>
        <Field.Label>{fieldLabel}</Field.Label>
        <Typography tag="p" variant="omega" textColor="neutral800">
          {shown ? agencyName(mine, shown) : mine ? text('thads.agencies.field.none') : '…'}
        </Typography>
        <Field.Hint />
      </Field.Root>
    );
  }
  return (
    <Field.Root name={name} hint={hint || text('thads.agencies.field.hint')} error={error} required={required}>
      <Field.Label>{fieldLabel}</Field.Label>
      <SingleSelect
        value={typeof value === 'string' ? value : undefined}
        placeholder={text('thads.agencies.field.choose')}
        onChange={(code: string | number) => onChange(name, String(code))}
      >
        {choices.map((agency) => (
          <SingleSelectOption key={agency.code} value={agency.code}>
            {agency.name}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}

export default AgencyInput;

import { useIntl } from 'react-intl';
import { fieldLabel, isInstant } from './field-label';
import { useText } from './i18n';

export type FieldChange = { field: string; parts: Array<{ type: 'same' | 'added' | 'removed'; text: string }> };

const STYLE = {
  added: { background: '#c6f6d5', textDecoration: 'none' },
  removed: { background: '#fed7d7', textDecoration: 'line-through' },
};

/** Changes field by field: removed text struck through in red, added text in green. */
export function DiffView({ model, changes }: { model: string; changes: FieldChange[] }) {
  const { text, when } = useText();
  const { locale } = useIntl();
  const shown = (part: string) => (isInstant(part) ? when(part) : part);
  if (changes.length === 0) return <p>{text('thads.history.no-differences')}</p>;
  return (
    <dl style={{ margin: 0 }}>
      {changes.map((change) => (
        <div key={change.field} style={{ marginBottom: 8 }}>
          <dt style={{ fontWeight: 600 }}>{fieldLabel(model, change.field, locale)}</dt>
          <dd style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {change.parts.map((part, index) =>
              part.type === 'same' ? (
                <span key={index}>{shown(part.text)}</span>
              ) : part.type === 'added' ? (
                <ins key={index} style={STYLE.added}>
                  {shown(part.text)}
                </ins>
              ) : (
                <del key={index} style={STYLE.removed}>
                  {shown(part.text)}
                </del>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

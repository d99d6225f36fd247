import { Typography, VisuallyHidden } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { fieldLabel, isInstant } from './field-label';
import { useText } from './i18n';

export type FieldChange = { field: string; parts: Array<{ type: 'same' | 'added' | 'removed'; text: string }> };

/** Marked text: removed (struck through, red background) or added (underlined, green background), with words too. */
const MARK = {
  removed: { background: '#fcecea', color: '#b72b1a', textDecoration: 'line-through' },
  added: { background: '#eafbe7', color: '#2f6846', textDecoration: 'underline' },
} as const;

/**
 * A comparison field by field, side by side: the version on the left (what it had that the other has not, struck
 * through), the version compared with on the right (what it has that the first had not, underlined). Full width, in
 * the comparison modal: whole words, never squeezed into the side panel.
 */
export function DiffView({
  model,
  changes,
  left,
  right,
}: {
  model: string;
  changes: FieldChange[];
  left: string;
  right: string;
}) {
  const { text, when } = useText();
  const { locale } = useIntl();
  const shown = (part: string) => (isInstant(part) ? when(part) : part);
  if (changes.length === 0) return <Typography tag="p">{text('thads.history.no-differences')}</Typography>;
  const side = (change: FieldChange, kind: 'removed' | 'added') =>
    change.parts
      .filter((part) => part.type === 'same' || part.type === kind)
      .map((part, index) =>
        part.type === 'same' ? (
          <span key={index}>{shown(part.text)}</span>
        ) : kind === 'removed' ? (
          <del key={index} style={MARK.removed}>
            <VisuallyHidden>[{text('thads.history.removed')}: </VisuallyHidden>
            {shown(part.text)}
            <VisuallyHidden>]</VisuallyHidden>
          </del>
        ) : (
          <ins key={index} style={MARK.added}>
            <VisuallyHidden>[{text('thads.history.added')}: </VisuallyHidden>
            {shown(part.text)}
            <VisuallyHidden>]</VisuallyHidden>
          </ins>
        ),
      );
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
      <caption style={{ textAlign: 'left', paddingBottom: 8 }}>
        <Typography variant="pi" textColor="neutral600">
          {text('thads.history.legend')}
        </Typography>
      </caption>
      <thead>
        <tr>
          {[text('thads.history.field'), left, right].map((heading, index) => (
            <th
              key={index}
              scope="col"
              style={{
                textAlign: 'left',
                padding: 8,
                width: index === 0 ? '18%' : '41%',
                borderBottom: '1px solid #dcdce4',
              }}
            >
              <Typography variant="omega" fontWeight="bold" textColor="neutral800">
                {heading}
              </Typography>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field} style={{ verticalAlign: 'top', borderBottom: '1px solid #eaeaef' }}>
            <th scope="row" style={{ textAlign: 'left', padding: 8 }}>
              <Typography fontWeight="semiBold">{fieldLabel(model, change.field, locale)}</Typography>
            </th>
            {(['removed', 'added'] as const).map((kind) => (
              <td key={kind} style={{ padding: 8 }}>
                <Typography tag="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {side(change, kind)}
                </Typography>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

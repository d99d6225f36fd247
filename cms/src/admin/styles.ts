/**
 * The project's admin components use plain elements; the admin's global styles strip a button's border and
 * background, so a button would read as text. One look for all of them (focus keeps the admin's own outline); inline
 * styles have no `:disabled`, hence the argument.
 */
export const buttonStyle = (disabled = false) =>
  ({
    padding: '4px 10px',
    margin: '2px 4px 2px 0',
    border: '1px solid #4945ff',
    borderRadius: 4,
    background: '#ffffff',
    color: '#271fe0',
    fontWeight: 600,
    cursor: disabled ? 'not-allowed' : 'pointer',
    opacity: disabled ? 0.5 : 1,
  }) as const;

/** A table wider than a phone scrolls sideways within the page, instead of being cut off at its right edge. */
export const TABLE_SCROLL = { overflowX: 'auto', maxWidth: '100%' } as const;

/** The project's admin tables (audit trail, review queue): full width on white, a rule under each row. */
export const TABLE = { borderCollapse: 'collapse', width: '100%', background: 'white' } as const;
export const TABLE_CELL = {
  borderBottom: '1px solid #dcdce4',
  padding: '4px 8px',
  textAlign: 'left',
  verticalAlign: 'top',
} as const;

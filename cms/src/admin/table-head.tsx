import { Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useText } from './history/i18n';
import type { MessageKey } from './messages';

/** The header row of the project's admin tables (review queue, citizens' questions), one column per text. */
export function TableHead({ columns }: { columns: readonly MessageKey[] }) {
  const { text } = useText();
  return (
    <Thead>
      <Tr>
        {columns.map((key) => (
          <Th key={key}>
            <Typography variant="omega" fontWeight="bold" textColor="neutral800">
              {text(key)}
            </Typography>
          </Th>
        ))}
      </Tr>
    </Thead>
  );
}

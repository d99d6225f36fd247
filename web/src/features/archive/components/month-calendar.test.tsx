import { screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { fixtureCms } from '../../../testing/cms-stub';
import { renderWithApp, stubCms } from '../../../testing/render';
import { MonthCalendar } from './month-calendar';

let restore = () => {};
afterEach(() => restore());

it('marks the days that have news as links to that day, weeks starting on Monday', async () => {
  const cms = stubCms(fixtureCms());
  restore = cms.restore;
  renderWithApp(<MonthCalendar year={2021} month={3} />);
  const day = await screen.findByRole('link', { name: '16/03/2021: 1 tin' });
  expect(day).toHaveAttribute('href', '/ngay/2021-03-16');
  expect(screen.getAllByRole('link')).toHaveLength(1);
  // 1 March 2021 was a Monday: the first cell of the first week.
  expect(screen.getAllByRole('row')[1]!.querySelector('td')?.textContent).toBe('1');
  expect(screen.getByText(/Tháng 03\/2021 – 1 ngày có tin/)).toBeInTheDocument();
  expect(cms.calls[0]!.searchParams.get('month')).toBe('3');
});

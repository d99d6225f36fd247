import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../testing/render';
import { DayPicker } from './day-picker';

describe('DayPicker', () => {
  it('goes to the news of the chosen day', async () => {
    const { location } = renderWithApp(<DayPicker initialDay="2021-03-01" />);
    await userEvent.selectOptions(screen.getByLabelText('Ngày'), '16');
    expect(screen.getByLabelText('Tháng')).toHaveValue('3');
    expect(screen.getByLabelText('Năm')).toHaveValue('2021');
    await userEvent.click(screen.getByRole('button', { name: 'Xem' }));
    expect(location.history?.at(-1)).toBe('/ngay/2021-03-16');
  });

  it('refuses a day that is not in the calendar, with a message', async () => {
    const { location } = renderWithApp(<DayPicker initialDay="2021-02-01" />);
    await userEvent.selectOptions(screen.getByLabelText('Ngày'), '30');
    await userEvent.click(screen.getByRole('button', { name: 'Xem' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Ngày 30/02/2021 không có trong lịch');
    expect(location.history?.at(-1)).toBe('/');
  });
});

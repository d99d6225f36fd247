import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { agencyOptions, FilterSelect, formSearch, YearField } from './filter-fields';

describe('filter fields', () => {
  it('label a choice, offer "any" first and show the value filtered by', () => {
    render(
      <FilterSelect
        id="f"
        name="loai"
        label="Loại văn bản"
        all="Tất cả các loại"
        options={[
          ['luat', 'Luật'],
          ['nghi-dinh', 'Nghị định'],
        ]}
        value="nghi-dinh"
      />,
    );
    const select = screen.getByLabelText('Loại văn bản');
    expect(select).toHaveAttribute('name', 'loai');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Tất cả các loại',
      'Luật',
      'Nghị định',
    ]);
    expect(select).toHaveValue('nghi-dinh');
  });

  it('take a four-digit year, and say so', () => {
    render(<YearField id="f" label="Năm" example={2025} value={2024} />);
    const year = screen.getByLabelText('Năm');
    expect(year).toHaveAttribute('pattern', '\\d{4}');
    expect(year).toHaveAttribute('title', 'Năm gồm 4 chữ số, ví dụ 2025');
    expect(year).toHaveValue('2024');
  });

  it('mark the agencies merged into another', () => {
    expect(
      agencyOptions([
        { code: 'phutho', name: 'Phú Thọ', merged: false },
        { code: 'vinhphuc', name: 'Vĩnh Phúc', merged: true },
      ]),
    ).toEqual([
      ['phutho', 'Phú Thọ'],
      ['vinhphuc', '— Vĩnh Phúc (đã hợp nhất)'],
    ]);
  });

  it("give a form's fields as the query string its GET sends", () => {
    const { container } = render(
      <form>
        <input name="q" defaultValue="nguyễn văn a" />
        <YearField id="f" label="Năm" example={2025} value={2024} />
      </form>,
    );
    expect(formSearch(container.querySelector('form')!)).toBe('?q=nguy%E1%BB%85n+v%C4%83n+a&nam=2024');
  });
});

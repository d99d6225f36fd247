import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextSizeControl } from './text-size-control';

afterEach(() => vi.restoreAllMocks());

describe('the text size control', () => {
  it('works where the browser denies storage (a preview framed by an admin of another host), only not remembered', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    render(<TextSizeControl />);
    fireEvent.click(screen.getByRole('button', { name: /tăng cỡ chữ/ }));
    expect(document.documentElement.style.getPropertyValue('--text-scale')).toBe('1.15');
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../../testing/render';
import { ArticleTools } from './article-tools';

afterEach(() => window.localStorage.clear());

describe('ArticleTools', () => {
  it('changes the text size within its limits and remembers it', async () => {
    renderWithApp(<ArticleTools title="Tin" />);
    const bigger = screen.getByRole('button', { name: /tăng cỡ chữ/ });
    await userEvent.click(bigger);
    expect(document.documentElement.style.getPropertyValue('--text-scale')).toBe('1.15');
    expect(window.localStorage.getItem('thads-text-scale')).toBe('1.15');
    await userEvent.click(bigger);
    expect(bigger).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: /cỡ chữ mặc định/ }));
    expect(document.documentElement.style.getPropertyValue('--text-scale')).toBe('1');
  });

  it('prints, and copies the link where sharing is not available', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderWithApp(<ArticleTools title="Tin" />);
    await user.click(screen.getByRole('button', { name: 'In bài viết' }));
    expect(print).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Chia sẻ / sao chép liên kết' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(screen.getByRole('status')).toHaveTextContent('Đã sao chép liên kết.');
  });
});

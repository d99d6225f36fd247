import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp, stubCms } from '../../testing/render';
import { clearSession } from '../../lib/session';
import SignInRoute from './sign-in';

let restore = () => {};
afterEach(() => {
  restore();
  clearSession();
});

async function signInWith(identifier: string, password: string) {
  await userEvent.type(screen.getByLabelText('Tên đăng nhập hoặc email'), identifier);
  await userEvent.type(screen.getByLabelText('Mật khẩu'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('sign-in page', () => {
  it('signs a staff member in and goes home', async () => {
    const cms = stubCms(() => ({
      body: { jwt: 'jwt-token', user: { id: 7, username: 'canbo', email: 'canbo@example.gov.vn' } },
    }));
    restore = cms.restore;
    const { location } = renderWithApp(<SignInRoute />, { path: '/dang-nhap' });
    await signInWith('canbo@example.gov.vn', 'MatKhau123');
    expect(cms.calls[0]!.pathname).toBe('/api/auth/local');
    expect(JSON.parse(window.localStorage.getItem('thads-session')!).user.username).toBe('canbo');
    expect(location.history?.at(-1)).toBe('/');
  });

  it.each([
    [400, 'Invalid identifier or password', 'Tên đăng nhập hoặc mật khẩu không đúng.'],
    [400, 'Your account has been blocked by an administrator', 'Tài khoản của bạn đã bị khóa'],
    [429, 'Too many requests, please try again later.', 'quá nhiều lần'],
    [500, 'Internal Server Error', 'Máy chủ đang gặp sự cố'],
  ])('explains a %i "%s" in Vietnamese', async (status, message, shown) => {
    restore = stubCms(() => ({ status, body: { data: null, error: { status, name: 'Error', message } } })).restore;
    renderWithApp(<SignInRoute />, { path: '/dang-nhap' });
    await signInWith('canbo', 'sai');
    expect(await screen.findByRole('alert')).toHaveTextContent(shown);
    expect(window.localStorage.getItem('thads-session')).toBeNull();
  });

  it('asks for both fields before calling the server', async () => {
    const cms = stubCms(() => ({ body: {} }));
    restore = cms.restore;
    renderWithApp(<SignInRoute />, { path: '/dang-nhap' });
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Vui lòng nhập tên đăng nhập');
    expect(cms.calls).toHaveLength(0);
  });
});

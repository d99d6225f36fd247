import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp, stubCms } from '../../testing/render';
import TrackQuestionRoute from './track-question';

let restore = () => {};
afterEach(() => restore());

const declined = {
  code: 'HD-ABCDE-FGHJK',
  agency: 'phutho',
  title: 'Hỏi về <i>án phí</i>',
  topic: 'an-phi',
  status: 'declined',
  declineReason: 'Câu hỏi trùng với câu đã trả lời.',
  askedAt: '2026-03-01T02:00:00.000Z',
  answeredAt: null,
  slug: null,
};

describe('the tracking page', () => {
  it('reads the code as typed (lower case, spaces) and shows the status with the reason it was not published', async () => {
    const cms = stubCms((url) =>
      url.searchParams.get('code') === declined.code
        ? { body: { data: declined, meta: {} } }
        : { status: 404, body: { data: null, error: { status: 404, name: 'NotFoundError', message: 'x' } } },
    );
    restore = cms.restore;
    const { location } = renderWithApp(<TrackQuestionRoute />, { path: '/hoi-dap/tra-cuu' });
    await userEvent.type(screen.getByLabelText('Mã tra cứu'), 'hd abcde fghjk{Enter}');
    expect(location.history?.at(-1)).toBe('/hoi-dap/tra-cuu?ma=hd+abcde+fghjk');
    expect(await screen.findByRole('heading', { name: 'Tình trạng: Không đăng' })).toBeInTheDocument();
    expect(screen.getByText('Câu hỏi trùng với câu đã trả lời.')).toBeInTheDocument();
    expect(screen.getByText('Hỏi về <i>án phí</i>')).toBeInTheDocument();
    expect(cms.calls.at(-1)?.searchParams.get('code')).toBe('HD-ABCDE-FGHJK');
  });

  it('says a code of the wrong form at its field, and an unknown code plainly', async () => {
    restore = stubCms(() => ({
      status: 404,
      body: { data: null, error: { status: 404, name: 'NotFoundError', message: 'x' } },
    })).restore;
    renderWithApp(<TrackQuestionRoute />, { path: '/hoi-dap/tra-cuu?ma=abc' });
    expect(screen.getByLabelText('Mã tra cứu')).toHaveAccessibleDescription(
      /Dạng HD-XXXXX-XXXXX.*Mã “abc” không đúng dạng/,
    );
    restore();
    restore = stubCms(() => ({
      status: 404,
      body: { data: null, error: { status: 404, name: 'NotFoundError', message: 'x' } },
    })).restore;
    renderWithApp(<TrackQuestionRoute />, { path: '/hoi-dap/tra-cuu?ma=HD-22222-33333' });
    expect(await screen.findByText(/Không có câu hỏi nào với mã HD-22222-33333/)).toBeInTheDocument();
  });
});

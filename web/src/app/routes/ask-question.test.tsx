import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { privacyNotice, type QuestionFormOutcome } from '@thads/content';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '../../testing/render';
import { homedAt } from '../../testing/fixtures';
import AskQuestionRoute from './ask-question';
import { AskQuestionForm } from '../../features/questions/components/ask-question-form';

type Sent = { url: URL; method: string; body: unknown };
let restore = () => {};
// No pause between keystrokes: the fields take whole sentences.
const user = userEvent.setup({ delay: null });
afterEach(() => restore());

/** The CMS at unit level: the notice, and the form's route answering `answer`; what was sent is recorded. */
function stubForm(answer: { status: number; body: unknown; headers?: Record<string, string> }) {
  const original = globalThis.fetch;
  const sent: Sent[] = [];
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://site.test');
    sent.push({ url, method: init?.method ?? 'GET', body: init?.body ? JSON.parse(String(init.body)) : undefined });
    if (url.pathname === '/api/questions/privacy-notice')
      return Response.json({ data: { version: '2026-01', months: 18, text: privacyNotice(18) }, meta: {} });
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: answer.headers });
  }) as typeof fetch;
  restore = () => (globalThis.fetch = original);
  return sent;
}

const received = { status: 201, body: { data: { trackingCode: 'HD-ABCDE-FGHJK', status: 'received' }, meta: {} } };

describe('the question form', () => {
  it('shows the installation’s notice beside the consent box, and sends the fields with the honeypot by fetch', async () => {
    const sent = stubForm(received);
    renderWithApp(<AskQuestionRoute />, { path: '/hoi-dap/gui-cau-hoi' });
    const consent = screen.getByRole('checkbox', { name: /Tôi đồng ý/ });
    expect(await screen.findByText(privacyNotice(18))).toBeInTheDocument();
    expect(consent.getAttribute('aria-describedby')).toBe('hoi-dap-thong-bao');
    // Phú Thọ's page (the fixtures' home): the agency goes along, not chosen.
    expect(screen.queryByLabelText(/Cơ quan nhận câu hỏi/)).toBeNull();
    await user.type(screen.getByLabelText('Thư điện tử'), 'a@example.vn');
    await user.selectOptions(screen.getByLabelText(/^Chủ đề/), 'an-phi');
    await user.type(screen.getByLabelText(/^Tiêu đề/), 'Hỏi về án phí');
    await user.type(screen.getByLabelText(/^Nội dung câu hỏi/), 'Án phí được tính như thế nào ạ?');
    await user.click(consent);
    await user.click(screen.getByRole('button', { name: 'Gửi câu hỏi' }));
    expect(await screen.findByRole('heading', { name: 'Đã nhận câu hỏi của bạn' })).toHaveFocus();
    expect(screen.getByText('HD-ABCDE-FGHJK')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem tình trạng câu hỏi' })).toHaveAttribute(
      'href',
      '/hoi-dap/tra-cuu?ma=HD-ABCDE-FGHJK',
    );
    const post = sent.find((each) => each.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/questions/ask');
    expect(post.body).toEqual({
      agency: 'phutho',
      name: '',
      email: 'a@example.vn',
      phone: '',
      topic: 'an-phi',
      title: 'Hỏi về án phí',
      question: 'Án phí được tính như thế nào ạ?',
      consent: 'on',
      website: '',
    });
  });

  it('lets the citizen choose the agency on the national site (merged agencies not offered)', () => {
    stubForm(received);
    renderWithApp(<AskQuestionRoute />, { path: '/hoi-dap/gui-cau-hoi', directory: homedAt('trunguong') });
    const choice = screen.getByLabelText(/Cơ quan nhận câu hỏi/);
    const offered = within(choice)
      .getAllByRole('option')
      .map((option) => option.getAttribute('value'));
    expect(offered).toEqual(['', 'trunguong', 'hanoi', 'phutho']);
  });

  it('shows the errors the site server was sent back, tied to their fields, with the input kept', () => {
    stubForm(received);
    const outcome: QuestionFormOutcome = {
      kind: 'invalid',
      values: {
        agency: 'phutho',
        name: 'Lê Thị B',
        title: 'Hỏi <b>về</b> án phí',
        question: 'Nội dung',
        topic: 'an-phi',
      },
      errors: [
        {
          field: 'email',
          message: 'Hãy cho ít nhất một cách liên hệ (an email address or a phone number is required)',
        },
        { field: 'consent', message: 'Hãy đồng ý cho cơ quan xử lý (consent is required)' },
      ],
    };
    renderWithApp(<AskQuestionForm initial={outcome} />, { path: '/hoi-dap/gui-cau-hoi' });
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Hãy cho ít nhất một cách liên hệ' })).toHaveAttribute(
      'href',
      '#hoi-dap-email',
    );
    expect(alert.textContent).not.toContain('consent is required');
    const email = screen.getByLabelText('Thư điện tử');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Hãy cho ít nhất một cách liên hệ');
    const consent = screen.getByRole('checkbox', { name: /Tôi đồng ý/ });
    expect(consent).toHaveAttribute('aria-invalid', 'true');
    expect(consent).not.toBeChecked();
    expect(consent.getAttribute('aria-describedby')).toBe('hoi-dap-thong-bao hoi-dap-consent-loi');
    expect(screen.getByLabelText('Họ và tên')).toHaveValue('Lê Thị B');
    // The citizen's text goes back into the field as typed, never as markup.
    expect(screen.getByLabelText(/^Tiêu đề/)).toHaveValue('Hỏi <b>về</b> án phí');
    expect(screen.getByLabelText(/^Chủ đề/)).toHaveValue('an-phi');
    expect(screen.getByLabelText(/^Tiêu đề/)).not.toHaveAttribute('aria-invalid');
  });

  it('says a flood’s 429 in Vietnamese, with the minutes to wait, and keeps the input', async () => {
    stubForm({
      status: 429,
      body: {
        data: null,
        error: { status: 429, name: 'TooManyRequestsError', message: 'Quá nhiều yêu cầu (too many)' },
      },
      headers: { 'Retry-After': '330' },
    });
    renderWithApp(<AskQuestionRoute />, { path: '/hoi-dap/gui-cau-hoi' });
    await user.type(screen.getByLabelText(/^Tiêu đề/), 'Hỏi lần nữa');
    await user.click(screen.getByRole('button', { name: 'Gửi câu hỏi' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveFocus();
    expect(alert.textContent).toContain('Vui lòng gửi lại sau khoảng 6 phút');
    expect(screen.getByLabelText(/^Tiêu đề/)).toHaveValue('Hỏi lần nữa');
  });
});

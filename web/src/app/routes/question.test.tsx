import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp, stubCms } from '../../testing/render';
import QuestionRoute from './question';

let restore = () => {};
afterEach(() => restore());

const hostile = {
  id: 1,
  documentId: 'q1',
  title: '<script>alert(1)</script> Hỏi về án phí',
  slug: 'hoi-ve-an-phi',
  agency: 'phutho',
  topic: 'an-phi',
  question: 'Dòng một <b>đậm</b>\ndòng hai https://evil.example/x\n\n<a href="javascript:alert(1)">đoạn hai</a>',
  answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'Cơ quan trả lời.' }] }],
  askedAt: '2026-03-01T02:00:00.000Z',
  answeredAt: '2026-03-05T02:00:00.000Z',
  isSample: false,
};

describe('a published question', () => {
  it('shows the citizen’s text as plain text, paragraphs and line breaks kept, and the answer', async () => {
    const cms = stubCms((url) => ({
      body: { data: url.searchParams.get('filters[slug][$eq]') === hostile.slug ? [hostile] : [], meta: {} },
    }));
    restore = cms.restore;
    const { container } = renderWithApp(<QuestionRoute slug="hoi-ve-an-phi" />, { path: '/hoi-dap/hoi-ve-an-phi' });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(hostile.title);
    const asked = container.querySelector('.question__part')!;
    const paragraphs = [...asked.querySelectorAll('p')];
    expect(paragraphs.map((paragraph) => paragraph.textContent)).toEqual([
      'Dòng một <b>đậm</b>dòng hai https://evil.example/x',
      '<a href="javascript:alert(1)">đoạn hai</a>',
    ]);
    expect(paragraphs[0]!.querySelectorAll('br')).toHaveLength(1);
    expect(asked.querySelectorAll('a, b, script')).toHaveLength(0);
    expect(screen.getByText('Cơ quan trả lời.')).toBeInTheDocument();
    expect(screen.getByText('05/03/2026')).toBeInTheDocument();
    const asking = cms.calls.find((url) => url.pathname === '/api/questions')!;
    expect(asking.searchParams.get('filters[agency][$eq]')).toBe('phutho');
  });

  it('is a not-found page when the agency has no such question', async () => {
    restore = stubCms(() => ({ body: { data: [], meta: {} } })).restore;
    renderWithApp(<QuestionRoute slug="khong-co" />, { path: '/hoi-dap/khong-co' });
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy trang' })).toBeInTheDocument();
  });
});

import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { safeUrl } from '../lib/safe-url';
import { BlocksRenderer } from './blocks-renderer';

const text = (value: string) => ({ type: 'text', text: value });

describe('BlocksRenderer', () => {
  it('renders headings (under the page h1), paragraphs, lists, quotes and images with alt text', () => {
    render(
      <BlocksRenderer
        blocks={[
          { type: 'heading', level: 1, children: [text('Thi đua bứt phá hiệu quả')] },
          { type: 'paragraph', children: [text('Đoạn '), { type: 'text', text: 'đậm', bold: true }] },
          {
            type: 'list',
            format: 'ordered',
            children: [
              { type: 'list-item', children: [text('Một là')] },
              { type: 'list-item', children: [text('Hai là')] },
            ],
          },
          { type: 'quote', children: [text('Càng khó khăn càng phải thi đua')] },
          {
            type: 'image',
            image: { url: '/uploads/hoi-nghi.jpg', alternativeText: 'Quang cảnh hội nghị' },
            children: [],
          },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Thi đua bứt phá hiệu quả' })).toBeInTheDocument();
    expect(screen.getByText('đậm').tagName).toBe('STRONG');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Một là', 'Hai là']);
    expect(screen.getByText('Càng khó khăn càng phải thi đua').tagName).toBe('BLOCKQUOTE');
    expect(screen.getByRole('img', { name: 'Quang cảnh hội nghị' })).toHaveAttribute('src', '/uploads/hoi-nghi.jpg');
  });

  it('keeps markup as text and drops unsafe links, images and unknown nodes', () => {
    const { container } = render(
      <BlocksRenderer
        blocks={[
          { type: 'paragraph', children: [text('<script>alert(1)</script><img src=x onerror=alert(1)>')] },
          {
            type: 'paragraph',
            children: [{ type: 'link', url: 'java\tscript:alert(1)', children: [text('bấm vào đây')] }],
          },
          {
            type: 'paragraph',
            children: [{ type: 'link', url: 'https://moj.gov.vn', children: [text('Bộ Tư pháp')] }],
          },
          { type: 'image', image: { url: 'data:image/svg+xml,<svg onload=alert(1)>' }, children: [] },
          { type: 'html', value: '<b>x</b>' },
          null,
        ]}
      />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/<script>alert\(1\)<\/script>/)).toBeInTheDocument();
    expect(screen.getByText('bấm vào đây').closest('a')).toBeNull();
    expect(screen.getByRole('link', { name: 'Bộ Tư pháp' })).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('renders nothing for content that is not a list of blocks', () => {
    const { container } = render(<BlocksRenderer blocks={'<p>chuỗi</p>'} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('safeUrl', () => {
  it('accepts web, mail, phone and same-site URLs only', () => {
    expect(safeUrl('https://thads.moj.gov.vn')).toBe('https://thads.moj.gov.vn');
    expect(safeUrl('/tin-tuc/a')).toBe('/tin-tuc/a');
    expect(safeUrl('mailto:lien-he@phutho.gov.vn')).not.toBeNull();
    expect(safeUrl('//evil.example')).toBeNull();
    expect(safeUrl(' JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,x')).toBeNull();
    expect(safeUrl(42)).toBeNull();
  });
});

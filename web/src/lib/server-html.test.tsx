import { act } from '@testing-library/react';
import { useState } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServerHtml } from './server-html';

const rendered = vi.fn();

function Card({ title }: { title: string }) {
  rendered(title);
  return <h3>{title}</h3>;
}

function Page({ title }: { title: string }) {
  const [clicks, setClicks] = useState(0);
  return (
    <main>
      <button type="button" onClick={() => setClicks(clicks + 1)}>
        {clicks} lần
      </button>
      <ServerHtml of={title}>
        <Card title={title} />
      </ServerHtml>
    </main>
  );
}

/** The page's HTML as the server renders it (no window there), in the document. */
function serverRendered(title: string) {
  vi.stubGlobal('window', undefined);
  const html = renderToString(<Page title={title} />);
  vi.unstubAllGlobals();
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  return container;
}

afterEach(() => {
  document.body.innerHTML = '';
  rendered.mockClear();
});

describe('ServerHtml', () => {
  it('is rendered on the server, and left as sent while the rest of the page is hydrated', async () => {
    const container = serverRendered('Tin từ máy chủ');
    const card = container.querySelector('h3');
    expect(card?.textContent).toBe('Tin từ máy chủ');
    rendered.mockClear();

    await act(async () => void hydrateRoot(container, <Page title="Tin từ máy chủ" />));
    // The hydrated part answers the reader; what ServerHtml holds was not rendered again, and is the same element.
    await act(async () => container.querySelector('button')?.click());
    expect(container.querySelector('button')?.textContent).toBe('1 lần');
    expect(rendered).not.toHaveBeenCalled();
    expect(container.querySelector('h3')).toBe(card);
  });

  it('renders its content again, in the browser, once what it shows changes', async () => {
    const container = serverRendered('Tin cũ');
    rendered.mockClear();
    const root = await act(async () => hydrateRoot(container, <Page title="Tin cũ" />));
    await act(async () => root.render(<Page title="Tin mới" />));
    expect(rendered).toHaveBeenCalledWith('Tin mới');
    expect(container.querySelector('h3')?.textContent).toBe('Tin mới');
  });

  it('renders its content in any render that is not a hydration', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    await act(async () => createRoot(container).render(<Page title="Tin mới" />));
    expect(rendered).toHaveBeenCalledWith('Tin mới');
    expect(container.querySelector('h3')?.textContent).toBe('Tin mới');
  });
});

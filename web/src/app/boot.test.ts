import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const navigate = vi.fn();
const startApp = vi.fn(async () => ({ navigate }));
vi.mock('./start-app', () => ({ startApp }));

let stop: () => void = () => undefined;

/** A server-rendered page (with its data elements, unless `bare`), then the boot as main.tsx runs it. */
async function bootOn(html: string, { bare = false } = {}) {
  stop();
  document.head.innerHTML = '';
  document.body.innerHTML = `<div id="root">${html}</div>${
    bare
      ? ''
      : '<script type="application/json" id="thads-query-state">{"queries":[]}</script>' +
        '<script type="application/json" id="thads-app-files">["/assets/start-app-1.js","/assets/article-2.js"]</script>'
  }`;
  vi.resetModules();
  stop = (await import('./boot')).boot();
}

const click = (element: Element, init: MouseEventInit = {}) => {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
  element.dispatchEvent(event);
  return event;
};

beforeEach(() => {
  navigate.mockClear();
  startApp.mockClear();
});
afterEach(() => {
  stop();
  window.localStorage.clear();
});

describe('boot', () => {
  it('leaves a server-rendered page to the reader: no app until something needs it', async () => {
    await bootOn('<main><h1>Tin</h1></main>');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(startApp).not.toHaveBeenCalled();
    expect(document.documentElement.hasAttribute('data-scripted')).toBe(true);
  });

  it("fetches the app's files once the page has loaded, without running them", async () => {
    await bootOn('<main></main>');
    const prefetched = () =>
      [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].map((link) =>
        link.getAttribute('href'),
      );
    // jsdom's document has loaded already: the files are asked for at once.
    expect(prefetched()).toEqual(['/assets/start-app-1.js', '/assets/article-2.js']);
    expect(startApp).not.toHaveBeenCalled();
  });

  it('starts the app at once on a page without server render, and for a signed-in staff member', async () => {
    await bootOn('', { bare: true });
    await vi.waitFor(() => expect(startApp).toHaveBeenCalledTimes(1));
    window.localStorage.setItem(
      'thads-session',
      JSON.stringify({ jwt: 'j', user: { id: 1, username: 'a', email: 'e' } }),
    );
    await bootOn('<main></main>');
    await vi.waitFor(() => expect(startApp).toHaveBeenCalledTimes(2));
  });

  it('shows a page of the site client-side when one of its links is clicked', async () => {
    await bootOn('<main><a href="/tin-tuc/bai-viet?x=1">Bài</a></main>');
    const event = click(document.querySelector('a')!);
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/tin-tuc/bai-viet?x=1'));
    expect(startApp).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['another site', '<a href="https://example.com/">x</a>', {}],
    ['a file', '<a href="/uploads/van-ban.pdf">x</a>', {}],
    ['a download', '<a href="/tin-tuc/a" download>x</a>', {}],
    ['a new tab', '<a href="/tin-tuc/a" target="_blank">x</a>', {}],
    ['a click with Ctrl', '<a href="/tin-tuc/a">x</a>', { ctrlKey: true }],
    ['the skip link', '<a href="#noi-dung">x</a>', {}],
  ])('leaves %s to the browser', async (_name, html, init) => {
    await bootOn(`<main>${html}</main>`);
    const event = click(document.querySelector('a')!, init);
    expect(event.defaultPrevented).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(startApp).not.toHaveBeenCalled();
  });

  it('offers the controls only a script answers, and replays the first click once the app is there', async () => {
    await bootOn('<main><button type="button" data-script-only disabled>In</button></main>');
    const button = document.querySelector('button')!;
    expect(button.disabled).toBe(false);
    const clicks = vi.fn();
    button.addEventListener('click', clicks);
    click(button);
    await vi.waitFor(() => expect(clicks).toHaveBeenCalledTimes(2));
    expect(startApp).toHaveBeenCalledTimes(1);
  });

  it('holds what only the app answers until it is in charge, even once it has been asked to start', async () => {
    let startedNow: (value: { navigate: typeof navigate }) => void = () => undefined;
    startApp.mockImplementationOnce(() => new Promise((resolve) => (startedNow = resolve)));
    await bootOn('<main><form><input name="q" /><button data-script-only disabled>Gửi</button></form></main>');
    document.querySelector('input')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(startApp).toHaveBeenCalledTimes(1));
    const form = document.querySelector('form')!;
    const submitted = vi.fn((event: Event) => event.preventDefault());
    form.addEventListener('submit', submitted);
    expect(click(document.querySelector('button')!).defaultPrevented).toBe(true);
    expect(submitted).not.toHaveBeenCalled();
    startedNow({ navigate });
    await vi.waitFor(() => expect(submitted).toHaveBeenCalledTimes(1));
  });

  it("holds a form sent before the app is there, and sends it again through the app's handler", async () => {
    await bootOn('<main><form><input name="q" /><button>Tìm</button></form></main>');
    const form = document.querySelector('form')!;
    const submitted = vi.fn((event: Event) => event.preventDefault());
    form.addEventListener('submit', submitted);
    const event = new SubmitEvent('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(submitted).toHaveBeenCalledTimes(2));
    expect(startApp).toHaveBeenCalledTimes(1);
  });

  it("starts the app when a field of the page's own forms is focused, not the header's search box", async () => {
    await bootOn('<header><input name="q" /></header><main><select name="ngay"></select></main>');
    document.querySelector('header input')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(startApp).not.toHaveBeenCalled();
    document.querySelector('main select')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(startApp).toHaveBeenCalledTimes(1));
  });
});

describe('the preview path the boot knows without loading @thads/content', () => {
  it("is the content package's PREVIEW_PATH", async () => {
    const { PREVIEW_PATH } = await import('@thads/content');
    const { isPreviewPath } = await import('./query-state');
    expect(isPreviewPath(`${PREVIEW_PATH}/articles/abc`)).toBe(true);
    expect(isPreviewPath('/tin-tuc/xem-truoc')).toBe(false);
  });
});

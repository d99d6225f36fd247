import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi, createDraft, createEditor } from './admin-api';
import { articleEditUrl, signInToAdmin } from './admin-session';
import { CMS_URL, SITE_URL, useBrowser } from './browser';

// The admin on one host, the site on another (here localhost and 127.0.0.1: two sites to a browser), in a Chromium
// that blocks third-party storage as many readers' browsers do: the site in the admin's frame is denied
// localStorage ("Access is denied"), which used to leave the preview white.
const ADMIN_URL = CMS_URL.replace('127.0.0.1', 'localhost');
const TITLE = `Dự thảo xem trước qua hai tên miền ${Date.now()}`;
let email = '';
let documentId = '';
let profile = '';
let context: BrowserContext | undefined;
const browser = useBrowser();

beforeAll(async () => {
  email = await createEditor(`bien-tap-hai-mien-${Date.now()}@thads.example.gov.vn`);
  documentId = await createDraft({ title: TITLE, lead: 'Bản nháp xem từ trang quản trị ở một tên miền khác.' });
  profile = mkdtempSync(path.join(os.tmpdir(), 'thads-chromium-'));
  mkdirSync(path.join(profile, 'Default'));
  // Chromium's "Block third-party cookies" (site data too): storage in a cross-site frame throws.
  writeFileSync(
    path.join(profile, 'Default', 'Preferences'),
    JSON.stringify({ profile: { block_third_party_cookies: true, cookie_controls_mode: 1 } }),
  );
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
});
afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('the preview with the admin and the site on different hosts', () => {
  it('shows the draft in the admin’s frame, where the site is denied storage', async () => {
    const page = await context!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signInToAdmin(page, email, ADMIN_URL);
    await page.goto(articleEditUrl(documentId, ADMIN_URL));
    await page.getByRole('link', { name: 'Mở bản xem trước' }).click();
    await page.waitForURL(/\/preview\b/);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: 20_000 });
    expect(await frame.getByText('Bản xem trước — chưa xuất bản').count()).toBe(1);
    // The frame is cross-site and its storage denied, as the issue saw it.
    const site = page.frames().find((candidate) => candidate.url().startsWith(`${SITE_URL}/xem-truoc/`));
    expect(site).toBeDefined();
    expect(
      await site!.evaluate(() => {
        try {
          window.localStorage.getItem('x');
          return 'allowed';
        } catch {
          return 'denied';
        }
      }),
    ).toBe('denied');
    // The page's script ran without dying on it: the text size buttons work once hydrated.
    await frame.getByRole('button', { name: /tăng cỡ chữ/ }).click();
    expect(errors).toEqual([]);
  });

  it('sends the draft as HTML that reads without any script', async () => {
    const { data } = await adminApi<{ data: { url: string } }>(
      'GET',
      `/content-manager/preview/url/api::article.article?documentId=${documentId}&status=draft`,
    );
    const noScript = await browser().newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    const response = await page.goto(data.url);
    expect(response?.headers()['cache-control']).toBe('private, no-store');
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.getByText('Bản xem trước — chưa xuất bản').count()).toBe(1);
    await noScript.close();
  });
});

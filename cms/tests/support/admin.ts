import { expect } from 'vitest';
import type { TestCms } from './strapi';

const PASSWORD = 'BienTap-An-Toan-2026';

/** An admin user with the role `code` (e.g. `strapi-author`), signed in: their admin API token. */
export async function adminUser(cms: TestCms, code: string, email: string): Promise<string> {
  const role = (await cms.strapi.db.query('admin::role').findOne({ where: { code } })) as { id: number };
  await cms.strapi.service('admin::user').create({
    firstname: email.split('@')[0],
    lastname: 'Kiểm thử',
    email,
    password: PASSWORD,
    isActive: true,
    roles: [role.id],
  });
  const response = await fetch(`${cms.baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { token: string } }).data.token;
}

/** A request to the admin API with `token`. */
export const adminFetch = (cms: TestCms, token: string, method: string, path: string, body?: unknown) =>
  fetch(`${cms.baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

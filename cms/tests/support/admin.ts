import type { TestCms } from './strapi';

export const ADMIN_PASSWORD = 'Mat-Khau-Manh-Oi-9876';

/** Creates an admin user with the role of that code (`strapi-author`, `strapi-editor`…) and signs them in. */
export async function signedInAdmin(cms: TestCms, code: string, email: string): Promise<string> {
  const role = (await cms.strapi.db.query('admin::role').findOne({ where: { code } })) as { id: number };
  await cms.strapi.service('admin::user').create({
    firstname: email.split('@')[0],
    lastname: 'Kiểm thử',
    email,
    password: ADMIN_PASSWORD,
    isActive: true,
    roles: [role.id],
  });
  const response = await fetch(`${cms.baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: ADMIN_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`admin sign-in answered ${response.status}`);
  return ((await response.json()) as { data: { token: string } }).data.token;
}

/** A request to the admin API as the user of that token. */
export const adminRequest = (cms: TestCms, token: string, method: string, path: string, body?: unknown) =>
  fetch(`${cms.baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

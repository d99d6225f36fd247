import type { TestCms } from './strapi';

export const ADMIN_PASSWORD = 'Mat-Khau-Manh-Oi-9876';

/**
 * Creates an admin user with the role of that code (`strapi-author`, `strapi-editor`…) and signs them in. The account
 * belongs to the home agency (as one made outside a request does), or to `agency` (with `grants`) when given.
 */
export async function signedInAdmin(
  cms: TestCms,
  code: string,
  email: string,
  agency?: { agency: string; grants?: string[] },
): Promise<string> {
  const role = (await cms.strapi.db.query('admin::role').findOne({ where: { code } })) as { id: number };
  const user = (await cms.strapi.service('admin::user').create({
    firstname: email.split('@')[0],
    lastname: 'Kiểm thử',
    email,
    password: ADMIN_PASSWORD,
    isActive: true,
    roles: [role.id],
  })) as { id: number };
  if (agency) await assignAgency(cms, user.id, agency.agency, agency.grants);
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

/** Makes an admin account belong to an agency (and, for a central account, act for `grants` too). */
export async function assignAgency(cms: TestCms, adminUserId: number, agency: string, grants: string[] = []) {
  const { assignAgency: assign } = cms.appModule<typeof import('../../src/agencies/admin-accounts')>(
    'src/agencies/admin-accounts.js',
  );
  await assign(cms.strapi, adminUserId, agency, grants);
}

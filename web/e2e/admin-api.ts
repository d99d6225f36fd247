import { inject } from 'vitest';
import { CMS_URL } from './browser';

/** A call to the admin API as the stack's administrator; throws with the CMS's message on failure. */
export async function adminApi<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${CMS_URL}${path}`, {
    method,
    // Signed in once for the run by e2e/global-setup.ts.
    headers: { Authorization: `Bearer ${inject('adminToken')}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Creates and publishes an article through the content manager, as an editor would. */
export async function publishArticle(data: Record<string, unknown>): Promise<{ documentId: string; slug: string }> {
  const documentId = await createDraft(data);
  const published = await adminApi<{ data: { documentId: string; slug: string } }>(
    'POST',
    `/content-manager/collection-types/api::article.article/${documentId}/actions/publish`,
    {},
  );
  return published.data;
}

export const EDITOR_PASSWORD = 'Mat-Khau-Manh-Oi-9876!';

/**
 * An Editor of the admin (`strapi-editor`, or another role's code), invited by the administrator and registered
 * through the invitation as a new editor does it. Returns their email; the password is EDITOR_PASSWORD.
 */
export async function createEditor(email: string, roleCode = 'strapi-editor'): Promise<string> {
  const roles = await adminApi<{ data: Array<{ id: number; code: string }> }>('GET', '/admin/roles');
  const role = roles.data.find((candidate) => candidate.code === roleCode);
  if (!role) throw new Error(`No ${roleCode} role in the admin`);
  const invited = await adminApi<{ data: { registrationToken: string } }>('POST', '/admin/users', {
    firstname: 'Biên',
    lastname: 'Tập',
    email,
    roles: [role.id],
  });
  const response = await fetch(`${CMS_URL}/admin/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      registrationToken: invited.data.registrationToken,
      userInfo: { firstname: 'Biên', lastname: 'Tập', password: EDITOR_PASSWORD },
    }),
  });
  if (!response.ok) throw new Error(`Cannot register the editor: ${response.status} ${await response.text()}`);
  return email;
}

/** Creates a draft article through the content manager and returns its documentId. */
export async function createDraft(data: Record<string, unknown>): Promise<string> {
  const created = await adminApi<{ data: { documentId: string } }>(
    'POST',
    '/content-manager/collection-types/api::article.article',
    data,
  );
  return created.data.documentId;
}

import type { TestProject } from 'vitest/node';

// The browser-test stack starts on an empty database: the first administrator is registered the way a new
// installation's owner does it, once for the whole run (Strapi allows an address 5 sign-ins per email in 5 minutes).
const ADMIN = {
  firstname: 'Quản',
  lastname: 'Trị',
  email: 'quan-tri@thads.example.gov.vn',
  password: 'KiemThu-2026-an-toan!',
};

declare module 'vitest' {
  export interface ProvidedContext {
    adminToken: string;
  }
}

async function adminToken(cmsUrl: string): Promise<string> {
  const register = await fetch(`${cmsUrl}/admin/register-admin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (register.ok) return ((await register.json()) as { data: { token: string } }).data.token;
  const login = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
  });
  if (!login.ok) throw new Error(`Cannot sign in to the admin API: ${login.status} ${await login.text()}`);
  return ((await login.json()) as { data: { token: string } }).data.token;
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('adminToken', await adminToken(process.env.CMS_URL ?? ''));
}

import type { Core } from '@strapi/strapi';

/** Who did it: the signed-in admin user, kept by id and by name (the name outlives the account). */
export type Actor = { userId: number | null; userName: string };

type AdminUser = {
  id?: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string;
};

/** Work done outside any admin request (seeding, scheduled publishing) is the system's. */
export const SYSTEM_NAME = 'Hệ thống (system)';

export function nameOf(user: AdminUser | null | undefined): string {
  if (!user) return SYSTEM_NAME;
  const full = [user.firstname, user.lastname].filter(Boolean).join(' ').trim();
  return full || user.username || user.email || `#${user.id}`;
}

/** The admin user of the request being served, if it is an admin request. */
export function currentAdmin(strapi: Core.Strapi): AdminUser | null {
  const ctx = strapi.requestContext.get() as { state?: { user?: AdminUser; auth?: { strategy?: { name?: string } } } };
  const user = ctx?.state?.user;
  // Only admin sessions name an actor: a users-permissions (site) user is not an editor.
  return user && ctx.state?.auth?.strategy?.name === 'admin' ? user : null;
}

export function currentActor(strapi: Core.Strapi): Actor {
  const user = currentAdmin(strapi);
  return { userId: user?.id ?? null, userName: nameOf(user) };
}

/** An actor named by id only (an event from other code): the name as the account has it now. */
export async function actorById(strapi: Core.Strapi, userId: number | null | undefined): Promise<Actor> {
  if (userId == null) return currentActor(strapi);
  const user = (await strapi.db.query('admin::user').findOne({ where: { id: userId } })) as AdminUser | null;
  return { userId, userName: user ? nameOf(user) : `#${userId}` };
}

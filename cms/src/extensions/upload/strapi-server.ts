import type { Core } from '@strapi/strapi';
import { mediaLibraryGuard } from '../../agencies/media-library';

type Route = { path: string; config?: { middlewares?: unknown[] } };
type Plugin = { routes: Record<string, { type?: string; routes?: Route[] } | Route[]> };

/** Every Media Library route of the admin goes through the agency guard (`agencies/media-library`). */
export default (plugin: Plugin) => {
  const guard = (ctx: Parameters<ReturnType<typeof mediaLibraryGuard>>[0], next: () => Promise<unknown>) =>
    mediaLibraryGuard((globalThis as unknown as { strapi: Core.Strapi }).strapi)(ctx, next);
  const admin = plugin.routes.admin;
  const routes = Array.isArray(admin) ? admin : (admin?.routes ?? []);
  for (const route of routes)
    route.config = { ...route.config, middlewares: [...(route.config?.middlewares ?? []), guard] };
  return plugin;
};

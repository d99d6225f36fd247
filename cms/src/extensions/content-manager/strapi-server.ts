import type { Core } from '@strapi/strapi';
import { contentManagerAgencyGuard } from '../../agencies/admin-guard';

type Route = { path: string; config?: { middlewares?: unknown[] } };
type Plugin = { routes: Record<string, { routes?: Route[] } | Route[]> };

/**
 * Every content manager route that names a content type (`:model`, or `:contentType` for the preview's URL) goes
 * through the agency guard (`agencies/admin-guard`).
 */
export default (plugin: Plugin) => {
  const guard = (ctx: Parameters<ReturnType<typeof contentManagerAgencyGuard>>[0], next: () => Promise<unknown>) =>
    contentManagerAgencyGuard((globalThis as unknown as { strapi: Core.Strapi }).strapi)(ctx, next);
  for (const group of Object.values(plugin.routes)) {
    const routes = Array.isArray(group) ? group : (group.routes ?? []);
    for (const route of routes) {
      if (!route.path.includes(':model') && !route.path.includes(':contentType')) continue;
      route.config = { ...route.config, middlewares: [...(route.config?.middlewares ?? []), guard] };
    }
  }
  return plugin;
};

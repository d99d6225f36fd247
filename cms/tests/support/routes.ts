import type { Core } from '@strapi/strapi';

type Layer = { path: string; methods: string[] };

/** Every GET route of the content API as Strapi lists it (`strapi.server.listRoutes()`), e.g. `/api/articles/:id`. */
export function contentApiGetRoutes(strapi: Core.Strapi): string[] {
  const layers = strapi.server.listRoutes() as unknown as Layer[];
  return [
    ...new Set(
      layers
        .filter((layer) => layer.methods.includes('GET') && layer.path.startsWith('/api/'))
        .map((layer) => layer.path),
    ),
  ].sort();
}

/**
 * The first path words of Strapi's routes (`api`, `admin`, `content-manager`, …); routes whose first word is a
 * pattern (the public folder's catch-all) are left out.
 */
export function firstPathWords(strapi: Core.Strapi): string[] {
  const layers = strapi.server.listRoutes() as unknown as Layer[];
  const words = layers.map((layer) => layer.path.split('/')[1] ?? '').filter((word) => word && !/[:(*]/.test(word));
  return [...new Set(words)].sort();
}

/** The parameters of a route path: `:name`, and `*` for a bare `(.*)`. */
export const paramsOf = (route: string): string[] =>
  [...route.matchAll(/:(\w+)|\(\.\*\)/g)].map((match) => match[1] ?? '*');

/** The route path with its parameters replaced by values (URI-encoded). */
export function fillPath(route: string, values: Record<string, string>): string {
  return route.replace(/:(\w+)|\(\.\*\)/g, (_, name: string | undefined) => {
    const value = values[name ?? '*'];
    if (value === undefined) throw new Error(`No value for ${name ?? '(.*)'} in ${route}`);
    return encodeURIComponent(value);
  });
}

/**
 * The GET routes the public may call: each asked anonymously (parameters filled with a dummy value), kept unless
 * refused with 401 or 403. A dummy id answers 404 on a public route, still public.
 */
export async function publicGetRoutes(strapi: Core.Strapi, baseUrl: string): Promise<string[]> {
  const routes: string[] = [];
  for (const route of contentApiGetRoutes(strapi)) {
    const dummy = Object.fromEntries(paramsOf(route).map((name) => [name, 'x']));
    const response = await fetch(`${baseUrl}${fillPath(route, dummy)}`, { redirect: 'manual' });
    await response.arrayBuffer();
    if (response.status !== 401 && response.status !== 403) routes.push(route);
  }
  return routes;
}

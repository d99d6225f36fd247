import type { Core } from '@strapi/strapi';
import { firstPathWord, SITE_FIRST_PATH_WORDS } from '@thads/content';
import type { AgencyRegistry } from './registry';

/** A code is a path segment: lower-case ASCII letters, digits and hyphens, starting with a letter. */
export const CODE_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

type Layer = { path: string };

/**
 * Every first path word a request can be routed by: the CMS's own routes as its router lists them (the content API,
 * the admin and its plugins, uploads, health; nginx sends exactly these to the CMS) and the site's path tables. An
 * agency's code is the first word of its pages, so it must be none of these.
 */
export function reservedPathWords(strapi: Core.Strapi): Set<string> {
  const routes = strapi.server.listRoutes() as unknown as Layer[];
  const words = routes.map((layer) => firstPathWord(layer.path)).filter((word) => /^[a-z0-9_.-]+$/.test(word));
  return new Set([...words, ...SITE_FIRST_PATH_WORDS]);
}

/** Why a code cannot be an agency's, or null when it can. */
export function codeProblem(reserved: ReadonlySet<string>, code: unknown): string | null {
  if (typeof code !== 'string' || !CODE_PATTERN.test(code))
    return `Mã cơ quan "${String(code)}" phải gồm chữ thường không dấu, chữ số và dấu gạch ngang, bắt đầu bằng chữ, 2–40 ký tự (agency codes are lower-case ASCII path segments)`;
  if (reserved.has(code))
    return `Mã cơ quan "${code}" trùng với một đường dẫn của cổng thông tin (/${code}/…), hãy chọn mã khác (the code is a path word the site or the CMS already uses)`;
  return null;
}

/**
 * Checked at every start: a code or alias that a newer release made a route word (or one written into the database
 * by hand) would make that agency's pages or the route unreachable. The CMS refuses to start rather than hide either.
 */
export function assertAgencyCodes(strapi: Core.Strapi, registry: AgencyRegistry): void {
  const reserved = reservedPathWords(strapi);
  const problems = registry.list.flatMap((agency) =>
    [agency.code, ...agency.aliases].flatMap((code) => {
      const problem = codeProblem(reserved, code);
      return problem ? [`${agency.name}: ${problem}`] : [];
    }),
  );
  if (problems.length > 0) throw new Error(`Mã cơ quan không dùng được:\n${problems.join('\n')}`);
}

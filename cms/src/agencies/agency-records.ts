import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { codeProblem, reservedPathWords } from './codes';
import { AGENCY, agenciesLoaded, loadAgencies } from './registry';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
type Data = { code?: unknown; aliases?: unknown; names?: unknown; name?: unknown };

const WRITES = new Set(['create', 'update', 'delete', 'clone']);

/** The alias codes a write gives, from the repeatable component's entries. */
const aliasCodes = (aliases: unknown): unknown[] =>
  Array.isArray(aliases) ? aliases.map((alias) => (alias as { code?: unknown } | null)?.code) : [];

/** The name an agency bears today among its dated names: the one whose period has begun and not ended. */
export function currentName(names: unknown, today = new Date().toISOString().slice(0, 10)): string | undefined {
  if (!Array.isArray(names)) return undefined;
  const dated = names as Array<{ name?: unknown; from?: unknown; until?: unknown }>;
  const current = dated.find(
    (entry) =>
      typeof entry.name === 'string' &&
      (typeof entry.from !== 'string' || entry.from <= today) &&
      (typeof entry.until !== 'string' || entry.until >= today),
  );
  return typeof current?.name === 'string' ? current.name : undefined;
}

/**
 * The agency records' own rules: a code (and each alias) is a path segment no route of the site, the CMS or nginx
 * uses; a code never changes once given (it is in every URL and row: a renamed agency gets a new dated name, a new
 * spelling an alias); the name shown is the dated name in force. Every instance reads the agencies again after a
 * change (this one at once, the others on the content-change announcement).
 */
export function agencyRecords(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    if (context.uid !== AGENCY || !WRITES.has(context.action)) return next();
    const params = context.params as { data?: Data; documentId?: string };
    const data = params.data;
    if (data) {
      const reserved = reservedPathWords(strapi);
      const current =
        context.action === 'update' && params.documentId
          ? ((await strapi.db
              .query(AGENCY)
              .findOne({ where: { documentId: params.documentId }, select: ['code'] })) as {
              code: string;
            } | null)
          : null;
      if (current && data.code !== undefined && data.code !== current.code)
        throw new errors.ValidationError(
          `Mã cơ quan "${current.code}" không đổi được: nó nằm trong mọi đường dẫn và mọi tài liệu của cơ quan. Đổi tên thì thêm tên mới theo thời kỳ; cách viết khác thì thêm mã phụ (an agency's code never changes)`,
        );
      const codes = [...(current ? [] : [data.code]), ...aliasCodes(data.aliases)].filter((code) => code !== undefined);
      for (const code of codes) {
        const problem = codeProblem(reserved, code);
        if (problem) throw new errors.ValidationError(problem);
      }
      const named = currentName(data.names);
      if (named) data.name = named;
    }
    const result = await next();
    // Read again at once after an editor's change; while the seed makes them at start, once, when it is done.
    if (agenciesLoaded(strapi)) await loadAgencies(strapi);
    return result;
  };
}

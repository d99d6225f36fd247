import type { Core } from '@strapi/strapi';
import { requestedAgency, UnknownAgency } from '../agencies/request-agency';
import { InvalidParameter } from './query-params';
import { queryShapeProblem } from './query-shape';

/** The relations a type's documents come with when the client names neither `fields` nor `populate`. */
export type DefaultPopulate = Record<string, unknown>;

const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

/** Set on a request whose populate tree is ours, not the client's (see strapi-internals/lean-read). */
export const LEAN_READ = 'thadsLeanRead';

/**
 * Strapi 5 lets any caller with `find` permission ask for `status=draft`. Drafts are the editors' business: only an
 * API token an administrator issued (e.g. for a preview integration) may ask for them.
 */
function refuseDrafts(ctx: Parameters<Core.MiddlewareHandler>[0]): boolean {
  const status = (ctx.query as Record<string, unknown>).status;
  if (status === undefined || status === 'published') return false;
  if ((ctx.state.auth as { strategy?: { name?: string } } | undefined)?.strategy?.name === 'api-token') return false;
  ctx.badRequest(
    'Chỉ nội dung đã xuất bản là công khai; tham số "status" chỉ nhận "published" (drafts are not public)',
  );
  return true;
}

/**
 * A route middleware for the public reads of a content type: refuses drafts, reads the agency the request names
 * (`agency=`: an unknown one is a 404), and when the client sends neither
 * `fields` nor `populate`, gives every field (as stock Strapi does) with the type's documented default relations, the
 * same for lists and single documents. A client that sends either gets exactly what stock Strapi sends for it
 * (`fields` alone: no relations; `populate` alone: every field). With `reads.lean` off the default relations are left
 * out too, so that such an instance answers every query as stock Strapi does (tests and the benchmark compare with it).
 */
export function defaultQuery(populate: DefaultPopulate | null): Core.MiddlewareFactory {
  return (_config, { strapi }) =>
    async (ctx, next) => {
      if (refuseDrafts(ctx)) return;
      const query = ctx.query as Record<string, unknown>;
      // `agency=<code>`: the agency's view (its documents and its merged agencies', related only within what they may
      // be related to), decided here once and read by the read rule (`audience/guard`).
      try {
        const agency = requestedAgency(strapi, query);
        delete query.agency;
        if (agency) ctx.state.thadsAgency = agency.code;
      } catch (error) {
        if (error instanceof UnknownAgency) return ctx.notFound(error.message);
        if (error instanceof InvalidParameter) return ctx.badRequest(error.message);
        throw error;
      }
      const problem = queryShapeProblem(query);
      if (problem) return ctx.badRequest(problem);
      // Strapi 5 document ids are short lowercase letters and digits; anything else names no document.
      if (ctx.params?.id !== undefined && !DOCUMENT_ID.test(String(ctx.params.id)))
        return ctx.notFound('Không tìm thấy (not found)');
      const ours = query.populate === undefined && query.fields === undefined;
      ctx.state[LEAN_READ] = ours;
      if (ours && populate && strapi.config.get<boolean>('reads.lean', true))
        query.populate = structuredClone(populate);
      await next();
    };
}

/** The media fields a public page needs: no provider metadata, no uploader. */
export const IMAGE_FIELDS = [
  'url',
  'alternativeText',
  'caption',
  'width',
  'height',
  'formats',
  'mime',
  'name',
  'size',
] as const;
export const FILE_FIELDS = ['url', 'alternativeText', 'caption', 'name', 'mime', 'size', 'ext'] as const;

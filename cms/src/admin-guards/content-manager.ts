import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { nameOf } from '../history/actor';
import { refused } from '../http/admin-route';

type Ability = { can(action: string, subject?: string): boolean };
type State = { userAbility?: Ability; user?: { id: number } };
type RouteContext = Context & { params: Record<string, string>; state: State };
type Route = { method: string; path: string; handler: string; config?: { middlewares?: unknown[] } };
type PermissionChecker = {
  can: { read: (entity?: unknown) => boolean };
  cannot: { read: (entity?: unknown) => boolean };
};

const ARTICLE = 'api::article.article';
const PUBLISH = 'plugin::content-manager.explorer.publish';
const SCHEDULE_FIELDS = ['publishAt', 'unpublishAt'];

const checkerOf = (strapi: Core.Strapi, ctx: RouteContext, model: string) =>
  strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility: ctx.state.userAbility, model }) as PermissionChecker;

async function draftWithCreator(strapi: Core.Strapi, model: string, documentId: string) {
  return (await strapi.db
    .query(model as UID.ContentType)
    .findOne({ where: { documentId }, populate: ['createdBy'] })) as {
    createdBy?: Parameters<typeof nameOf>[0];
  } | null;
}

/**
 * Why an admin user may not open a document, as a sentence that tells them what to do: the content manager only says
 * "Forbidden", and the edit view adds "try again", which cannot help.
 */
const notYours = (writer: string) =>
  `Bài này do ${writer} viết: Tác giả chỉ mở và sửa được bài của chính mình; Biên tập viên và Quản trị cấp cao mở ` +
  `được mọi bài. Hãy nhờ một Biên tập viên nếu cần (only its writer, Editors and Super Admins may open it)`;

/**
 * Refusals of the content manager that say why, with a 403 (an Author opening or copying another's article by its
 * address; a schedule sent by someone who may not publish), instead of a bare "Forbidden", a 500 (cloning what one
 * may not read), or a schedule dropped without a word (the Author's save answered 200, its `publishAt` gone).
 */
export function guardContentManager(strapi: Core.Strapi): void {
  const readable = async (ctx: RouteContext, next: () => Promise<unknown>) => {
    const { model } = ctx.params;
    const documentId = ctx.params.id ?? ctx.params.sourceId;
    if (model !== ARTICLE || !documentId) return next();
    const document = await draftWithCreator(strapi, model, documentId);
    if (document && checkerOf(strapi, ctx, model).cannot.read(document))
      throw refused(notYours(nameOf(document.createdBy)));
    return next();
  };

  const mayPublishIfScheduling = async (ctx: RouteContext, next: () => Promise<unknown>) => {
    const { model } = ctx.params;
    const body = ((ctx.request as { body?: unknown }).body ?? {}) as Record<string, unknown>;
    const scheduling = SCHEDULE_FIELDS.filter(
      (field) => body[field] !== undefined && body[field] !== null && body[field] !== '',
    );
    if (scheduling.length > 0 && model && !ctx.state.userAbility?.can(PUBLISH, model)) {
      // The admin sends the whole form: a schedule equal to the saved one is not a new act.
      const saved = ctx.params.id
        ? ((await strapi.db
            .query(model as UID.ContentType)
            .findOne({ where: { documentId: ctx.params.id, publishedAt: null } })) as Record<string, unknown> | null)
        : null;
      const same = (field: string) =>
        saved?.[field] && new Date(saved[field] as string).getTime() === new Date(body[field] as string).getTime();
      if (!scheduling.every(same))
        throw refused(
          'Tác giả không hẹn giờ xuất bản hay gỡ bài được: hãy bấm "Gửi duyệt", Biên tập viên sẽ xuất bản hoặc hẹn giờ ' +
            '(only roles that may publish may schedule)',
        );
    }
    return next();
  };

  /**
   * The list view shows a many-relation as a count ("1 mục"): each row's related entries are named too (`names`), for
   * the list's cell (`admin/list-cells.tsx`), where the reader may read the related type.
   */
  const nameRelations = async (ctx: RouteContext, next: () => Promise<unknown>) => {
    await next();
    const model = ctx.params.model as UID.ContentType;
    const results = (ctx.body as { results?: Array<Record<string, unknown> & { id?: number }> } | undefined)?.results;
    const schema = strapi.contentType(model);
    if (!schema || !Array.isArray(results) || results.length === 0) return;
    const ids = results.flatMap((row) => (typeof row.id === 'number' ? [row.id] : []));
    for (const [name, attribute] of Object.entries(schema.attributes) as Array<[string, Record<string, unknown>]>) {
      if (attribute.type !== 'relation' || !String(attribute.relation).endsWith('ToMany')) continue;
      if (!results.some((row) => row[name] && typeof row[name] === 'object' && 'count' in (row[name] as object)))
        continue;
      const target = attribute.target as UID.ContentType;
      const targetSchema = strapi.contentType(target);
      const label = ['name', 'title'].find((field) => targetSchema?.attributes && field in targetSchema.attributes);
      if (!label || !checkerOf(strapi, ctx, target).can.read()) continue;
      const rows = (await strapi.db.query(model).findMany({
        where: { id: { $in: ids } },
        select: ['id'],
        populate: { [name]: { select: [label] } },
      })) as Array<Record<string, unknown> & { id: number }>;
      const byId = new Map(
        rows.map((row) => [
          row.id,
          ((row[name] as Array<Record<string, unknown>>) ?? []).map((item) => String(item[label])),
        ]),
      );
      for (const row of results)
        if (row[name] && typeof row[name] === 'object' && typeof row.id === 'number')
          row[name] = { ...(row[name] as object), names: [...new Set(byId.get(row.id) ?? [])] };
    }
  };

  const routes = (strapi.plugin('content-manager').routes as unknown as { admin: { routes: Route[] } }).admin.routes;
  const guard = (handlers: string[], middleware: unknown) => {
    for (const route of routes.filter((candidate) => handlers.includes(candidate.handler))) {
      route.config ??= {};
      route.config.middlewares = [...(route.config.middlewares ?? []), middleware];
    }
  };
  guard(['collection-types.findOne', 'collection-types.clone', 'collection-types.autoClone'], readable);
  guard(['collection-types.create', 'collection-types.update'], mayPublishIfScheduling);
  guard(['collection-types.find'], nameRelations);

  // The Community Edition's admin asks for AI features it does not have: answer "none" instead of a 404 per edit view.
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'GET',
        path: '/admin/ai-feature-config',
        handler: (ctx: Context) => {
          ctx.body = { data: { isAiI18nConfigured: false, isAiMediaLibraryConfigured: false } };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      ...[
        '/i18n/ai-localization-jobs/collection-types/:model/:documentId',
        '/i18n/ai-localization-jobs/single-types/:model',
      ].map((path) => ({
        method: 'GET',
        path,
        handler: (ctx: Context) => {
          ctx.body = { data: null };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      })),
    ],
  } as never);
}

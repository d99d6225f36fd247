import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { currentAdmin } from '../history/actor';
import { refused } from '../http/admin-route';
import { adminScopeOf, type AdminScope } from './admin-scope';
import { agencies } from './registry';

/**
 * The Media Library per agency. Strapi's folders are not scoped, and its bulk actions (`/upload/actions/bulk-delete`,
 * `bulk-move`) check only the action: here each agency has a root folder of its own (made at start, named after
 * the agency), an account sees and touches only the folders and files under the root folders of the agencies it
 * works for (every file and folder id a request names is checked), and a file uploaded without a folder goes to the
 * root folder of the account's agency. Super Admins see everything. Files uploaded before agencies existed belong to
 * the agency of the existing content (moved into its folder at start).
 */

const FILE = 'plugin::upload.file';
const FOLDER = 'plugin::upload.folder';
const FOLDERS_KEY = { type: 'core', name: 'thads-agencies', key: 'media-folders' } as const;

type FolderRow = { id: number; name: string; path: string; pathId: number; parent?: { id: number } | null };
type FileRow = { id: number; folderPath: string };

/** Each agency's root folder id, made when missing. */
export async function ensureAgencyFolders(strapi: Core.Strapi): Promise<Map<string, number>> {
  const kept = ((await strapi.store.get(FOLDERS_KEY)) as Record<string, number> | null) ?? {};
  const folders = new Map<string, number>();
  const folderService = strapi.plugin('upload').service('folder') as {
    create: (data: { name: string; parent: number | null }) => Promise<FolderRow>;
  };
  for (const agency of agencies(strapi).list) {
    const id = kept[agency.code];
    const exists = id !== undefined && (await strapi.db.query(FOLDER).count({ where: { id, parent: null } })) > 0;
    if (exists) {
      folders.set(agency.code, id);
      continue;
    }
    // A folder of that name at the root may already be there (made by hand, or by an instance starting alongside).
    const named = (await strapi.db
      .query(FOLDER)
      .findOne({ where: { name: agency.name, parent: null } })) as FolderRow | null;
    const folder = named ?? (await folderService.create({ name: agency.name, parent: null }));
    folders.set(agency.code, folder.id);
  }
  await strapi.store.set({ ...FOLDERS_KEY, value: Object.fromEntries(folders) });
  return folders;
}

/** Strapi's folder of uploads made through the content API (by tokens: scripts, imports): the Super Admins'. */
async function apiUploadsFolder(strapi: Core.Strapi): Promise<number | undefined> {
  const kept = (await strapi.store.get({ type: 'plugin', name: 'upload', key: 'api-folder' })) as {
    id?: number;
  } | null;
  return kept?.id;
}

/**
 * Files and folders at the root that belong to no agency (uploaded in the Media Library before agencies existed) go
 * into the root folder of the agency holding the existing content, with their whole subtree. Strapi's own "API
 * Uploads" folder stays where it is (Super Admins').
 */
export async function adoptRootMedia(strapi: Core.Strapi, folders: Map<string, number>): Promise<void> {
  const target = folders.get(agencies(strapi).existingContent);
  if (target === undefined) return;
  const targetRow = (await strapi.db.query(FOLDER).findOne({ where: { id: target } })) as FolderRow;
  const roots = new Set(folders.values());
  const apiFolder = await apiUploadsFolder(strapi);
  if (apiFolder !== undefined) roots.add(apiFolder);
  const files = (await strapi.db.query(FILE).findMany({ where: { folderPath: '/' }, select: ['id'] })) as FileRow[];
  const stray = (
    (await strapi.db.query(FOLDER).findMany({ where: { parent: null }, select: ['id', 'path'] })) as FolderRow[]
  ).filter((folder) => !roots.has(folder.id));
  if (files.length === 0 && stray.length === 0) return;
  const knex = strapi.db.connection;
  const folderTable = strapi.db.metadata.get(FOLDER).tableName;
  const fileTable = strapi.db.metadata.get(FILE).tableName;
  // Raw statements in the transaction's own connection (SQLite has one; PostgreSQL would wait on its own locks).
  await strapi.db.transaction(async ({ trx }) => {
    for (const { id } of files)
      await strapi.db.query(FILE).update({ where: { id }, data: { folder: target, folderPath: targetRow.path } });
    for (const folder of stray) {
      // The folder, everything under it and their files: paths prefixed with the agency folder's.
      await strapi.db.query(FOLDER).update({ where: { id: folder.id }, data: { parent: target } });
      await trx(folderTable)
        .where('path', folder.path)
        .orWhere('path', 'like', `${folder.path}/%`)
        .update({ path: knex.raw('? || path', [targetRow.path]) });
      await trx(fileTable)
        .where('folder_path', folder.path)
        .orWhere('folder_path', 'like', `${folder.path}/%`)
        .update({ folder_path: knex.raw('? || folder_path', [targetRow.path]) });
    }
  });
  strapi.log.info(
    `[agencies] ${files.length} files and ${stray.length} folders from before agencies moved into the folder of "${agencies(strapi).existingContent}"`,
  );
}

type MediaScope = { all: true } | { all: false; roots: FolderRow[]; folderIds: Set<number>; own: FolderRow | null };

const scopes = new WeakMap<object, Promise<MediaScope>>();

/** The folders an account may see: its agencies' root folders and everything under them. */
async function mediaScopeOf(strapi: Core.Strapi, scope: AdminScope, ctx: object): Promise<MediaScope> {
  const cached = scopes.get(ctx);
  if (cached) return cached;
  const made = (async (): Promise<MediaScope> => {
    if (scope.all) return { all: true };
    const kept = ((await strapi.store.get(FOLDERS_KEY)) as Record<string, number> | null) ?? {};
    const rootIds = scope.agencies.flatMap((code) => (kept[code] === undefined ? [] : [kept[code]]));
    const roots = (await strapi.db.query(FOLDER).findMany({ where: { id: { $in: rootIds } } })) as FolderRow[];
    const under = roots.length
      ? ((await strapi.db.query(FOLDER).findMany({
          where: { $or: roots.map((root) => ({ path: { $startsWith: `${root.path}/` } })) },
          select: ['id'],
        })) as Array<{ id: number }>)
      : [];
    const ownId = scope.own ? kept[scope.own] : undefined;
    return {
      all: false,
      roots,
      folderIds: new Set([...roots.map((root) => root.id), ...under.map((folder) => folder.id)]),
      own: roots.find((root) => root.id === ownId) ?? null,
    };
  })();
  scopes.set(ctx, made);
  return made;
}

const inFolders = (media: MediaScope, folderPath: string | null | undefined) =>
  media.all ||
  (typeof folderPath === 'string' &&
    media.roots.some((root) => folderPath === root.path || folderPath.startsWith(`${root.path}/`)));

const OUTSIDE = 'Tệp hoặc thư mục này thuộc thư viện của cơ quan khác (the file or folder belongs to another agency)';

const ids = (value: unknown): number[] =>
  (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value])
    .map(Number)
    .filter(Number.isSafeInteger);

/** `fileInfo` of an upload: an object, a JSON text, or a list of either (one per file). */
function uploadFolders(body: unknown): number[] {
  const info = (body as { fileInfo?: unknown } | undefined)?.fileInfo;
  const entries = Array.isArray(info) ? info : [info];
  return entries.flatMap((entry) => {
    let parsed: unknown = entry;
    if (typeof entry === 'string')
      try {
        parsed = JSON.parse(entry);
      } catch {
        return [];
      }
    return ids((parsed as { folder?: unknown } | null)?.folder);
  });
}

/** Adds a condition to a list's filters, as the Media Library's own requests shape them (`filters[$and][n]`). */
function narrowList(ctx: Context, condition: Record<string, unknown>): void {
  const query = ctx.request.query as Record<string, unknown>;
  const filters = query.filters && typeof query.filters === 'object' ? query.filters : {};
  ctx.request.query = { ...query, filters: { $and: [filters, condition] } };
}

type Tree = Array<{ id: number; children?: Tree }>;

/**
 * A route middleware on every Media Library route of the admin. Every file and folder id a request names (in its
 * path, query or body: bulk deletes and moves, a move's destination, an upload's folder) must be under the
 * account's agencies' folders, or the request is refused before the upload plugin acts; lists and the folder tree
 * are narrowed to those folders.
 */
export function mediaLibraryGuard(strapi: Core.Strapi) {
  return async (ctx: Context, next: Next) => {
    const user = (ctx.state as { user?: { id?: number; roles?: Array<{ code?: string }> } }).user;
    if (!user) return next();
    const media = await mediaScopeOf(strapi, await adminScopeOf(strapi, user), ctx);
    if (media.all) return next();
    const path = ctx.path.replace(/^\/upload/, '');
    const body = (ctx.request as { body?: Record<string, unknown> }).body ?? {};
    const params = (ctx.params ?? {}) as { id?: string };
    const fileIds: number[] = [];
    const folderIds: number[] = [];
    if (/^\/files\/[^/]+/.test(path)) fileIds.push(...ids(params.id));
    if (/^\/folders\/[^/]+/.test(path)) folderIds.push(...ids(params.id));
    if (path.startsWith('/actions/')) {
      fileIds.push(...ids(body.fileIds));
      folderIds.push(...ids(body.folderIds));
      if (path === '/actions/bulk-update')
        fileIds.push(...ids((body.updates as Array<{ id?: unknown }> | undefined)?.map((update) => update.id)));
      if (path === '/actions/bulk-move') {
        if (body.destinationFolderId === null || body.destinationFolderId === undefined) throw refused(OUTSIDE);
        folderIds.push(...ids(body.destinationFolderId));
      }
    }
    if (ctx.method === 'POST' && (path === '/' || path === '')) {
      fileIds.push(...ids(ctx.query.id));
      folderIds.push(...uploadFolders(body));
    }
    if (ctx.method === 'POST' && path === '/folders') {
      if (body.parent === null || body.parent === undefined) throw refused(OUTSIDE);
      folderIds.push(...ids(body.parent));
    }
    if (ctx.method === 'PUT' && /^\/folders\//.test(path) && body.parent !== undefined) {
      if (body.parent === null) throw refused(OUTSIDE);
      folderIds.push(...ids(body.parent));
    }
    if (folderIds.some((id) => !media.folderIds.has(id))) throw refused(OUTSIDE);
    // An agency's own root folder is not renamed, moved or deleted by its editors.
    if (
      (ctx.method !== 'GET' && /^\/folders\/[^/]+/.test(path)) ||
      path === '/actions/bulk-delete' ||
      path === '/actions/bulk-move'
    )
      if (
        ids(path === '/actions/bulk-delete' || path === '/actions/bulk-move' ? body.folderIds : params.id).some((id) =>
          media.roots.some((root) => root.id === id),
        )
      )
        throw refused("Thư mục gốc của cơ quan không sửa, chuyển hay xoá được (an agency's root folder stays)");
    if (fileIds.length > 0) {
      const files = (await strapi.db
        .query(FILE)
        .findMany({ where: { id: { $in: fileIds } }, select: ['id', 'folderPath'] })) as FileRow[];
      if (files.some((file) => !inFolders(media, file.folderPath))) throw refused(OUTSIDE);
    }
    if (ctx.method === 'GET' && path === '/files') narrowList(ctx, { folder: { id: { $in: [...media.folderIds] } } });
    if (ctx.method === 'GET' && path === '/folders') narrowList(ctx, { id: { $in: [...media.folderIds] } });
    await next();
    if (ctx.method === 'GET' && path === '/folder-structure') {
      const answer = ctx.body as { data?: Tree } | undefined;
      if (answer?.data) ctx.body = { ...answer, data: answer.data.filter((folder) => media.folderIds.has(folder.id)) };
    }
  };
}

/** A file uploaded without a folder by an account of an agency goes into that agency's root folder. */
export function fileIntoAgencyFolder(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [FILE],
    async beforeCreate(event) {
      const data = (event.params as { data?: Record<string, unknown> }).data;
      const user = currentAdmin(strapi) as { id?: number; roles?: Array<{ code?: string }> } | null;
      if (!data || !user || (data.folder !== undefined && data.folder !== null)) return;
      const scope = await adminScopeOf(strapi, user);
      const kept = ((await strapi.store.get(FOLDERS_KEY)) as Record<string, number> | null) ?? {};
      const folderId = scope.own ? kept[scope.own] : undefined;
      if (folderId === undefined) return;
      const folder = (await strapi.db.query(FOLDER).findOne({ where: { id: folderId } })) as FolderRow | null;
      if (!folder) return;
      data.folder = folder.id;
      data.folderPath = folder.path;
    },
  });
}

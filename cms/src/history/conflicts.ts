import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentAdmin } from './actor';
import { canonical } from './diff';
import { scalarFields } from './snapshot';
import { VERSION_UID } from './versions';

type Opened = { updatedAt: number; fields: Record<string, unknown> };

/**
 * What each editor last loaded in the edit view, per document: the stock admin sends no version with a save, so the
 * server remembers what it served. In the database, so an editor warned on one instance is warned on every one;
 * forgotten after a day (an edit view open that long is reloaded anyway).
 */
const TABLE = 'thads_edit_opened';
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 60_000;
let sweptAt = 0;

/** Creates the table (at start, outside any transaction: one that rolled back would take it along). */
export async function prepareEditMemory(strapi: Core.Strapi): Promise<void> {
  await strapi.db.connection.raw(
    `CREATE TABLE IF NOT EXISTS ${TABLE} (user_id integer NOT NULL, uid varchar(255) NOT NULL, ` +
      'document_id varchar(255) NOT NULL, updated_at bigint NOT NULL, fields text NOT NULL, opened_at bigint NOT NULL, ' +
      'PRIMARY KEY (user_id, uid, document_id))',
  );
}

/** The caller's transaction if there is one (SQLite has a single connection, which it holds), else the pool. */
const database = async (strapi: Core.Strapi) =>
  strapi.db.inTransaction() ? (await strapi.db.transaction()).get() : strapi.db.connection;

const keyOf = (userId: number, uid: string, documentId: string) => ({ user_id: userId, uid, document_id: documentId });

async function remember(strapi: Core.Strapi, userId: number, uid: string, documentId: string, seen: Opened) {
  const db = await database(strapi);
  const now = Date.now();
  if (now - sweptAt > SWEEP_EVERY_MS) {
    sweptAt = now;
    await db(TABLE)
      .where('opened_at', '<', now - FORGET_AFTER_MS)
      .delete();
  }
  await db(TABLE)
    .insert({
      ...keyOf(userId, uid, documentId),
      updated_at: seen.updatedAt,
      fields: JSON.stringify(seen.fields),
      opened_at: now,
    })
    .onConflict(['user_id', 'uid', 'document_id'])
    .merge();
}

async function recall(strapi: Core.Strapi, userId: number, uid: string, documentId: string): Promise<Opened | null> {
  const db = await database(strapi);
  const row = (await db(TABLE)
    .where(keyOf(userId, uid, documentId))
    .andWhere('opened_at', '>=', Date.now() - FORGET_AFTER_MS)
    .first('updated_at', 'fields')) as { updated_at: number | string; fields: string } | undefined;
  return row ? { updatedAt: Number(row.updated_at), fields: JSON.parse(row.fields) as Record<string, unknown> } : null;
}

type RequestContext = { method?: string; path?: string };
const request = (strapi: Core.Strapi) => (strapi.requestContext.get() ?? {}) as RequestContext;
const fromEditView = (strapi: Core.Strapi, method: string) => {
  const { method: actual, path } = request(strapi);
  return actual === method && Boolean(path?.startsWith('/content-manager/'));
};

type Row = { documentId?: string; updatedAt?: string | Date } & Record<string, unknown>;

/**
 * After the edit view loads a document (a GET) or its editor saves it (the update of a PUT), that state is what the
 * editor has seen. The reads the content manager makes while serving a PUT are not: they would hide the conflict.
 */
export async function rememberOpened(
  strapi: Core.Strapi,
  uid: string,
  result: unknown,
  method: 'GET' | 'PUT',
): Promise<void> {
  const user = currentAdmin(strapi);
  const row = result as Row | null;
  if (!user?.id || !row?.documentId || !row.updatedAt || !fromEditView(strapi, method)) return;
  await remember(strapi, user.id, uid, row.documentId, {
    updatedAt: new Date(row.updatedAt).getTime(),
    fields: scalarFields(strapi, uid, row),
  });
}

/** An error Strapi answers with its own status (409): none of Strapi's error classes means a conflict. */
export function conflict(message: string, details: Record<string, unknown> = {}): Error {
  const error = Object.assign(new Error(message), { status: 409, statusCode: 409, expose: true, details });
  error.name = 'ConflictError';
  return Object.setPrototypeOf(error, errors.HttpError.prototype) as Error;
}

/**
 * An editor saving from the edit view over a change someone else made after they opened the document is refused
 * (409), with who changed it and which fields, instead of silently overwriting it.
 */
export async function refuseStaleSave(strapi: Core.Strapi, uid: string, documentId: string): Promise<void> {
  const user = currentAdmin(strapi);
  if (!user?.id || !fromEditView(strapi, 'PUT')) return;
  const seen = await recall(strapi, user.id, uid, documentId);
  if (!seen) return;
  const draftAndPublish = Boolean(strapi.contentType(uid as UID.ContentType)?.options?.draftAndPublish);
  const current = (await strapi.db
    .query(uid as UID.ContentType)
    .findOne({ where: { documentId, ...(draftAndPublish ? { publishedAt: null } : {}) } })) as Row | null;
  if (!current?.updatedAt || new Date(current.updatedAt).getTime() <= seen.updatedAt) return;
  const last = (await strapi.db.query(VERSION_UID).findOne({
    where: { targetUid: uid, targetDocumentId: documentId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: ['userId', 'userName', 'createdAt'],
  })) as { userId: number | null; userName: string | null; createdAt: string } | null;
  // One's own newer change (another tab) is not a conflict with someone else.
  if (last?.userId === user.id) return;
  const now = scalarFields(strapi, uid, current);
  const changed = Object.keys(now).filter((field) => canonical(now[field]) !== canonical(seen.fields[field]));
  const who = last?.userName ?? 'một người khác';
  const when = new Date(current.updatedAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
  const fields = changed.length > 0 ? changed.join(', ') : 'liên kết, ảnh hoặc thành phần';
  throw conflict(
    `${who} đã sửa tài liệu này lúc ${when}, sau khi bạn mở nó (trường đã đổi: ${fields}). Hãy tải lại trang, xem ` +
      `"Lịch sử phiên bản" rồi sửa lại, để không ghi đè thay đổi của họ. (${who} changed this document after you ` +
      `opened it: ${fields}. Reload before saving.)`,
    { changedBy: who, changedAt: new Date(current.updatedAt).toISOString(), fields: changed },
  );
}

import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { LRUCache } from 'lru-cache';
import { currentAdmin } from './actor';
import { canonical } from './diff';
import { scalarFields } from './snapshot';
import { VERSION_UID } from './versions';

type Opened = { updatedAt: number; fields: Record<string, unknown> };

/**
 * What each editor last loaded in the edit view, per document: the stock admin sends no version with a save, so the
 * server remembers what it served. Per instance; an editor served by another instance is simply not warned.
 */
const opened = new LRUCache<string, Opened>({ max: 20_000, ttl: 24 * 60 * 60 * 1000 });
const keyOf = (userId: number, uid: string, documentId: string) => `${userId}|${uid}|${documentId}`;

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
export function rememberOpened(strapi: Core.Strapi, uid: string, result: unknown, method: 'GET' | 'PUT'): void {
  const user = currentAdmin(strapi);
  const row = result as Row | null;
  if (!user?.id || !row?.documentId || !row.updatedAt || !fromEditView(strapi, method)) return;
  opened.set(keyOf(user.id, uid, row.documentId), {
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
  const seen = opened.get(keyOf(user.id, uid, documentId));
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

import type { Core } from '@strapi/strapi';
import type { Actor } from './actor';
import { canonical } from './diff';
import type { VersionData } from './snapshot';

export const VERSION_UID = 'api::content-version.content-version';

export type VersionAction = 'create' | 'update' | 'publish' | 'unpublish' | 'delete' | 'restore' | 'discard';

export type VersionRow = {
  id: number;
  targetUid: string;
  targetDocumentId: string;
  action: VersionAction;
  status: 'draft' | 'published';
  data: VersionData | null;
  userId: number | null;
  userName: string | null;
  createdAt: string;
};

/** Drafts kept per document besides every published version (VERSION_HISTORY_DRAFTS, default 50). */
export function draftsKept(): number {
  const value = Number(process.env.VERSION_HISTORY_DRAFTS ?? 50);
  return Number.isInteger(value) && value >= 1 ? value : 50;
}

export async function recordVersion(
  strapi: Core.Strapi,
  version: {
    uid: string;
    documentId: string;
    action: VersionAction;
    status: 'draft' | 'published';
    data: VersionData;
    actor: Actor;
  },
): Promise<boolean> {
  const { uid, documentId, action, status, data, actor } = version;
  if (action === 'update' && (await sameAsLast(strapi, uid, documentId, data))) return false;
  await strapi.db.query(VERSION_UID).create({
    data: { targetUid: uid, targetDocumentId: documentId, action, status, data, ...actor },
  });
  await pruneVersions(strapi, uid, documentId);
  return true;
}

/** A save that changed nothing (the content manager saves before each publish) makes no new version. */
async function sameAsLast(strapi: Core.Strapi, uid: string, documentId: string, data: VersionData): Promise<boolean> {
  const last = (await strapi.db.query(VERSION_UID).findOne({
    where: { targetUid: uid, targetDocumentId: documentId, status: 'draft' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: ['data'],
  })) as { data: VersionData | null } | null;
  return last !== null && canonical(last.data) === canonical(data);
}

/** Every published version stays; of the others, only the newest `draftsKept()` of the document. */
async function pruneVersions(strapi: Core.Strapi, uid: string, documentId: string): Promise<void> {
  const old = (await strapi.db.query(VERSION_UID).findMany({
    where: { targetUid: uid, targetDocumentId: documentId, status: 'draft' },
    select: ['id'],
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    offset: draftsKept(),
    limit: 1000,
  })) as Array<{ id: number }>;
  if (old.length > 0)
    await strapi.db.query(VERSION_UID).deleteMany({ where: { id: { $in: old.map((row) => row.id) } } });
}

export async function listVersions(strapi: Core.Strapi, uid: string, documentId: string): Promise<VersionRow[]> {
  return (await strapi.db.query(VERSION_UID).findMany({
    where: { targetUid: uid, targetDocumentId: documentId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  })) as VersionRow[];
}

export async function findVersion(strapi: Core.Strapi, id: number): Promise<VersionRow | null> {
  return (await strapi.db.query(VERSION_UID).findOne({ where: { id } })) as VersionRow | null;
}

import type { Core, UID } from '@strapi/strapi';

/** The types whose documents keep a version history (the four with pages, the agencies' records and units). */
export const VERSIONED_TYPES = new Set<string>([
  'api::article.article',
  'api::author.author',
  'api::campaign-theme.campaign-theme',
  'api::category.category',
  'api::agency.agency',
  'api::unit.unit',
  // Issue 21 (their default language's text): an agency's introduction and leadership. Citizens' questions are not
  // versioned: a question's first wording may hold personal details the Editor takes out before publishing.
  'api::agency-profile.agency-profile',
  'api::leader.leader',
  // The agencies' records (issue 20). Never the register of debtors (personal data): what is taken off it is kept
  // nowhere else; its audit entries name the entry's id, decision, unit and reason only (`records/record-writes`).
  'api::legal-document.legal-document',
  'api::notice.notice',
]);

/** Bookkeeping Strapi keeps itself, and copies derived from other fields: never part of a version, never restored. */
const META_FIELDS = new Set([
  'searchText',
  'categoryDocument',
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

type Attribute = { type: string; target?: string; multiple?: boolean; repeatable?: boolean };
type Row = Record<string, unknown>;
/** A related document as a version keeps it: enough to show it by name and to link it again. */
export type RelatedRef = { documentId: string; name: string };
export type MediaRef = { id: number; name: string };
export type VersionData = Record<string, unknown>;

function attributesOf(strapi: Core.Strapi, uid: string): Record<string, Attribute> {
  return (strapi.contentType(uid as UID.ContentType)?.attributes ?? {}) as Record<string, Attribute>;
}

/** The field a related document is named by in the history (title for articles, number for legal documents, name for the others). */
function nameField(strapi: Core.Strapi, target: string): string {
  const attributes = attributesOf(strapi, target);
  return ['title', 'number'].find((field) => field in attributes) ?? 'name';
}

/** Relations to content (not to admin users), media and components, populated just enough for a version. */
function populateFor(strapi: Core.Strapi, uid: string): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [field, attribute] of Object.entries(attributesOf(strapi, uid))) {
    if (META_FIELDS.has(field)) continue;
    if (attribute.type === 'relation' && attribute.target?.startsWith('api::'))
      populate[field] = { fields: [nameField(strapi, attribute.target)] };
    else if (attribute.type === 'media') populate[field] = { fields: ['name'] };
    else if (attribute.type === 'component') populate[field] = true;
  }
  return populate;
}

const withoutIds = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutIds)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id'))
      : value;

/** The document's fields as stored in a version: relations by documentId and name, media by id and name. */
export function toVersionData(strapi: Core.Strapi, uid: string, document: Row): VersionData {
  const data: VersionData = {};
  for (const [field, attribute] of Object.entries(attributesOf(strapi, uid))) {
    if (META_FIELDS.has(field) || !(field in document)) continue;
    const value = document[field];
    if (attribute.type === 'relation') {
      if (!attribute.target?.startsWith('api::')) continue;
      const key = nameField(strapi, attribute.target);
      const ref = (row: Row): RelatedRef => ({ documentId: String(row.documentId), name: String(row[key] ?? '') });
      data[field] = Array.isArray(value) ? (value as Row[]).map(ref) : value ? ref(value as Row) : null;
    } else if (attribute.type === 'media') {
      const ref = (row: Row): MediaRef => ({ id: Number(row.id), name: String(row.name ?? '') });
      data[field] = Array.isArray(value) ? (value as Row[]).map(ref) : value ? ref(value as Row) : null;
    } else if (attribute.type === 'component') data[field] = withoutIds(value);
    else data[field] = value;
  }
  return data;
}

const NOT_SCALAR = new Set(['relation', 'media', 'component', 'dynamiczone', 'password']);

/** The fields that are values of the document itself (no relations, media or components), as they compare. */
export function scalarFields(strapi: Core.Strapi, uid: string, row: Row): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(attributesOf(strapi, uid))
      .filter(([field, attribute]) => !META_FIELDS.has(field) && !NOT_SCALAR.has(attribute.type) && field in row)
      .map(([field]) => [field, row[field]]),
  );
}

/** The document as it stands now in one status, ready to be kept as a version (null when there is none). */
export async function readSnapshot(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  status: 'draft' | 'published',
): Promise<VersionData | null> {
  const document = (await strapi.documents(uid as UID.ContentType).findOne({
    documentId,
    status,
    populate: populateFor(strapi, uid),
  } as never)) as Row | null;
  return document ? toVersionData(strapi, uid, document) : null;
}

/**
 * A version's data as the Document Service takes it back: relations and media that still exist, by documentId and
 * id. A related document deleted since is left out, rather than failing the whole restore.
 */
export async function toWritableData(strapi: Core.Strapi, uid: string, data: VersionData): Promise<Row> {
  const writable: Row = {};
  for (const [field, attribute] of Object.entries(attributesOf(strapi, uid))) {
    if (META_FIELDS.has(field) || !(field in data)) continue;
    const value = data[field];
    if (attribute.type === 'relation' && attribute.target) {
      const refs = (Array.isArray(value) ? value : value ? [value] : []) as RelatedRef[];
      const existing = new Set(
        (
          (await strapi.db.query(attribute.target as UID.ContentType).findMany({
            where: { documentId: { $in: refs.map((ref) => ref.documentId) } },
            select: ['documentId'],
          })) as Array<{ documentId: string }>
        ).map((row) => row.documentId),
      );
      const kept = refs.filter((ref) => existing.has(ref.documentId)).map((ref) => ref.documentId);
      writable[field] = Array.isArray(value) ? kept : (kept[0] ?? null);
    } else if (attribute.type === 'media') {
      const refs = (Array.isArray(value) ? value : value ? [value] : []) as MediaRef[];
      const existing = new Set(
        (
          (await strapi.db.query('plugin::upload.file').findMany({
            where: { id: { $in: refs.map((ref) => ref.id) } },
            select: ['id'],
          })) as Array<{ id: number }>
        ).map((row) => row.id),
      );
      const kept = refs.filter((ref) => existing.has(ref.id)).map((ref) => ref.id);
      writable[field] = Array.isArray(value) ? kept : (kept[0] ?? null);
    } else writable[field] = value;
  }
  return writable;
}

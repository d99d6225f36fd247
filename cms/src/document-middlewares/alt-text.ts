import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

const ARTICLE = 'api::article.article';
const FILE = 'plugin::upload.file';

/** An image of an article: where it is (for the message) and how to find its file. */
type ImageRef = { where: 'cover' | 'body'; id?: number; url?: string; name?: string; alt?: string | null };
type StoredFile = { id: number; name: string; url: string; alternativeText: string | null };
type StoredDraft = { body?: unknown; cover?: StoredFile | null };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The image blocks of a rich-text (`blocks`) value, however deep. */
export function bodyImages(body: unknown): ImageRef[] {
  if (Array.isArray(body)) return body.flatMap(bodyImages);
  if (!isRecord(body)) return [];
  const inner = bodyImages(body.children);
  if (body.type !== 'image' || !isRecord(body.image)) return inner;
  const { id, url, name, alternativeText } = body.image;
  return [
    {
      where: 'body',
      id: typeof id === 'number' ? id : undefined,
      url: typeof url === 'string' ? url : undefined,
      name: typeof name === 'string' ? name : undefined,
      alt: typeof alternativeText === 'string' ? alternativeText : null,
    },
    ...inner,
  ];
}

/** A cover as written in `data` (an id, `{ id }`, or `null`); undefined when `data` does not set it. */
function coverFromData(cover: unknown): ImageRef | null | undefined {
  if (cover === undefined) return undefined;
  const id = isRecord(cover) ? cover.id : cover;
  const numeric = typeof id === 'string' && /^\d+$/u.test(id) ? Number(id) : id;
  return typeof numeric === 'number' ? { where: 'cover', id: numeric } : null;
}

/** An image of an article without alternative text: where it is, and its file (to fix it in place). */
export type MissingAlt = { where: 'cover' | 'body'; fileId: number | null; name: string; url: string | null };

/**
 * The images without alternative text. A file's own alternative text (set in the Media Library or the review panel)
 * counts, so setting it there is enough even where a block kept an older copy of the file.
 */
async function imagesWithoutAlt(strapi: Core.Strapi, images: ImageRef[]): Promise<MissingAlt[]> {
  if (images.length === 0) return [];
  const files = await filesOf(strapi, images);
  return images.flatMap((image) => {
    const file = fileOf(files, image);
    const alt = file ? file.alternativeText : image.alt;
    if (alt?.trim()) return [];
    return [
      {
        where: image.where,
        fileId: file?.id ?? image.id ?? null,
        name: file?.name ?? image.name ?? image.url ?? `#${image.id ?? '?'}`,
        url: file?.url ?? image.url ?? null,
      },
    ];
  });
}

async function filesOf(strapi: Core.Strapi, images: ImageRef[]): Promise<StoredFile[]> {
  const ids = images.flatMap(({ id }) => (id === undefined ? [] : [id]));
  const urls = images.flatMap(({ url }) => (url === undefined ? [] : [url]));
  return (await strapi.db.query(FILE).findMany({
    where: { $or: [{ id: { $in: ids } }, { url: { $in: urls } }] },
    select: ['id', 'name', 'url', 'alternativeText'],
  })) as StoredFile[];
}

const fileOf = (files: StoredFile[], image: { id?: number; url?: string }) =>
  files.find(({ id, url }) => id === image.id || (image.url !== undefined && url === image.url));

/** "ảnh đại diện "x.jpg"" / "ảnh trong nội dung "y.png"", as messages name an image. */
export const describeImage = (image: MissingAlt) =>
  image.where === 'cover' ? `ảnh đại diện "${image.name}"` : `ảnh trong nội dung "${image.name}"`;

function refuse(images: MissingAlt[]): never {
  const missing = images.map(describeImage);
  throw new errors.ValidationError(
    `Chưa thể xuất bản: cần mô tả thay thế (alt) cho ${missing.join(', ')}; hãy nhập "Mô tả thay thế" trong Thư viện phương tiện (cannot publish: images without alternative text: ${missing.join(', ')})`,
  );
}

const coverOf = (draft: StoredDraft | null): ImageRef[] =>
  draft?.cover ? [{ where: 'cover', id: draft.cover.id, name: draft.cover.name }] : [];

const draftsOf = (strapi: Core.Strapi, documentId: unknown) =>
  strapi.db.query(ARTICLE).findMany({
    where: { documentId, publishedAt: null },
    select: ['id', 'body'],
    populate: { cover: { select: ['id', 'name'] } },
  }) as Promise<StoredDraft[]>;

/** The images of an article's saved draft that lack alternative text (none: an empty list). */
export async function draftImagesWithoutAlt(strapi: Core.Strapi, documentId: unknown): Promise<MissingAlt[]> {
  const missing: MissingAlt[] = [];
  for (const draft of await draftsOf(strapi, documentId))
    missing.push(...(await imagesWithoutAlt(strapi, [...coverOf(draft), ...bodyImages(draft.body)])));
  return missing;
}

/** Refuses (a validation error naming each image) when the saved draft of an article has images without alt text. */
export async function refuseDraftWithoutAltText(strapi: Core.Strapi, documentId: unknown): Promise<void> {
  const missing = await draftImagesWithoutAlt(strapi, documentId);
  if (missing.length) refuse(missing);
}

/** Whether a file is one of the images of an article's saved draft (its cover or an image of its body). */
export async function isDraftImage(strapi: Core.Strapi, documentId: unknown, fileId: number): Promise<boolean> {
  for (const draft of await draftsOf(strapi, documentId)) {
    const images = [...coverOf(draft), ...bodyImages(draft.body)];
    if (images.some((image) => image.id === fileId)) return true;
    const urls = images.flatMap((image) => (image.url ? [image.url] : []));
    if (urls.length && (await strapi.db.query(FILE).count({ where: { id: fileId, url: { $in: urls } } }))) return true;
  }
  return false;
}

/**
 * The body's image blocks keep a copy of their file's alternative text from when they were inserted; the site reads
 * that copy. Before a publication they are brought level with the files (where the text was set afterwards).
 */
async function refreshBodyAltCopies(strapi: Core.Strapi, documentId: unknown): Promise<void> {
  for (const draft of (await strapi.db.query(ARTICLE).findMany({
    where: { documentId, publishedAt: null },
    select: ['id', 'body'],
  })) as Array<{ id: number; body?: unknown }>) {
    const images = bodyImages(draft.body);
    if (images.length === 0) continue;
    const files = await filesOf(strapi, images);
    let changed = false;
    const refresh = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(refresh);
      if (!isRecord(node)) return node;
      const copy: Record<string, unknown> = { ...node, ...(node.children ? { children: refresh(node.children) } : {}) };
      if (node.type === 'image' && isRecord(node.image)) {
        const { id, url } = node.image;
        const file = fileOf(files, {
          id: typeof id === 'number' ? id : undefined,
          url: typeof url === 'string' ? url : undefined,
        });
        if (file?.alternativeText?.trim() && file.alternativeText !== node.image.alternativeText) {
          copy.image = { ...node.image, alternativeText: file.alternativeText };
          changed = true;
        }
      }
      return copy;
    };
    const body = refresh(draft.body);
    if (changed) await strapi.db.query(ARTICLE).update({ where: { id: draft.id }, data: { body } });
  }
}

/** An article whose cover or inline images lack alternative text is not published (nor scheduled to be). */
export const requireAltText =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (context.uid !== ARTICLE) return next();
    const params = context.params as { documentId?: unknown; status?: string; data?: Record<string, unknown> };

    if (context.action === 'publish' && params.documentId !== undefined) {
      await refuseDraftWithoutAltText(strapi, params.documentId);
      await refreshBodyAltCopies(strapi, params.documentId);
    } else if ((context.action === 'create' || context.action === 'update') && params.status === 'published') {
      const data = params.data ?? {};
      const stored =
        context.action === 'update' && params.documentId !== undefined
          ? ((await draftsOf(strapi, params.documentId))[0] ?? null)
          : null;
      const cover = coverFromData(data.cover);
      const images = [
        ...(cover === undefined ? coverOf(stored) : cover ? [cover] : []),
        ...bodyImages(data.body === undefined ? stored?.body : data.body),
      ];
      const missing = await imagesWithoutAlt(strapi, images);
      if (missing.length) refuse(missing);
    }
    return next();
  };

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

/**
 * The images without alternative text, named for the editor. A file's own alternative text (set in the Media
 * Library) counts, so setting it there is enough even where a block kept an older copy of the file.
 */
async function imagesWithoutAlt(strapi: Core.Strapi, images: ImageRef[]): Promise<string[]> {
  if (images.length === 0) return [];
  const ids = images.flatMap(({ id }) => (id === undefined ? [] : [id]));
  const urls = images.flatMap(({ url }) => (url === undefined ? [] : [url]));
  const files = (await strapi.db.query(FILE).findMany({
    where: { $or: [{ id: { $in: ids } }, { url: { $in: urls } }] },
    select: ['id', 'name', 'url', 'alternativeText'],
  })) as StoredFile[];
  return images.flatMap((image) => {
    const file = files.find(({ id, url }) => id === image.id || (image.url !== undefined && url === image.url));
    const alt = file ? file.alternativeText : image.alt;
    if (alt?.trim()) return [];
    const name = file?.name ?? image.name ?? image.url ?? `#${image.id ?? '?'}`;
    return [image.where === 'cover' ? `ảnh đại diện "${name}"` : `ảnh trong nội dung "${name}"`];
  });
}

function refuse(missing: string[]): never {
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

/** Refuses (a validation error naming each image) when the saved draft of an article has images without alt text. */
export async function refuseDraftWithoutAltText(strapi: Core.Strapi, documentId: unknown): Promise<void> {
  for (const draft of await draftsOf(strapi, documentId)) {
    const missing = await imagesWithoutAlt(strapi, [...coverOf(draft), ...bodyImages(draft.body)]);
    if (missing.length) refuse(missing);
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

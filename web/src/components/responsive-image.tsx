import { SAFE_IMAGE, safeUrl } from '../lib/safe-url';

/** An uploaded image as the CMS describes it: the original and, in `formats`, its renditions. */
export type ImageSource = {
  url: string;
  width?: number | null;
  height?: number | null;
  formats?: unknown;
};

/** An image across the article's column: the whole phone width, at most the column's 48rem. */
export const ARTICLE_IMAGE_SIZES = '(min-width: 50rem) 48rem, calc(100vw - 2rem)';

/** Strapi's rendition names, smallest first. */
const FORMAT_NAMES = ['thumbnail', 'small', 'medium', 'large'] as const;

type Candidate = { url: string; width: number };

function candidate(value: unknown): Candidate | null {
  if (typeof value !== 'object' || value === null) return null;
  const url = 'url' in value ? safeUrl(value.url, SAFE_IMAGE) : null;
  const width = 'width' in value ? value.width : null;
  return url && typeof width === 'number' && width > 0 ? { url, width } : null;
}

/** The `srcset` of an image: its renditions and the original, one per width, narrowest first. */
export function imageSrcSet(image: ImageSource): string | undefined {
  const formats: Record<string, unknown> =
    typeof image.formats === 'object' && image.formats !== null ? { ...image.formats } : {};
  const byWidth = new Map<number, string>();
  for (const found of [...FORMAT_NAMES.map((name) => candidate(formats[name])), candidate(image)]) {
    if (found && !byWidth.has(found.width)) byWidth.set(found.width, found.url);
  }
  // One candidate alone tells the browser nothing it does not know from `src`.
  if (byWidth.size < 2) return undefined;
  return [...byWidth]
    .sort(([a], [b]) => a - b)
    .map(([width, url]) => `${url} ${width}w`)
    .join(', ');
}

/**
 * An uploaded image for covers, card thumbnails and body images: the browser picks the rendition that fits `sizes`,
 * `width`/`height` reserve its box before it loads, and only the page's main image asks to come first.
 */
export function ResponsiveImage({
  image,
  alt,
  sizes,
  priority = 'lazy',
  className,
}: {
  image: ImageSource;
  /** What the image shows; empty only when it is decorative (a thumbnail beside its article's title link). */
  alt: string;
  /** The width the image takes on the page, as the `sizes` attribute. */
  sizes: string;
  /** `high`: the page's main image, fetched first; `eager`: above the fold; `lazy`: loaded when scrolled near. */
  priority?: 'high' | 'eager' | 'lazy';
  className?: string;
}) {
  const src = safeUrl(image.url, SAFE_IMAGE);
  if (!src) return null;
  const srcSet = imageSrcSet(image);
  return (
    // `loading` before the sources: a browser that reads attributes in order must know it before it fetches.
    <img
      className={className}
      loading={priority === 'lazy' ? 'lazy' : undefined}
      fetchPriority={priority === 'high' ? 'high' : undefined}
      decoding="async"
      alt={alt}
      width={image.width ?? undefined}
      height={image.height ?? undefined}
      sizes={srcSet ? sizes : undefined}
      srcSet={srcSet}
      src={src}
    />
  );
}

/** The cards of a list on screen at once on a phone: their thumbnails load at once, the rest when scrolled near. */
export const EAGER_CARDS = 3;

/** A list card's small cover, decorative: the title link beside it already names the article. */
export function CardThumbnail({
  image,
  loading,
}: {
  image: ImageSource | null | undefined;
  loading: 'eager' | 'lazy';
}) {
  if (!image) return null;
  return (
    <ResponsiveImage
      className="article-card__image"
      image={image}
      alt=""
      sizes="(min-width: 48rem) 10rem, 6rem"
      priority={loading}
    />
  );
}

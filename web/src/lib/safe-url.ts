const SAFE_LINK = /^(https?:|mailto:|tel:|\/(?!\/)|#)/i;
export const SAFE_IMAGE = /^(https?:|\/(?!\/))/i;

/** The URL when its scheme is safe to put in a link or image (no javascript:, data:, protocol-relative…), else null. */
export function safeUrl(url: unknown, pattern: RegExp = SAFE_LINK): string | null {
  if (typeof url !== 'string') return null;
  // Browsers ignore control characters and spaces inside schemes ("java\tscript:"): judge the URL as they read it.
  const trimmed = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return pattern.test(trimmed) ? trimmed : null;
}

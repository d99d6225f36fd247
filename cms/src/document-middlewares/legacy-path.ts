import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { normalizeLegacyPath } from '../lib/legacy-path';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/** An article's legacy address is stored as it is looked up (lower case, only its `itemid`), whoever writes it. */
export const legacyPath: Middleware = async (context, next) => {
  if (context.uid !== 'api::article.article' || (context.action !== 'create' && context.action !== 'update'))
    return next();
  const data = (context.params as { data?: Record<string, unknown> }).data;
  const given = data?.legacyPath;
  if (data && typeof given === 'string' && given.trim() !== '') {
    const normalized = normalizeLegacyPath(given);
    if (!normalized)
      throw new errors.ValidationError(
        'Địa chỉ cũ phải là đường dẫn bắt đầu bằng / hoặc một địa chỉ http(s) (legacyPath must be a path or URL)',
      );
    data.legacyPath = normalized;
  } else if (data && given === '') data.legacyPath = null;
  return next();
};

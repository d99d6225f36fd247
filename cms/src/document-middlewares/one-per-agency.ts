import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { agencyName } from '../agencies/write-rule';
import { AGENCY_ATTRIBUTE } from '../agencies/scoped-types';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/** Types of which an agency has one document (in each language): its introduction. */
export const ONE_PER_AGENCY: Partial<Record<UID.ContentType, string>> = {
  'api::agency-profile.agency-profile': 'trang giới thiệu',
};

/**
 * A second document of such a type for an agency is refused, with where the first one is. Runs after the write
 * rule, which has stamped the new document's agency.
 */
export function onePerAgency(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const what = ONE_PER_AGENCY[context.uid as UID.ContentType];
    if (!what || (context.action !== 'create' && context.action !== 'clone')) return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    const agency =
      context.action === 'clone' && params.documentId
        ? (
            (await strapi.db
              .query(context.uid as UID.ContentType)
              .findOne({ where: { documentId: params.documentId }, select: [AGENCY_ATTRIBUTE] })) as Record<
              string,
              string
            > | null
          )?.[AGENCY_ATTRIBUTE]
        : params.data?.[AGENCY_ATTRIBUTE];
    if (typeof agency !== 'string') return next();
    const existing = (await strapi.db
      .query(context.uid as UID.ContentType)
      .findOne({ where: { [AGENCY_ATTRIBUTE]: agency }, select: ['documentId'] })) as { documentId: string } | null;
    if (existing)
      throw new errors.ValidationError(
        `${agencyName(strapi, agency)} đã có ${what} (${existing.documentId}): hãy sửa ${what} đó, bản tiếng Anh là một ngôn ngữ của nó (one per agency)`,
      );
    return next();
  };
}

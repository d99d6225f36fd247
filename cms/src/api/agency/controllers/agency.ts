import { factories } from '@strapi/strapi';
import { agencies, type Agency } from '../../../agencies/registry';

/** The settings shape `/api/site-setting` answered before agencies existed: the home agency's, unchanged for partners. */
export const siteSettingOf = (agency: Agency) => ({
  id: agency.id,
  documentId: agency.documentId,
  siteName: agency.name,
  shortName: agency.shortName,
  description: agency.description,
  governingBody: agency.governingBody,
  address: agency.address,
  phone: agency.phone,
  fax: agency.fax,
  email: agency.email,
  responsiblePerson: agency.responsiblePerson,
  copyright: agency.copyright,
  relatedLinks: agency.relatedLinks,
});

export default factories.createCoreController('api::agency.agency', ({ strapi }) => ({
  /** The list, and which agency the installation serves at its root (`meta.home`). */
  async find(ctx) {
    const answer = (await super.find(ctx)) as { data: unknown; meta: Record<string, unknown> };
    return { ...answer, meta: { ...answer.meta, home: agencies(strapi).home.code } };
  },
  async siteSetting(ctx) {
    ctx.body = { data: siteSettingOf(agencies(strapi).home), meta: {} };
  },
}));

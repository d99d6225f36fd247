import type { Core } from '@strapi/strapi';
import { grantPublicReadPermissions } from './bootstrap/public-permissions';
import { normalizeText } from './document-middlewares/normalize-text';
import { articleDate, slugs } from './document-middlewares/slugs';
import { seed } from './seed';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Order matters: text is normalised before slugs are made from it.
    strapi.documents.use(normalizeText);
    strapi.documents.use(slugs(strapi));
    strapi.documents.use(articleDate);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantPublicReadPermissions(strapi);
    if (process.env.SEED_ON_START === 'true') {
      await seed(strapi, { sampleArticles: Number(process.env.SEED_SAMPLE_ARTICLES ?? 0) });
    }
  },
};

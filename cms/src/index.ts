import type { Core } from '@strapi/strapi';
import { ensureDatabaseIndexes } from './bootstrap/database-indexes';
import { grantPublicReadPermissions } from './bootstrap/public-permissions';
import { normalizeText } from './document-middlewares/normalize-text';
import { searchIndex } from './document-middlewares/search-index';
import { articleDate, slugs } from './document-middlewares/slugs';
import { searchIndexer } from './search/indexer';
import { seed } from './seed';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Order matters: text is normalised before slugs are made from it.
    strapi.documents.use(normalizeText);
    strapi.documents.use(slugs(strapi));
    strapi.documents.use(articleDate);
    strapi.documents.use(searchIndex(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureDatabaseIndexes(strapi);
    await grantPublicReadPermissions(strapi);
    await searchIndexer(strapi).prepare();
    if (process.env.SEED_ON_START === 'true') {
      await seed(strapi, { sampleArticles: Number(process.env.SEED_SAMPLE_ARTICLES ?? 0) });
    }
  },
};

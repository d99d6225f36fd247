import type { Core, Modules } from '@strapi/strapi';

type ArticleInput = Modules.Documents.Params.Data.Input<'api::article.article'>;
type Defaulted = 'audience' | 'featured' | 'isSample' | 'agency';

/** A new article as an editor writes one: the attributes that have a default may be left out. */
export type NewArticle = Omit<ArticleInput, Defaulted> & Partial<Pick<ArticleInput, Defaulted>>;

/** The agency a test's article belongs to unless it says otherwise: the seeded content's (the real article's). */
export const TEST_AGENCY = 'vinhphuc';

/**
 * Strapi's input type requires every required attribute, even those with a default that the document service fills in
 * (public, not featured, not a sample): this is the one place that says so. A test's article is of the seeded
 * content's agency unless it names another, so that it may be related to the seeded authors and themes.
 */
export const newArticle = (data: NewArticle) => ({ agency: TEST_AGENCY, ...data }) as ArticleInput;

/** A stored image without alternative text (as an upload leaves it until an editor describes it). */
export const imageWithoutAlt = (cms: { strapi: Core.Strapi }, name: string) =>
  cms.strapi.db.query('plugin::upload.file').create({
    data: {
      name,
      hash: name.replace(/\W/gu, '_'),
      ext: '.jpg',
      mime: 'image/jpeg',
      size: 1,
      width: 10,
      height: 10,
      url: `/uploads/${name}`,
      provider: 'local',
      alternativeText: null,
    },
  }) as Promise<{ id: number; name: string; url: string }>;

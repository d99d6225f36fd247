import type { Core, Modules } from '@strapi/strapi';

type ArticleInput = Modules.Documents.Params.Data.Input<'api::article.article'>;
type Defaulted = 'audience' | 'featured' | 'isSample';

/** A new article as an editor writes one: the attributes that have a default may be left out. */
export type NewArticle = Omit<ArticleInput, Defaulted> & Partial<Pick<ArticleInput, Defaulted>>;

/**
 * Strapi's input type requires every required attribute, even those with a default that the document service fills in
 * (public, not featured, not a sample): this is the one place that says so.
 */
export const newArticle = (data: NewArticle) => data as ArticleInput;

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

import type { Modules } from '@strapi/strapi';

type ArticleInput = Modules.Documents.Params.Data.Input<'api::article.article'>;
type Defaulted = 'audience' | 'featured' | 'isSample';

/** A new article as an editor writes one: the attributes that have a default may be left out. */
export type NewArticle = Omit<ArticleInput, Defaulted> & Partial<Pick<ArticleInput, Defaulted>>;

/**
 * Strapi's input type requires every required attribute, even those with a default that the document service fills in
 * (public, not featured, not a sample): this is the one place that says so.
 */
export const newArticle = (data: NewArticle) => data as ArticleInput;

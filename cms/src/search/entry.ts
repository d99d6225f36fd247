import type { Core } from '@strapi/strapi';
import { blocksToText } from '@thads/content';
import { fold } from '@thads/vietnamese';
import { audienceOf, type Audience } from '../audience/guard';
import { IMAGE_FIELDS } from '../lib/default-query';

/** What a search finds: news articles, or citizens' questions with their answers (a kind of result of their own). */
export type SearchKind = 'article' | 'question';

/**
 * What the search index keeps of one published article (or question): folded text to match, original text for
 * snippets, and the summary a result shows (so a search is answered from the index alone, without joining five tables
 * per hit).
 */
export type SearchEntry = {
  kind: SearchKind;
  documentId: string;
  /** The published row's id: a new publish makes a new row, so a different id means a stale entry. */
  articleId: number | null;
  summary: Record<string, unknown>;
  date: string;
  /** The agency the article belongs to (search per agency, and the site names it on each hit). */
  agency: string;
  /** An article's category, a question's topic. */
  category: string | null;
  /** Authors and campaign themes as `<agency>/<slug>`: a slug is unique within its agency only. */
  authors: string[];
  themes: string[];
  /** Staff articles are found by signed-in staff only. */
  audience: Audience;
  title: string;
  lead: string;
  body: string;
  foldedTitle: string;
  foldedContent: string;
};

type PublishedArticle = {
  id?: number;
  documentId: string;
  title: string;
  slug?: string;
  agency?: string | null;
  featured?: boolean;
  isSample?: boolean;
  source?: string | null;
  createdAt?: string;
  updatedAt?: string;
  cover?: Record<string, unknown> | null;
  lead?: string | null;
  body?: unknown;
  date?: string | null;
  publishedAt?: string | null;
  category?: { documentId?: string; slug: string; name: string } | null;
  authors?: Array<{ documentId?: string; slug: string; name: string; agency?: string | null }>;
  campaignThemes?: Array<{ slug: string; name: string; agency?: string | null }>;
  audience?: string | null;
};

/** The relations and fields a search entry is made from: the same shape as an article list item. */
const slugAndName: Array<'slug' | 'name'> = ['slug', 'name'];
const slugNameAndAgency: Array<'slug' | 'name' | 'agency'> = ['slug', 'name', 'agency'];
export const SEARCH_ENTRY_POPULATE = {
  cover: { fields: [...IMAGE_FIELDS] },
  category: { fields: slugAndName },
  authors: { fields: slugNameAndAgency },
  campaignThemes: { fields: slugNameAndAgency },
};

/** How an author or a campaign theme is named in the index and its filters: `<agency>/<slug>`. */
export const qualifiedSlug = (agency: string | null | undefined, slug: string): string => `${agency ?? ''}/${slug}`;

/** The entry for an article's published version, or null when it has none (draft only, unpublished, deleted). */
export async function loadSearchEntry(strapi: Core.Strapi, documentId: string): Promise<SearchEntry | null> {
  const article = (await strapi.documents('api::article.article').findOne({
    documentId,
    status: 'published',
    populate: SEARCH_ENTRY_POPULATE,
  })) as PublishedArticle | null;
  return article ? toSearchEntry(article) : null;
}

export function toSearchEntry(article: PublishedArticle): SearchEntry {
  const authors = article.authors ?? [];
  const themes = article.campaignThemes ?? [];
  const lead = article.lead ?? '';
  const body = blocksToText(article.body);
  const searchable = [lead, body, ...authors.map((author) => author.name), ...themes.map((theme) => theme.name)].join(
    '\n',
  );
  const date = new Date(article.date ?? article.publishedAt ?? Date.now()).toISOString();
  const agency = article.agency ?? '';
  const pick = (item: { documentId?: string; slug: string; name: string }) => ({
    documentId: item.documentId,
    name: item.name,
    slug: item.slug,
  });
  return {
    kind: 'article',
    documentId: article.documentId,
    articleId: article.id ?? null,
    summary: {
      id: article.id,
      documentId: article.documentId,
      title: article.title,
      slug: article.slug,
      agency,
      lead: article.lead ?? null,
      date,
      featured: article.featured ?? false,
      isSample: article.isSample ?? false,
      audience: audienceOf(article.audience),
      source: article.source ?? null,
      createdAt: article.createdAt,
      updatedAt: article.updatedAt,
      publishedAt: article.publishedAt,
      cover: article.cover ?? null,
      category: article.category ? pick(article.category) : null,
      authors: authors.map(pick),
    },
    date,
    agency,
    category: article.category?.slug ?? null,
    authors: authors.map((author) => qualifiedSlug(author.agency, author.slug)),
    themes: themes.map((theme) => qualifiedSlug(theme.agency, theme.slug)),
    audience: audienceOf(article.audience),
    title: article.title,
    lead,
    body,
    foldedTitle: fold(article.title),
    foldedContent: fold(searchable),
  };
}

// --- Citizens' questions (issue 21): published questions and answers, never their senders' contacts --------------

export const QUESTION_UID = 'api::question.question';
type PublishedQuestion = {
  id?: number;
  documentId: string;
  title: string;
  slug?: string | null;
  agency?: string | null;
  topic?: string | null;
  question?: string | null;
  answer?: unknown;
  askedAt?: string | null;
  answeredAt?: string | null;
  publishedAt?: string | null;
  isSample?: boolean;
};
/** What a question's entry is made from: its public fields only. */
export const QUESTION_ENTRY_FIELDS = [
  'id',
  'documentId',
  'title',
  'slug',
  'agency',
  'topic',
  'question',
  'answer',
  'askedAt',
  'answeredAt',
  'publishedAt',
  'isSample',
] as const;

export function toQuestionEntry(question: PublishedQuestion): SearchEntry {
  const text = question.question ?? '';
  const answer = blocksToText(question.answer);
  const date = new Date(question.answeredAt ?? question.publishedAt ?? Date.now()).toISOString();
  const agency = question.agency ?? '';
  return {
    kind: 'question',
    documentId: question.documentId,
    articleId: question.id ?? null,
    summary: {
      id: question.id,
      documentId: question.documentId,
      kind: 'question',
      title: question.title,
      slug: question.slug ?? null,
      agency,
      topic: question.topic ?? null,
      askedAt: question.askedAt ?? null,
      answeredAt: question.answeredAt ?? null,
      isSample: question.isSample ?? false,
    },
    date,
    agency,
    category: question.topic ?? null,
    authors: [],
    themes: [],
    audience: 'public',
    title: question.title,
    lead: text,
    body: answer,
    foldedTitle: fold(question.title),
    foldedContent: fold(`${text}\n${answer}`),
  };
}

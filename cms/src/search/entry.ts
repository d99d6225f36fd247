import type { Core } from '@strapi/strapi';
import { fold } from '@thads/vietnamese';

/** What the search index keeps of one published article: folded text to match, original text for snippets. */
export type SearchEntry = {
  documentId: string;
  date: string;
  category: string | null;
  authors: string[];
  themes: string[];
  title: string;
  lead: string;
  body: string;
  foldedTitle: string;
  foldedContent: string;
};

type Node = { text?: unknown; children?: unknown };

/** The plain text of Strapi blocks, one line per block, whatever nodes the editor used. */
export function blocksToText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  const inline = (nodes: unknown): string =>
    Array.isArray(nodes) ? nodes.map((node: Node) => (typeof node?.text === 'string' ? node.text : inline(node?.children))).join('') : '';
  return blocks
    .map((block: Node) => {
      if (!block || typeof block !== 'object') return '';
      const children = Array.isArray(block.children) ? block.children : [];
      // Lists hold list items which hold inline nodes: one line per item.
      return children.some((child: Node & { type?: unknown }) => child?.type === 'list-item' || child?.type === 'list')
        ? blocksToText(children)
        : inline(children);
    })
    .filter(Boolean)
    .join('\n');
}

type PublishedArticle = {
  documentId: string;
  title: string;
  lead?: string | null;
  body?: unknown;
  date?: string | null;
  publishedAt?: string | null;
  category?: { slug: string; name: string } | null;
  authors?: Array<{ slug: string; name: string }>;
  campaignThemes?: Array<{ slug: string; name: string }>;
};

/** The entry for an article's published version, or null when it has none (draft only, unpublished, deleted). */
export async function loadSearchEntry(strapi: Core.Strapi, documentId: string): Promise<SearchEntry | null> {
  const article = (await strapi.documents('api::article.article').findOne({
    documentId,
    status: 'published',
    populate: { category: { fields: ['slug', 'name'] }, authors: { fields: ['slug', 'name'] }, campaignThemes: { fields: ['slug', 'name'] } },
  })) as PublishedArticle | null;
  return article ? toSearchEntry(article) : null;
}

export function toSearchEntry(article: PublishedArticle): SearchEntry {
  const authors = article.authors ?? [];
  const themes = article.campaignThemes ?? [];
  const lead = article.lead ?? '';
  const body = blocksToText(article.body);
  const searchable = [lead, body, ...authors.map((author) => author.name), ...themes.map((theme) => theme.name)].join('\n');
  return {
    documentId: article.documentId,
    date: new Date(article.date ?? article.publishedAt ?? Date.now()).toISOString(),
    category: article.category?.slug ?? null,
    authors: authors.map((author) => author.slug),
    themes: themes.map((theme) => theme.slug),
    title: article.title,
    lead,
    body,
    foldedTitle: fold(article.title),
    foldedContent: fold(searchable),
  };
}

import { ARTICLE_SUMMARY_FIELDS } from './model.js';
import type { QueryValue } from './query-string.js';

/**
 * The field lists and populate trees the site asks for, page by page. Sent explicitly: the CMS answers them exactly
 * as stock Strapi would (what a client gets without them is every field and each type's default relations).
 */
const IMAGE_FIELDS = ['url', 'alternativeText', 'caption', 'width', 'height', 'formats', 'mime', 'name', 'size'];
const FILE_FIELDS = ['url', 'alternativeText', 'caption', 'name', 'mime', 'size', 'ext'];
const NAMED = ['name', 'slug'];

export type QueryShape = { fields?: string[]; populate: Record<string, QueryValue> };

/** An article card of a list (no body): what `ArticleSummary` declares. */
export const ARTICLE_CARD: QueryShape = {
  fields: [...ARTICLE_SUMMARY_FIELDS, 'createdAt', 'updatedAt', 'publishedAt'],
  populate: { cover: { fields: IMAGE_FIELDS }, category: { fields: NAMED }, authors: { fields: NAMED } },
};

/** The article page: every field, with the relations it links to. */
export const ARTICLE_PAGE: QueryShape = {
  populate: {
    cover: { fields: IMAGE_FIELDS },
    category: { fields: NAMED },
    authors: { fields: NAMED },
    campaignThemes: { fields: NAMED },
    attachments: { fields: FILE_FIELDS },
  },
};

export const AUTHOR: QueryShape = { populate: { photo: { fields: IMAGE_FIELDS } } };

/** A campaign theme of the list (no description, targets or milestones). */
export const CAMPAIGN_THEME_CARD: QueryShape = {
  fields: ['name', 'slug', 'slogan', 'startDate', 'endDate', 'issuingBody', 'createdAt', 'updatedAt', 'publishedAt'],
  populate: { cover: { fields: IMAGE_FIELDS } },
};

export const CAMPAIGN_THEME_PAGE: QueryShape = {
  populate: { cover: { fields: IMAGE_FIELDS }, targets: true, milestones: true },
};

export const SITE_SETTINGS: QueryShape = { populate: { relatedLinks: true } };

/** A member of an agency's leadership, with the photo's text alternative. */
export const LEADER: QueryShape = { populate: { photo: { fields: IMAGE_FIELDS } } };

/** A unit as the installation's ward lookup reads it: which agency, which office, which communes. */
export const UNIT_AREAS: QueryShape = {
  fields: ['name', 'kind', 'agency', 'order', 'communes'],
  populate: {},
};

/** An agency's record as a contacts list reads it (no texts of its header, no portals). */
export const AGENCY_CONTACTS: QueryShape = {
  fields: ['code', 'kind', 'name', 'englishName', 'shortName', 'area', 'address', 'phone', 'fax', 'email', 'order'],
  populate: { successor: { fields: ['code'] } },
};

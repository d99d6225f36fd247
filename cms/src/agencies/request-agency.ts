import type { Core } from '@strapi/strapi';
import { stringParam } from '../lib/query-params';
import { agencies, type Agency } from './registry';

/** A request named an agency this installation does not have: answered 404 with this message. */
export class UnknownAgency extends Error {}

/**
 * The agency a request of the project's own endpoints (search, archive, feeds, sitemaps, redirects) names with
 * `agency=` (its code or an alias code), or null: without an agency, a public endpoint answers for the whole
 * installation (a partner's view of the portal). The site always names its agency.
 */
export function requestedAgency(strapi: Core.Strapi, query: Record<string, unknown>): Agency | null {
  const code = stringParam(query, 'agency');
  if (code === undefined) return null;
  const found = agencies(strapi).resolve(code);
  if (!found)
    throw new UnknownAgency(`Không có cơ quan "${code.slice(0, 60)}" (no such agency: /api/agencies lists them)`);
  return found.agency;
}

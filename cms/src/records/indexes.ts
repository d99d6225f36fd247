import type { Core } from '@strapi/strapi';

/**
 * Indexes of the agencies' records (see bootstrap/database-indexes for why they are made at every start): the lists
 * per agency newest first, the number search's exact hit, notices by expiry (the clock's watcher looks every second),
 * and the register's search by name and decision number within the published rows (a national register holds a
 * million entries).
 */
const INDEXES: Array<[name: string, table: string, columns: string, where?: string]> = [
  ['legal_documents_agency_issued_idx', 'legal_documents', 'agency, issued_on, id'],
  ['legal_documents_issued_idx', 'legal_documents', 'issued_on, id'],
  ['legal_documents_number_key_idx', 'legal_documents', 'number_key'],
  ['legal_documents_slug_idx', 'legal_documents', 'agency, slug'],
  ['notices_agency_date_idx', 'notices', 'agency, date, id'],
  ['notices_valid_until_idx', 'notices', 'valid_until, published_at'],
  ['notices_slug_idx', 'notices', 'agency, slug'],
  ['debtor_entries_name_idx', 'debtor_entries', 'name_key, published_at, agency'],
  ['debtor_entries_agency_name_idx', 'debtor_entries', 'agency, name_key, published_at'],
  ['debtor_entries_decision_idx', 'debtor_entries', 'decision_key, published_at, agency'],
  ['debtor_entries_document_idx', 'debtor_entries', 'document_id, published_at'],
  // The register's pages in their order (name, then id) among published rows only: a name's first letters match tens
  // of thousands of a national register's entries, which the indexes above return out of that order, every one read
  // and sorted for a page of 20 (74 ms for "nguyen van" in a million, 0.05 ms through these; bench:records).
  ['debtor_entries_published_name_idx', 'debtor_entries', 'name_key, id', 'published_at IS NOT NULL'],
  ['debtor_entries_published_agency_name_idx', 'debtor_entries', 'agency, name_key, id', 'published_at IS NOT NULL'],
];

export async function ensureRecordIndexes(strapi: Core.Strapi): Promise<void> {
  for (const [name, table, columns, where] of INDEXES)
    await strapi.db.connection.raw(
      `CREATE INDEX IF NOT EXISTS ${name} ON ${table} (${columns})${where ? ` WHERE ${where}` : ''}`,
    );
}

import { randomBytes } from 'node:crypto';

/** A document id in Strapi's format (24 lowercase letters and digits), for rows written past the Document Service. */
export function newDocumentId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(24), (byte) => alphabet[byte % alphabet.length]).join('');
}

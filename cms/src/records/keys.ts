import { fold, searchTokens } from '@thads/vietnamese';

/**
 * The search key of a document or decision number, however a person types it: the folded words and digits in
 * order, one space apart. `42/2022/NĐ-CP`, `42/2022/ND-CP`, `42 2022 nd cp` and `42-2022-nđ-cp` all give
 * `42 2022 nd cp`; a search matches every token of the query in any order (`nđ-cp 42/2022`, `42/2022`).
 */
export const numberKey = (number: string): string => searchTokens(number).join(' ');

/** The search key of a person's name: folded (no marks, đ = d, lower case), single spaces: `nguyen van a`. */
export const nameKey = (name: string): string =>
  fold(name)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/ +/g, ' ')
    .trim();

/** Whether what a reader typed is a number (a decision number starts with its digits: `16/QĐ-THADS`) rather than a name. */
export const looksLikeNumber = (query: string): boolean => /^\s*\d/.test(query);

/** The highest string a prefix range over keys reaches: every key starting with `prefix` sorts below it. */
export const prefixEnd = (prefix: string): string => `${prefix}\uffff`;

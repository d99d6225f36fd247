import { fold } from './text.js';

/** A search as typed: single words (all must match) and quoted phrases (words next to each other, in order). */
export type SearchQuery = { terms: string[]; phrases: string[][] };

export type HighlightSegment = { text: string; match: boolean };

export const MAX_QUERY_LENGTH = 500;
export const MAX_QUERY_TERMS = 24;

const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}/gu;

/** The folded words of a text, as the search index tokenizes it. */
export function searchTokens(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/**
 * Parses what a reader typed: `thi đua "vĩnh phúc"` → terms [thi, dua], phrases [[vinh, phuc]]. Everything is folded
 * (case, marks, đ); punctuation and search-engine syntax (*, -, OR, NEAR, parentheses) are just separators, so no
 * input can change the meaning of the query. Duplicates are dropped; the word count is capped.
 */
export function parseSearchQuery(input: string): SearchQuery {
  const text = input.normalize('NFC').replace(/[“”„«»]/g, '"');
  const phrases: string[][] = [];
  const outside = text.replace(/"([^"]*)"?/g, (_match, inner: string) => {
    const words = searchTokens(inner);
    if (words.length > 1) phrases.push(words);
    // A quoted single word is just a word.
    return words.length === 1 ? ` ${words[0]} ` : ' ';
  });
  const terms = [...new Set(searchTokens(outside))];
  let budget = MAX_QUERY_TERMS;
  const keptTerms = terms.slice(0, budget);
  budget -= keptTerms.length;
  const keptPhrases: string[][] = [];
  for (const phrase of phrases) {
    if (budget <= 0) break;
    keptPhrases.push(phrase.slice(0, budget));
    budget -= Math.min(phrase.length, budget);
  }
  return { terms: keptTerms, phrases: keptPhrases.filter((phrase) => phrase.length > 0) };
}

export function isEmptyQuery(query: SearchQuery): boolean {
  return query.terms.length === 0 && query.phrases.length === 0;
}

/** The folded text with, for each of its characters, the index of the original character it came from. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const mapped = /\s/u.test(char)
      ? ' '
      : char.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd');
    for (const piece of mapped) {
      folded += piece;
      origin.push(index);
    }
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

/** Where a window of maxLength characters holds the most different matched words (the first such place). */
function bestWindowStart(source: string, ranges: Array<[number, number]>, maxLength: number): number {
  let best = ranges[0]?.[0] ?? 0;
  let bestCount = 0;
  for (const [start] of ranges) {
    const words = new Set<string>();
    for (const [otherStart, otherEnd] of ranges) {
      if (otherStart >= start && otherEnd <= start + maxLength * 0.75)
        words.add(fold(source.slice(otherStart, otherEnd)));
    }
    if (words.size > bestCount) {
      best = start;
      bestCount = words.size;
    }
  }
  return best;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Marks where the query's words and phrases occur in an original (accented) text, matching as search does:
 * without regard to case, marks or đ. With `maxLength`, returns a window of about that many characters around the
 * first match, cut at word boundaries, with "…" where text was left out.
 */
export function highlight(text: string, query: SearchQuery, maxLength?: number): HighlightSegment[] {
  const source = text.normalize('NFC');
  const { folded, origin } = foldWithMap(source);
  const patterns = [
    ...query.terms.map((term) => escapeRegExp(term)),
    ...query.phrases.map((phrase) => phrase.map(escapeRegExp).join('[^\\p{L}\\p{N}]+')),
  ];
  const ranges: Array<[number, number]> = [];
  if (patterns.length > 0) {
    const matcher = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${patterns.sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`,
      'gu',
    );
    for (const match of folded.matchAll(matcher)) {
      const start = origin[match.index] ?? 0;
      const end = origin[match.index + match[0].length] ?? source.length;
      const last = ranges.at(-1);
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else ranges.push([start, end]);
    }
  }

  let from = 0;
  let to = source.length;
  if (maxLength !== undefined && source.length > maxLength) {
    const anchor = bestWindowStart(source, ranges, maxLength);
    from = Math.max(0, anchor - Math.floor(maxLength / 4));
    if (from > 0) {
      const space = source.indexOf(' ', from);
      from = space >= 0 && space < anchor ? space + 1 : from;
    }
    to = Math.min(source.length, from + maxLength);
    if (to < source.length) {
      const space = source.lastIndexOf(' ', to);
      to = space > from + maxLength / 2 ? space : to;
    }
  }

  const segments: HighlightSegment[] = [];
  const push = (segment: HighlightSegment) => {
    if (!segment.text) return;
    const last = segments.at(-1);
    if (last && last.match === segment.match) last.text += segment.text;
    else segments.push(segment);
  };
  if (from > 0) push({ text: '… ', match: false });
  let cursor = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const clippedStart = Math.max(start, from);
    const clippedEnd = Math.min(end, to);
    push({ text: source.slice(cursor, clippedStart), match: false });
    push({ text: source.slice(clippedStart, clippedEnd), match: true });
    cursor = clippedEnd;
  }
  push({ text: source.slice(cursor, to), match: false });
  if (to < source.length) push({ text: ' …', match: false });
  return segments;
}

import fs from 'fs';
import path from 'path';
import { vietnameseDayToIso, vietnamInstant } from '@thads/vietnamese';

/** The agency's real article, read verbatim from seed/real-article.txt (a copy of the page as published). */
export type RealArticle = {
  title: string;
  /** The display date, 00:00 Vietnam time on the published day (the page shows the day only). */
  date: string;
  /** Body in reading order: sub-headings and paragraphs, text exactly as published. */
  body: Array<{ kind: 'heading' | 'paragraph'; text: string }>;
  byline: string;
};

export const REAL_ARTICLE_FILE = path.join('seed', 'real-article.txt');

/** Page furniture of the original portal: not part of the article. */
const FURNITURE = new Set(['Sign In', 'Các tin đã đưa ngày:']);

/** The article's two sub-headings; every other body line is a paragraph. */
export const REAL_ARTICLE_HEADINGS = ['Thi đua bứt phá hiệu quả, về đích sớm', 'Giải pháp đẩy mạnh các phong trào'];

export function parseRealArticle(text: string): RealArticle {
  const lines = text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !FURNITURE.has(line));
  const [title, day, ...rest] = lines;
  const isoDay = day ? vietnameseDayToIso(day) : null;
  if (!title || !isoDay) throw new Error(`${REAL_ARTICLE_FILE}: expected a title and a dd/MM/yyyy date first`);
  const byline = rest.pop();
  if (!byline || rest.length === 0) throw new Error(`${REAL_ARTICLE_FILE}: expected body paragraphs and a byline`);
  const body = rest.map((line) => ({
    kind: REAL_ARTICLE_HEADINGS.includes(line) ? ('heading' as const) : ('paragraph' as const),
    text: line,
  }));
  const headingCount = body.filter((block) => block.kind === 'heading').length;
  if (headingCount !== REAL_ARTICLE_HEADINGS.length)
    throw new Error(`${REAL_ARTICLE_FILE}: the sub-headings were not found`);
  return { title, date: vietnamInstant(isoDay, '00:00'), body, byline };
}

export function readRealArticle(appRoot: string): RealArticle {
  return parseRealArticle(fs.readFileSync(path.join(appRoot, REAL_ARTICLE_FILE), 'utf8'));
}

/** Strapi blocks for the body: headings one level below the page title. */
export function toBlocks(body: RealArticle['body']) {
  return body.map((block) =>
    block.kind === 'heading'
      ? { type: 'heading', level: 2, children: [{ type: 'text', text: block.text }] }
      : { type: 'paragraph', children: [{ type: 'text', text: block.text }] },
  );
}

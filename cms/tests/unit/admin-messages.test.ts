import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/admin/messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();

describe("the project's admin texts", () => {
  const vi: Record<string, string> = MESSAGES.vi;
  const en: Record<string, string> = MESSAGES.en;

  it('have an English text for every Vietnamese one, and the other way round', () => {
    expect(Object.keys(en).length).toBeGreaterThan(40);
    expect(Object.keys(vi).filter((key) => !(key in en))).toEqual([]);
    expect(Object.keys(en).filter((key) => !(key in vi))).toEqual([]);
  });

  it('are translated (not left equal or empty) and name the same placeholders in both languages', () => {
    const keys = Object.keys(en);
    expect(keys.filter((key) => !vi[key]?.trim() || !en[key]?.trim() || vi[key] === en[key])).toEqual([]);
    expect(keys.filter((key) => placeholders(vi[key] ?? '').join() !== placeholders(en[key] ?? '').join())).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENUMERATION_LABELS } from '../../src/admin/enumeration-labels';

type Schema = {
  attributes: Record<string, { type: string; enum?: string[] }>;
  pluginOptions?: { 'content-manager'?: { visible?: boolean } };
};

/** Every value of an enumeration editors meet in the content manager, as `type.field=value`. */
function enumerationValuesEditorsSee(): Array<{ where: string; value: string }> {
  const api = path.join(__dirname, '../../src/api');
  const found: Array<{ where: string; value: string }> = [];
  for (const type of readdirSync(api)) {
    const dir = path.join(api, type, 'content-types', type);
    let schema: Schema;
    try {
      schema = JSON.parse(readFileSync(path.join(dir, 'schema.json'), 'utf8')) as Schema;
    } catch {
      continue; // an API without a content type of its own (feeds, search…)
    }
    if (schema.pluginOptions?.['content-manager']?.visible === false) continue;
    for (const [field, attribute] of Object.entries(schema.attributes))
      for (const value of attribute.type === 'enumeration' ? (attribute.enum ?? []) : [])
        found.push({ where: `${type}.${field}=${value}`, value });
  }
  return found;
}

describe('the words editors read for enumeration values', () => {
  it('exist in both admin languages for every value of every enumeration in the content manager', () => {
    const values = enumerationValuesEditorsSee();
    expect(values.map(({ where }) => where)).toContain('article.audience=staff');
    const labels: Record<'en' | 'vi', Record<string, string>> = ENUMERATION_LABELS;
    const missing = values.filter(({ value }) => !labels.vi[value]?.trim() || !labels.en[value]?.trim());
    expect(missing.map(({ where }) => where)).toEqual([]);
  });

  it('are words, not the codes the API keeps', () => {
    const labels: Record<string, string> = ENUMERATION_LABELS.vi;
    expect(Object.entries(labels).filter(([value, label]) => label === value)).toEqual([]);
  });
});

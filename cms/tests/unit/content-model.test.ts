import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { COMPONENTS, ENTITIES, type Attribute, type Attributes } from '@thads/content';
import { describe, expect, it } from 'vitest';

/**
 * The shared content model (`@thads/content`'s `model.ts`), from which the site's types, the OpenAPI schemas and the
 * feeds derive, must list exactly the public attributes of Strapi's schema.json files, with compatible types.
 * Attributes marked `private: true` in a schema.json are never answered by the API, so the model leaves them out.
 */
type StrapiAttribute = {
  type: string;
  private?: boolean;
  multiple?: boolean;
  relation?: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
};
type StrapiSchema = { attributes: Record<string, StrapiAttribute> };

const SRC = path.resolve(import.meta.dirname, '..', '..', 'src');
const readSchema = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as StrapiSchema;

// Types without routes (the editors' version history and audit trail) are never answered by the public API.
const hasRoutes = (api: string) => {
  try {
    return readdirSync(path.join(SRC, 'api', api, 'routes')).length > 0;
  } catch {
    return false;
  }
};
const contentTypes = readdirSync(path.join(SRC, 'api')).flatMap((api) => {
  if (!hasRoutes(api)) return [];
  const folder = path.join(SRC, 'api', api, 'content-types');
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.map((name) => ({
    uid: `api::${api}.${name}`,
    schema: readSchema(path.join(folder, name, 'schema.json')),
  }));
});
const components = readdirSync(path.join(SRC, 'components')).flatMap((category) =>
  readdirSync(path.join(SRC, 'components', category))
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({
      name: `${category}.${file.replace(/\.json$/, '')}`,
      schema: readSchema(path.join(SRC, 'components', category, file)),
    })),
);

// The site settings are answered from the home agency's record, not a type of their own (uid null).
const uidOf = Object.fromEntries(
  Object.entries(ENTITIES).flatMap(([name, entity]) => (entity.uid ? [[name, entity.uid]] : [])),
);
const MANY = ['oneToMany', 'manyToMany'];

/** What the model should say of a Strapi attribute, or a description of the mismatch. */
function mismatch(strapi: StrapiAttribute, model: Attribute): string | null {
  const expected: Record<string, Attribute['type'][]> = {
    string: ['string'],
    text: ['string'],
    uid: ['string'],
    email: ['string'],
    // The agency field (`global::agency`) is a string underneath.
    customField: ['string'],
    enumeration: ['enumeration'],
    integer: ['integer'],
    // A whole number past 2^53 would lose digits as a JSON number: Strapi answers it as a decimal string.
    biginteger: ['string'],
    decimal: ['number'],
    float: ['number'],
    boolean: ['boolean'],
    datetime: ['datetime'],
    date: ['date'],
    blocks: ['blocks'],
    json: ['json'],
    media: ['media'],
    relation: ['relation'],
    component: ['component'],
  };
  if (!(expected[strapi.type] ?? []).includes(model.type))
    return `Strapi type ${strapi.type}, model type ${model.type}`;
  if (model.type === 'media' && Boolean(strapi.multiple) !== Boolean(model.multiple)) return 'media multiple differs';
  if (model.type === 'relation') {
    if (uidOf[model.target] !== strapi.target) return `relation target ${strapi.target}, model ${model.target}`;
    if (MANY.includes(strapi.relation ?? '') !== Boolean(model.multiple)) return 'relation multiple differs';
  }
  if (model.type === 'component' && (model.component !== strapi.component || !strapi.repeatable))
    return `component ${strapi.component}, model ${model.component}`;
  return null;
}

function compare(strapiAttributes: Record<string, StrapiAttribute>, model: Attributes) {
  const publicNames = Object.keys(strapiAttributes).filter((name) => !strapiAttributes[name].private);
  const problems = publicNames.flatMap((name) => {
    const problem = name in model ? mismatch(strapiAttributes[name], model[name]) : null;
    return problem ? [`${name}: ${problem}`] : [];
  });
  return { publicNames: publicNames.sort(), modelNames: Object.keys(model).sort(), problems };
}

describe('the shared content model', () => {
  it('has one entity per content type of the CMS, and no other', () => {
    expect(contentTypes.length).toBeGreaterThanOrEqual(5);
    expect(Object.values(uidOf).sort()).toEqual(contentTypes.map((type) => type.uid).sort());
  });

  it("lists exactly each content type's public attributes, with matching types", () => {
    expect(contentTypes.length).toBeGreaterThanOrEqual(5);
    for (const { uid, schema } of contentTypes) {
      const entity = Object.values(ENTITIES).find((candidate) => candidate.uid === uid);
      expect(entity, `${uid} is missing from ENTITIES in packages/content/src/model.ts`).toBeDefined();
      const { publicNames, modelNames, problems } = compare(schema.attributes, entity!.attributes);
      expect(modelNames, `${uid}: add the field to (or remove it from) packages/content/src/model.ts`).toEqual(
        publicNames,
      );
      expect(problems, uid).toEqual([]);
    }
  });

  it('lists exactly the attributes of each component', () => {
    expect(components.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(COMPONENTS).sort()).toEqual(components.map((component) => component.name).sort());
    for (const { name, schema } of components) {
      const model = Object.entries(COMPONENTS).find(([key]) => key === name)?.[1];
      expect(model, `${name} is missing from COMPONENTS in packages/content/src/model.ts`).toBeDefined();
      const { publicNames, modelNames, problems } = compare(schema.attributes, model!);
      expect(modelNames, name).toEqual(publicNames);
      expect(problems, name).toEqual([]);
    }
  });
});

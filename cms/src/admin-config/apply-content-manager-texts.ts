import { isDeepStrictEqual } from 'node:util';
import type { Core } from '@strapi/strapi';
import { COMPONENT_TEXTS, CONTENT_TYPE_TEXTS, type ModelTexts } from './content-manager-texts';

type Tree = Record<string, unknown>;
type Path = string[];

/** Where the values last applied are kept: what an editor has since changed in the admin is theirs to keep. */
const APPLIED = { key: 'content-manager-texts' };
const appliedStore = (strapi: Core.Strapi) => strapi.store({ type: 'core', name: 'thads' });
const configurationStore = (strapi: Core.Strapi) => strapi.store({ type: 'plugin', name: 'content_manager' });

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

function valueAt(tree: Tree, path: Path): unknown {
  let node: unknown = tree;
  for (const key of path) node = isTree(node) ? node[key] : undefined;
  return node;
}

function setAt(tree: Tree, path: Path, value: unknown): void {
  let node = tree;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node = isTree(next) ? next : (node[key] = {});
  }
  node[path[path.length - 1] ?? ''] = value;
}

/** The configuration values the repository wants for one model, by path in the content manager's stored shape. */
export function wantedValues(texts: ModelTexts): Array<[Path, unknown]> {
  const values: Array<[Path, unknown]> = [];
  for (const [field, { label: vi, en, hint, editable }] of Object.entries(texts.fields)) {
    const label = `${vi} (${en})`;
    values.push(
      [['metadatas', field, 'edit', 'label'], label],
      [['metadatas', field, 'edit', 'description'], hint],
      // A list's headers do not wrap: the Vietnamese word alone, so that the columns fit the screen.
      [['metadatas', field, 'list', 'label'], vi],
    );
    if (editable === false) values.push([['metadatas', field, 'edit', 'editable'], false]);
  }
  if (texts.columns) values.push([['layouts', 'list'], texts.columns]);
  if (texts.sort)
    values.push([['settings', 'defaultSortBy'], texts.sort.by], [['settings', 'defaultSortOrder'], texts.sort.order]);
  return values;
}

/**
 * Writes `wanted` into `configuration` where the value is still what was applied last time (or nothing was applied
 * yet): a label an editor retyped in the admin stays theirs. Fields the model no longer has are left alone.
 * Returns whether anything changed; `applied` is updated in place.
 */
export function mergeWanted(
  configuration: Tree,
  wanted: Array<[Path, unknown]>,
  applied: Record<string, unknown>,
  prefix: string,
): boolean {
  let changed = false;
  for (const [path, value] of wanted) {
    if (path[0] === 'metadatas' && valueAt(configuration, path.slice(0, 2)) === undefined) continue;
    const key = `${prefix}:${path.join('.')}`;
    const current = valueAt(configuration, path);
    if ((!(key in applied) || isDeepStrictEqual(current, applied[key])) && !isDeepStrictEqual(current, value)) {
      setAt(configuration, path, value);
      changed = true;
    }
    applied[key] = value;
  }
  return changed;
}

/**
 * Until the schedule's list columns were listed in `content-manager-texts.ts`, the scheduling module appended them to
 * the columns applied here: such a list is still the one applied, not an editor's.
 */
const FORMERLY_APPENDED_COLUMNS = ['publishAt', 'scheduleError'];

function adoptFormerlyAppendedColumns(configuration: Tree, applied: Record<string, unknown>, prefix: string): void {
  const key = `${prefix}:layouts.list`;
  const before = applied[key];
  if (!Array.isArray(before) || before.some((column) => FORMERLY_APPENDED_COLUMNS.includes(column))) return;
  const appended = [...before, ...FORMERLY_APPENDED_COLUMNS];
  if (isDeepStrictEqual(valueAt(configuration, ['layouts', 'list']), appended)) applied[key] = appended;
}

/**
 * Gives the content manager the repository's Vietnamese labels, hints, list columns and order (run in bootstrap,
 * after the content manager has synchronised its configurations with the schemas).
 */
export async function applyContentManagerTexts(strapi: Core.Strapi): Promise<void> {
  const store = configurationStore(strapi);
  const previous = await appliedStore(strapi).get(APPLIED);
  const applied: Record<string, unknown> = isTree(previous) ? { ...previous } : {};
  const models: Array<[string, ModelTexts]> = [
    ...Object.entries(CONTENT_TYPE_TEXTS).map(([uid, texts]): [string, ModelTexts] => [`content_types::${uid}`, texts]),
    ...Object.entries(COMPONENT_TEXTS).map(([uid, texts]): [string, ModelTexts] => [`components::${uid}`, texts]),
  ];
  for (const [name, texts] of models) {
    const key = `configuration_${name}`;
    const configuration = await store.get({ key });
    if (!isTree(configuration)) continue;
    adoptFormerlyAppendedColumns(configuration, applied, name);
    if (mergeWanted(configuration, wantedValues(texts), applied, name)) await store.set({ key, value: configuration });
  }
  await appliedStore(strapi).set({ ...APPLIED, value: applied });
}

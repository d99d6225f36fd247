/*
 * Mirrors: @strapi/core 5.54.0 — dist/services/document-service/components.js (`createComponents`, `createComponent`:
 * a component's rows are made first, then linked from the document's row through `{ id, __pivot: { field,
 * component_type } }` values the query engine writes to the link table), for repeatable and single components without
 * nested components.
 * Why: the reference data made at every fresh start (64 agencies with their dated names and links) cost a third of a
 * fresh start's CPU through the Document Service, which each of the CMS tests' databases paid again.
 * Verify after an upgrade: tests/seed.test.ts ("agencies": names, successors, links as the API answers them).
 */
import type { Core, UID } from '@strapi/strapi';
import { newDocumentId } from '../lib/document-id';

type Attribute = { type: string; component?: string; repeatable?: boolean };

/**
 * Writes one document of a type without draft and publish (a single published row) with its components, past the
 * Document Service: no middleware runs (no version, no audit entry, no cache announcement). For reference data only.
 */
export async function insertReferenceDocument(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  data: Record<string, unknown>,
): Promise<{ id: number; documentId: string }> {
  const attributes = (strapi.getModel(uid)?.attributes ?? {}) as Record<string, Attribute>;
  const row: Record<string, unknown> = { ...data };
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type !== 'component' || !attribute.component || data[name] === undefined || data[name] === null)
      continue;
    const component = attribute.component as UID.Component;
    const values = (Array.isArray(data[name]) ? data[name] : [data[name]]) as Array<Record<string, unknown>>;
    const linked = [];
    for (const value of values) {
      const created = (await strapi.db.query(component).create({ data: value })) as { id: number };
      linked.push({ id: created.id, __pivot: { field: name, component_type: component } });
    }
    row[name] = attribute.repeatable ? linked : linked[0];
  }
  const now = new Date();
  return (await strapi.db.query(uid).create({
    data: { ...row, documentId: newDocumentId(), createdAt: now, updatedAt: now, publishedAt: now },
  })) as { id: number; documentId: string };
}

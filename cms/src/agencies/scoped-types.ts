import type { Core, UID } from '@strapi/strapi';

/**
 * The declaration that makes a type belong to an agency: an attribute of this custom field. Everything else follows
 * from it and from nothing else: its reads narrowed (staff articles, the admin's lists and reads), its writes stamped
 * with the account's agency and checked (never moved, relations within the allowed agencies), its admin permissions
 * ANDed with the agency, its slugs unique per agency, the route walk and the adversarial suite covering it.
 *
 *   "agency": { "type": "customField", "customField": "global::agency", "required": true, "maxLength": 40 }
 *
 * Stored as a plain indexed column holding the agency's code (a relation would live in a link table, where
 * `(agency, slug)` could not be unique and `(agency, date)` lists would need a join).
 */
export const AGENCY_FIELD = 'global::agency';
/** The attribute's name on every scoped type (one name, so filters read the same everywhere: `filters[agency]`). */
export const AGENCY_ATTRIBUTE = 'agency';

type Attribute = { type?: string; customField?: string };

/** Registers the custom field (a string underneath); must run in `register`, before Strapi converts custom fields. */
export function registerAgencyField(strapi: Core.Strapi): void {
  strapi.customFields.register({ name: 'agency', type: 'string' });
}

/** Whether a content type declares the agency attribute. */
export function isAgencyScoped(strapi: Core.Strapi, uid: string): boolean {
  const model = strapi.getModel(uid as UID.Schema) as { attributes?: Record<string, Attribute> } | undefined;
  return model?.attributes?.[AGENCY_ATTRIBUTE]?.customField === AGENCY_FIELD;
}

const scopedByStrapi = new WeakMap<Core.Strapi, readonly UID.ContentType[]>();

/** Every agency-scoped content type, in the order Strapi registered them: the one list every check reads. */
export function agencyScopedTypes(strapi: Core.Strapi): readonly UID.ContentType[] {
  let scoped = scopedByStrapi.get(strapi);
  if (!scoped) {
    scoped = (Object.keys(strapi.contentTypes) as UID.ContentType[]).filter((uid) => isAgencyScoped(strapi, uid));
    scopedByStrapi.set(strapi, scoped);
  }
  return scoped;
}

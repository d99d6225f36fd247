import type { Core } from '@strapi/strapi';
import { AUDIT_READ } from '../history/audit-permission';
import { isLocalized, LOCALE_CODES } from '../i18n/locales';

const PUBLISH = 'plugin::content-manager.explorer.publish';
const READ = 'plugin::content-manager.explorer.read';
const CREATE = 'plugin::content-manager.explorer.create';
const UPDATE = 'plugin::content-manager.explorer.update';
const UPLOAD_SETTINGS_READ = 'plugin::upload.settings.read';
const DELETE = 'plugin::content-manager.explorer.delete';
const EDITORIAL_TYPES = [
  'api::article.article',
  'api::author.author',
  'api::campaign-theme.campaign-theme',
  'api::category.category',
  'api::unit.unit',
  // Issue 21: agencies' introductions and leadership, citizens' questions.
  'api::agency-profile.agency-profile',
  'api::leader.leader',
  'api::question.question',
  // The agencies' records (issue 20): see RECORDS_WRITTEN_BY_AUTHORS and REGISTER below.
  'api::legal-document.legal-document',
  'api::notice.notice',
  'api::debtor-entry.debtor-entry',
];
// ---- The agencies' records (issue 20) ----
/** Authors draft legal documents and notices as they draft articles: their own, never published by them. */
const RECORDS_WRITTEN_BY_AUTHORS = ['api::legal-document.legal-document', 'api::notice.notice'];
/** The register of debtors is personal data: its Editors only (they import it, take entries off, publish). */
const REGISTER = 'api::debtor-entry.debtor-entry';
const IS_CREATOR = 'admin::is-creator';
// ---- end of the agencies' records ----
const AGENCY = 'api::agency.agency';
/**
 * An agency's own record: its Editors keep its header and footer texts and contacts (the permission engine narrows
 * them to their own agency's record, `agencies/admin-guard`); its code, kind, names and mergers are the Super
 * Admins' (data, not code: a rename is a new dated name, a merger a successor).
 */
const AGENCY_FIELDS_FOR_EDITORS = [
  'shortName',
  'description',
  'governingBody',
  'address',
  'phone',
  'fax',
  'email',
  'responsiblePerson',
  'copyright',
  'relatedLinks.label',
  'relatedLinks.url',
  // Issue 21: its English name, the portals it points citizens to, its mail to citizens.
  'englishName',
  'nationalServicePortal',
  'provinceServicePortal',
  'feedbackPortal',
  'mailSenderName',
  'mailReplyTo',
];
/** An agency's settings are an Editor's (or Super Admin's) business. */
const EDITOR_ONLY_SUBJECTS = [AGENCY, 'api::unit.unit', 'api::agency-profile.agency-profile', 'api::leader.leader'];
/** What an Author picks in an article's relation pickers: all of them, not only those the Author created. */
const PICKED_BY_AUTHORS = [
  'api::author.author',
  'api::campaign-theme.campaign-theme',
  'api::category.category',
  AGENCY,
  'api::unit.unit',
];
/** Fields added since the roles were made, which a permission listing its fields must name to show them. */
const ADDED_FIELDS: Record<string, string[]> = {
  'api::article.article': ['agency', 'legacyPath'],
  'api::author.author': ['agency'],
  'api::campaign-theme.campaign-theme': ['agency'],
};
/** Internal fields an Author sees but cannot set. */
const LOCKED_FOR_AUTHORS: Record<string, string[]> = { 'api::article.article': ['isSample'] };

/**
 * Features an intranet's editorial roles must not see: the Marketplace (it needs the internet) and the
 * Content-Type Builder (the model belongs to developers). Super Admins keep them (Community Edition allows it).
 */
const HIDDEN_FROM_EDITORIAL_ROLES = ['admin::marketplace.', 'plugin::content-type-builder.'];

type PermissionRow = { id: number; action: string; subject: string | null };
type FieldsRow = { id: number; properties: { fields?: string[] | null } | null };

/** Vietnamese names for Strapi's three roles, given only while they still carry Strapi's English defaults. */
const ROLE_NAMES: Record<string, { from: string; name: string; description: string }> = {
  'strapi-super-admin': {
    from: 'Super Admin',
    name: 'Quản trị cấp cao (Super Admin)',
    description: 'Quản lý mọi chức năng và cài đặt, tài khoản và vai trò.',
  },
  'strapi-editor': {
    from: 'Editor',
    name: 'Biên tập viên (Editor)',
    description: 'Viết, sửa và xuất bản mọi nội dung, kể cả của người khác.',
  },
  'strapi-author': {
    from: 'Author',
    name: 'Tác giả (Author)',
    description: 'Viết và sửa bài của mình; không xuất bản.',
  },
};

/**
 * The admin panel's editorial roles, made so at every start (Strapi creates them with the first administrator):
 * - Tác giả / Author ("strapi-author"): writes and edits their own articles (Strapi's "is creator" condition), never
 *   publishes, never touches the portal's settings nor internal fields (`isSample`); reads every author, category
 *   and campaign theme, so that the article's pickers list them;
 * - Biên tập viên / Editor ("strapi-editor"): edits and publishes everyone's content, reads the audit trail;
 * - neither sees the Marketplace nor the Content-Type Builder;
 * - Super Admin: everything, including users and settings (Strapi's own role, left alone).
 * A publish permission granted to Authors by hand is taken away again on the next start: that is the policy.
 */
export async function enforceEditorialRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.db.query('admin::role');
  const permissions = strapi.db.query('admin::permission');
  for (const [code, { from, name, description }] of Object.entries(ROLE_NAMES)) {
    await roles.updateMany({ where: { code, name: from }, data: { name, description } });
  }
  const author = (await roles.findOne({ where: { code: 'strapi-author' } })) as { id: number } | null;
  const editor = (await roles.findOne({ where: { code: 'strapi-editor' } })) as { id: number } | null;

  const editorial = [author, editor].flatMap((role) => (role ? [role.id] : []));
  if (editorial.length > 0)
    await permissions.deleteMany({
      where: {
        role: { $in: editorial },
        $or: HIDDEN_FROM_EDITORIAL_ROLES.map((prefix) => ({ action: { $startsWith: prefix } })),
      },
    });
  if (author) {
    await permissions.deleteMany({
      where: {
        role: author.id,
        $or: [
          { action: PUBLISH },
          { action: AUDIT_READ },
          { subject: { $in: EDITOR_ONLY_SUBJECTS }, action: { $ne: READ } },
          { subject: REGISTER },
        ],
      },
    });
    await letAuthorsDraftRecords(strapi, author.id);
    await letAuthorsReadPickedTypes(strapi, author.id);
    await lockFieldsForAuthors(strapi, author.id);
    await letAuthorsDraftAnswers(strapi, author.id);
    // The media dialog reads the upload settings (image optimisation) each time it opens: a 403 there, 14 times.
    if ((await permissions.count({ where: { role: author.id, action: UPLOAD_SETTINGS_READ } })) === 0)
      await permissions.create({
        data: { action: UPLOAD_SETTINGS_READ, subject: null, properties: {}, conditions: [], role: author.id },
      });
  }
  for (const role of editorial) await showAddedFields(strapi, role);
  if (editor) {
    for (const subject of EDITORIAL_TYPES)
      for (const action of [READ, CREATE, UPDATE, DELETE])
        if ((await permissions.count({ where: { role: editor.id, action, subject } })) === 0)
          await permissions.create({
            data: {
              action,
              subject,
              properties: { fields: allFields(strapi, subject) },
              conditions: [],
              role: editor.id,
            },
          });
    for (const action of [READ, UPDATE]) {
      const where = { role: editor.id, action, subject: AGENCY };
      const fields = action === READ ? allFields(strapi, AGENCY) : AGENCY_FIELDS_FOR_EDITORS;
      const rows = (await permissions.findMany({ where, select: ['id'] })) as Array<{ id: number }>;
      if (rows.length === 0) await permissions.create({ data: { ...where, properties: { fields }, conditions: [] } });
      else for (const { id } of rows) await permissions.update({ where: { id }, data: { properties: { fields } } });
    }
    // Agencies are made, merged and deleted by Super Admins only.
    await permissions.deleteMany({
      where: { role: editor.id, subject: AGENCY, action: { $in: [CREATE, DELETE, PUBLISH] } },
    });
    const existing = (await permissions.findMany({
      where: { role: editor.id, action: PUBLISH },
      select: ['id', 'action', 'subject'],
    })) as PermissionRow[];
    const covered = new Set(existing.map((permission) => permission.subject));
    for (const subject of EDITORIAL_TYPES) {
      if (!covered.has(subject))
        await permissions.create({
          data: { action: PUBLISH, subject, properties: {}, conditions: [], role: editor.id },
        });
    }
    if ((await permissions.count({ where: { role: editor.id, action: AUDIT_READ } })) === 0)
      await permissions.create({
        data: { action: AUDIT_READ, subject: null, properties: {}, conditions: [], role: editor.id },
      });
  }
  await inEveryLanguage(strapi, editorial);
}

// --- Translated types (issue 21) -------------------------------------------------------------------------------

const LOCALE_ACTIONS = [READ, CREATE, UPDATE, DELETE, PUBLISH];

/**
 * A permission on a translated type names the languages it covers (Strapi's i18n: none named, none covered; a type
 * newly translated gets the default language only): the editorial roles work in Vietnamese and English alike.
 */
async function inEveryLanguage(strapi: Core.Strapi, roles: number[]): Promise<void> {
  const translated = Object.keys(strapi.contentTypes).filter((uid) => isLocalized(strapi, uid));
  if (roles.length === 0 || translated.length === 0) return;
  const permissions = strapi.db.query('admin::permission');
  const rows = (await permissions.findMany({
    where: { role: { $in: roles }, subject: { $in: translated }, action: { $in: LOCALE_ACTIONS } },
    select: ['id', 'properties'],
  })) as Array<{ id: number; properties: { locales?: string[] | null } | null }>;
  for (const { id, properties } of rows) {
    const locales = properties?.locales;
    if (locales === null || LOCALE_CODES.every((code) => locales?.includes(code))) continue;
    await permissions.update({ where: { id }, data: { properties: { ...properties, locales: [...LOCALE_CODES] } } });
  }
}

/** Every field of a type, as the roles' permissions list them (nested component fields included). */
function allFields(strapi: Core.Strapi, subject: string): string[] {
  const contentTypes = strapi.service('admin::content-type') as {
    getNestedFields(model: unknown, options: { components: unknown }): string[];
  };
  return contentTypes.getNestedFields(strapi.contentTypes[subject as keyof typeof strapi.contentTypes], {
    components: strapi.components,
  });
}

/** Fields a release added to a type are added to the role's permissions that list fields (so editors see them). */
async function showAddedFields(strapi: Core.Strapi, role: number): Promise<void> {
  const permissions = strapi.db.query('admin::permission');
  for (const [subject, added] of Object.entries(ADDED_FIELDS)) {
    const rows = (await permissions.findMany({
      where: { role, subject, action: { $in: [READ, CREATE, UPDATE] } },
      select: ['id', 'properties'],
    })) as FieldsRow[];
    for (const { id, properties } of rows) {
      const fields = properties?.fields;
      if (!fields || added.every((field) => fields.includes(field))) continue;
      await permissions.update({
        where: { id },
        data: { properties: { ...properties, fields: [...new Set([...fields, ...added])] } },
      });
    }
  }
}

async function letAuthorsReadPickedTypes(strapi: Core.Strapi, role: number): Promise<void> {
  const permissions = strapi.db.query('admin::permission');
  for (const subject of PICKED_BY_AUTHORS) {
    const where = { role, action: READ, subject };
    const rows = (await permissions.findMany({ where, select: ['id'] })) as Array<{ id: number }>;
    for (const { id } of rows) await permissions.update({ where: { id }, data: { conditions: [] } });
    if (rows.length > 0) continue;
    // A type added after the roles were made has no Author permission at all: read every field of it.
    await permissions.create({
      data: { ...where, properties: { fields: allFields(strapi, subject) }, conditions: [] },
    });
  }
}

async function lockFieldsForAuthors(strapi: Core.Strapi, role: number): Promise<void> {
  const permissions = strapi.db.query('admin::permission');
  for (const [subject, locked] of Object.entries(LOCKED_FOR_AUTHORS)) {
    const rows = (await permissions.findMany({
      where: { role, subject, action: { $in: [CREATE, UPDATE] } },
      select: ['id', 'properties'],
    })) as FieldsRow[];
    // Seen, read-only: without read, the edit view shows a required field saying "no permission to read".
    const reads = (await permissions.findMany({
      where: { role, subject, action: READ },
      select: ['id', 'properties'],
    })) as FieldsRow[];
    for (const { id, properties } of reads) {
      const fields = properties?.fields;
      if (fields && locked.some((field) => !fields.includes(field)))
        await permissions.update({
          where: { id },
          data: { properties: { ...properties, fields: [...new Set([...fields, ...locked])] } },
        });
    }
    for (const { id, properties } of rows) {
      // No field list means every field: spell the allowed ones out instead.
      const fields =
        properties?.fields ??
        Object.keys(strapi.contentTypes[subject as keyof typeof strapi.contentTypes]?.attributes ?? {});
      if (fields.some((field) => locked.includes(field)))
        await permissions.update({
          where: { id },
          data: { properties: { ...properties, fields: fields.filter((field) => !locked.includes(field)) } },
        });
    }
  }
}

// --- Citizens' questions (issue 21) -----------------------------------------------------------------------------

const QUESTION = 'api::question.question';
/** An Author drafts answers; whether a question is declined (and why) is an Editor's decision, as publishing is. */
const DECIDED_BY_EDITORS = ['state', 'declineReason'];

/**
 * Authors read and edit their agency's questions, every one of them (citizens create them, so "is creator" would
 * leave Authors none; the agency is ANDed on by `agencies/admin-guard`), without the state fields.
 */
async function letAuthorsDraftAnswers(strapi: Core.Strapi, role: number): Promise<void> {
  const permissions = strapi.db.query('admin::permission');
  for (const action of [READ, UPDATE]) {
    const where = { role, action, subject: QUESTION };
    const fields =
      action === READ
        ? allFields(strapi, QUESTION)
        : allFields(strapi, QUESTION).filter((field) => !DECIDED_BY_EDITORS.includes(field));
    const rows = (await permissions.findMany({ where, select: ['id'] })) as Array<{ id: number }>;
    if (rows.length === 0) await permissions.create({ data: { ...where, properties: { fields }, conditions: [] } });
    else
      for (const { id } of rows)
        await permissions.update({ where: { id }, data: { properties: { fields }, conditions: [] } });
  }
}

/** Authors' permissions on legal documents and notices (types added after the roles were made): read, create, edit their own. */
async function letAuthorsDraftRecords(strapi: Core.Strapi, role: number): Promise<void> {
  const permissions = strapi.db.query('admin::permission');
  for (const subject of RECORDS_WRITTEN_BY_AUTHORS)
    for (const action of [READ, CREATE, UPDATE])
      if ((await permissions.count({ where: { role, action, subject } })) === 0)
        await permissions.create({
          data: { action, subject, properties: { fields: allFields(strapi, subject) }, conditions: [IS_CREATOR], role },
        });
}

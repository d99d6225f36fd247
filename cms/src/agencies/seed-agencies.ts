import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { insertReferenceDocument } from '../strapi-internals/reference-rows';
import { AGENCY, type AgencyKind, type AgencyLink, type DatedName } from './registry';

/** The agencies of Viet Nam's civil judgment enforcement system, with dated names (seed/agencies.json). */
export const AGENCIES_FILE = path.join('seed', 'agencies.json');

type SourceAgency = {
  code: string;
  kind: AgencyKind;
  name: string;
  area?: string;
  parent?: string;
  names?: Array<{ name: string; from?: string; until?: string }>;
  successor?: string;
  mergedOn?: string;
};

export function readAgencyFile(appRoot: string): SourceAgency[] {
  const file = JSON.parse(fs.readFileSync(path.join(appRoot, AGENCIES_FILE), 'utf8')) as { agencies: SourceAgency[] };
  return file.agencies;
}

const NATIONAL_LINKS: AgencyLink[] = [
  { label: 'Bộ Tư pháp', url: 'https://moj.gov.vn' },
  { label: 'Cục Quản lý Thi hành án dân sự', url: 'https://thads.moj.gov.vn' },
  { label: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' },
];

/**
 * The national portals every agency points citizens to (Nghị định 42/2022/NĐ-CP): the National Public Service Portal
 * and its page for feedback and petitions on administrative rules. The province's own portal is each agency's to add.
 */
export const CITIZEN_PORTALS = {
  nationalServicePortal: 'https://dichvucong.gov.vn',
  feedbackPortal: 'https://dichvucong.gov.vn/p/phananhkiennghi/pakn-gui-pakn.html',
} as const;

/** "Thi hành án dân sự tỉnh Phú Thọ" → "THADS tỉnh Phú Thọ", as the agencies abbreviate themselves. */
export const shortNameOf = (name: string): string => name.replace(/Thi hành án dân sự/u, 'THADS');

/** The header and footer texts an agency starts with; its editors complete the contacts in the admin. */
export function defaultSettings(agency: Pick<SourceAgency, 'kind' | 'name' | 'parent'>) {
  const central = agency.kind === 'central';
  return {
    shortName: shortNameOf(agency.name),
    description: `Cổng thông tin điện tử ${agency.name}: tin tức, hoạt động, phong trào thi đua và thông báo.`,
    governingBody: central ? (agency.parent ?? 'Bộ Tư pháp') : 'Bộ Tư pháp – Cục Quản lý Thi hành án dân sự',
    responsiblePerson: central ? `Cục trưởng ${agency.name}` : `Người đứng đầu ${agency.name}`,
    copyright: `Bản quyền thuộc ${agency.name}. Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.`,
    relatedLinks: central ? NATIONAL_LINKS.filter((link) => link.label !== agency.name) : NATIONAL_LINKS,
    ...CITIZEN_PORTALS,
  };
}

const datedNames = (agency: SourceAgency): DatedName[] =>
  (agency.names ?? [{ name: agency.name }]).map(({ name, from, until }) => ({
    name,
    from: from ?? null,
    until: until ?? null,
  }));

/** A ledger of the codes seeded: an agency an operator deleted is not made again at the next start. */
const LEDGER = { type: 'core', name: 'thads-agencies', key: 'seeded' } as const;

/**
 * Makes sure every agency of the file exists (created once each, never overwritten: operators' edits stand), in the
 * file's order, then links each merged agency to the one that absorbed it. Runs at every start: the agencies are
 * the installation's reference data, not sample content.
 */
export async function seedAgencies(strapi: Core.Strapi): Promise<string[]> {
  const source = readAgencyFile(strapi.dirs.app.root);
  const seeded = new Set(((await strapi.store.get(LEDGER)) as string[] | null) ?? []);
  const existing = new Map(
    ((await strapi.db.query(AGENCY).findMany({ select: ['id', 'code'] })) as Array<{ id: number; code: string }>).map(
      (row) => [row.code, row.id],
    ),
  );
  const created: string[] = [];
  // Reference data, written straight to the database in one transaction (the Document Service cost a third of a fresh
  // start); the codes come from the file and are checked at every start like any other.
  await strapi.db.transaction(async () => {
    for (const [order, agency] of source.entries()) {
      if (existing.has(agency.code) || seeded.has(agency.code)) continue;
      const row = await insertReferenceDocument(strapi, AGENCY, {
        code: agency.code,
        kind: agency.kind,
        name: agency.name,
        names: datedNames(agency),
        area: agency.area ?? null,
        order: (order + 1) * 10,
        mergedOn: agency.mergedOn ?? null,
        ...defaultSettings(agency),
      });
      existing.set(agency.code, row.id);
      created.push(agency.code);
    }
    for (const agency of source) {
      if (!agency.successor || !created.includes(agency.code)) continue;
      const successor = existing.get(agency.successor);
      const id = existing.get(agency.code);
      if (successor !== undefined && id !== undefined)
        await strapi.db.query(AGENCY).update({ where: { id }, data: { successor } });
    }
  });
  if (created.length > 0) await strapi.store.set({ ...LEDGER, value: [...seeded, ...created] });
  return created;
}

/** Done once per database: agencies made before the portals existed get the national ones (an emptied link stays so). */
const PORTALS_LEDGER = { type: 'core', name: 'thads-agencies', key: 'citizen-portals' } as const;

/** The national portals for agencies seeded before they were part of an agency's settings (issue 21). */
export async function fillCitizenPortals(strapi: Core.Strapi): Promise<void> {
  if (await strapi.store.get(PORTALS_LEDGER)) return;
  await strapi.db.query(AGENCY).updateMany({ where: { nationalServicePortal: null }, data: CITIZEN_PORTALS });
  await strapi.store.set({ ...PORTALS_LEDGER, value: true });
}

import type { Core, UID } from '@strapi/strapi';
import { CENTRAL_AGENCY } from './catalogue';

/**
 * The agencies' records seeded once each (issue 20): legal documents with real public documents' metadata (the laws
 * and decrees every agency applies, under the central department), a few notices and register entries clearly marked
 * as samples (invented names, never a real person). A ledger of its own records what was made, so an editor's change
 * or deletion is never undone by another seed run.
 */
const LEDGER = { type: 'core', name: 'thads-seed', key: 'records-ledger' } as const;
const DOCUMENT = 'api::legal-document.legal-document' as UID.ContentType;
const NOTICE = 'api::notice.notice' as UID.ContentType;
const REGISTER = 'api::debtor-entry.debtor-entry' as UID.ContentType;
const UNIT = 'api::unit.unit' as UID.ContentType;
const SAMPLE_AGENCY = 'phutho';

type Seeded = { key: string; uid: UID.ContentType; data: Record<string, unknown>; links?: Record<string, string[]> };

/**
 * Public facts: number, kind, issuing body, dates and summary as published. Fields not known for sure are left empty.
 * Reviewed 2026-12-08 from memory of the published texts, without the official gazette at hand (no internet here):
 * - 26/2008/QH12 (14/11/2008, in force 01/7/2009) and 64/2014/QH13 (25/11/2014, in force 01/7/2015): as remembered.
 *   TO CHECK: the status of 26/2008/QH12 today ("hết hiệu lực một phần" since 01/7/2015 is the amendment's date; later
 *   amending laws, and any new law on civil judgment enforcement since, are not reflected).
 * - 62/2015/NĐ-CP (18/7/2015): TO CHECK its effective date (remembered as 15/9/2015, left empty until checked) and its
 *   amendment by a later decree (remembered as 33/2020/NĐ-CP, not linked).
 * - 42/2022/NĐ-CP (24/6/2022, in force 01/8/2022) and its summary: as remembered.
 * - 1898/QĐ-BTP: TO CHECK everything but the number (date, effective date and summary were not confirmed).
 */
const DOCUMENTS: Seeded[] = [
  {
    key: 'legal-document:26-2008-qh12',
    uid: DOCUMENT,
    data: {
      number: '26/2008/QH12',
      kind: 'law',
      issuingBody: 'Quốc hội',
      issuedOn: '2008-11-14',
      effectiveOn: '2009-07-01',
      validity: 'partly-expired',
      validityChangedOn: '2015-07-01',
      field: 'Thi hành án dân sự',
      summary: 'Luật Thi hành án dân sự',
    },
  },
  {
    key: 'legal-document:64-2014-qh13',
    uid: DOCUMENT,
    data: {
      number: '64/2014/QH13',
      kind: 'law',
      issuingBody: 'Quốc hội',
      issuedOn: '2014-11-25',
      effectiveOn: '2015-07-01',
      validity: 'in-force',
      field: 'Thi hành án dân sự',
      summary: 'Luật sửa đổi, bổ sung một số điều của Luật Thi hành án dân sự',
    },
    links: { amends: ['legal-document:26-2008-qh12'] },
  },
  {
    key: 'legal-document:62-2015-nd-cp',
    uid: DOCUMENT,
    data: {
      number: '62/2015/NĐ-CP',
      kind: 'decree',
      issuingBody: 'Chính phủ',
      issuedOn: '2015-07-18',
      validity: 'in-force',
      field: 'Thi hành án dân sự',
      summary: 'Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi hành án dân sự',
    },
    links: { guides: ['legal-document:26-2008-qh12', 'legal-document:64-2014-qh13'] },
  },
  {
    key: 'legal-document:42-2022-nd-cp',
    uid: DOCUMENT,
    data: {
      number: '42/2022/NĐ-CP',
      kind: 'decree',
      issuingBody: 'Chính phủ',
      issuedOn: '2022-06-24',
      effectiveOn: '2022-08-01',
      validity: 'in-force',
      field: 'Công nghệ thông tin, chuyển đổi số',
      summary:
        'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
    },
  },
  {
    key: 'legal-document:1898-qd-btp',
    uid: DOCUMENT,
    data: {
      number: '1898/QĐ-BTP',
      kind: 'decision',
      issuingBody: 'Bộ Tư pháp',
      issuedOn: '2025-06-25',
      effectiveOn: '2025-07-01',
      validity: 'in-force',
      field: 'Tổ chức bộ máy',
      summary:
        'Quyết định về Cục Quản lý Thi hành án dân sự và Thi hành án dân sự 34 tỉnh, thành phố với các Phòng Thi hành án dân sự khu vực, từ ngày 01/7/2025',
    },
  },
];

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString();

function samples(unit: string | null): Seeded[] {
  return [
    {
      key: 'notice:sample-auction',
      uid: NOTICE,
      data: {
        agency: SAMPLE_AGENCY,
        isSample: true,
        kind: 'asset-auction',
        title: '[Mẫu] Thông báo đấu giá quyền sử dụng đất và tài sản gắn liền với đất',
        unit,
        date: day(-3).slice(0, 10),
        assetDescription: '[Dữ liệu mẫu] Quyền sử dụng 120 m² đất ở và nhà cấp 4 trên đất.',
        assetLocation: '[Dữ liệu mẫu] tỉnh Phú Thọ',
        assetKind: 'land-use-right',
        startingPrice: '1250000000',
        deposit: '250000000',
        viewingFrom: day(4),
        viewingUntil: day(6),
        registrationDeadline: day(20),
        auctionAt: day(23),
        legalBasis: '[Dữ liệu mẫu] Điều 101 Luật Thi hành án dân sự.',
      },
    },
    {
      key: 'notice:sample-selection',
      uid: NOTICE,
      data: {
        agency: SAMPLE_AGENCY,
        isSample: true,
        kind: 'organisation-selection',
        title: '[Mẫu] Thông báo lựa chọn tổ chức đấu giá tài sản',
        unit,
        date: day(-10).slice(0, 10),
        assetDescription: '[Dữ liệu mẫu] Một xe ô tô con đã qua sử dụng.',
        assetKind: 'vehicle',
        startingPrice: '320000000',
        registrationDeadline: day(-2),
      },
    },
    ...(
      [
        ['register:sample-1', 'Nguyễn Văn Mẫu', 1968, '101/QĐ-THADS (mẫu)', 'Trả nợ 85.000.000 đồng (dữ liệu mẫu)'],
        ['register:sample-2', 'Trần Thị Thử', 1979, '102/QĐ-THADS (mẫu)', 'Bồi thường 40.000.000 đồng (dữ liệu mẫu)'],
        ['register:sample-3', 'Lê Văn Ví Dụ', 1985, '103/QĐ-THADS (mẫu)', 'Án phí 3.500.000 đồng (dữ liệu mẫu)'],
      ] as const
    ).map(([key, fullName, birthYear, decisionNumber, obligation]) => ({
      key,
      uid: REGISTER,
      data: {
        agency: SAMPLE_AGENCY,
        isSample: true,
        fullName,
        birthYear,
        address: 'Dữ liệu mẫu, không phải người thật',
        obligation,
        decisionNumber,
        decisionDate: '2024-03-04',
        unit,
        judgmentNumber: '12/2023/DS-ST (mẫu)',
        judgmentDate: '2023-09-15',
        court: 'Toà án nhân dân (dữ liệu mẫu)',
        noConditionsOn: '2025-05-02',
      },
    })),
  ];
}

/** A unit of the sample agency for the samples to belong to: its head office, made if it has no unit yet. */
async function sampleUnit(strapi: Core.Strapi, ledger: Record<string, string>): Promise<string | null> {
  const existing = (await strapi.db.query(UNIT).findOne({
    where: { agency: SAMPLE_AGENCY, publishedAt: { $notNull: true } },
    select: ['documentId'],
    orderBy: { order: 'asc' },
  })) as { documentId: string } | null;
  if (existing) return existing.documentId;
  if ('unit:sample-head-office' in ledger) return null;
  const data = { agency: SAMPLE_AGENCY, name: 'Trụ sở Thi hành án dân sự tỉnh Phú Thọ', kind: 'head-office', order: 0 };
  const units = strapi.documents('api::unit.unit');
  const unit = await units.create({ data: data as never });
  // A unit is published only with its English name (`i18n/require-english`): both versions at once.
  await units.update({
    documentId: unit.documentId,
    locale: 'en',
    data: { ...data, name: 'Civil Judgment Enforcement Head Office of Phú Thọ' } as never,
  } as never);
  await units.publish({ documentId: unit.documentId, locale: '*' } as never);
  ledger['unit:sample-head-office'] = unit.documentId;
  return unit.documentId;
}

export async function seedRecords(strapi: Core.Strapi): Promise<string[]> {
  const ledger = ((await strapi.store.get(LEDGER)) as Record<string, string> | null) ?? {};
  const created: string[] = [];
  const unit = await sampleUnit(strapi, ledger);
  for (const { key, uid, data, links } of [
    ...DOCUMENTS.map((document) => ({ ...document, data: { agency: CENTRAL_AGENCY, ...document.data } })),
    ...samples(unit),
  ]) {
    if (key in ledger) continue;
    const related = Object.fromEntries(
      Object.entries(links ?? {}).map(([name, keys]) => [
        name,
        keys.map((linked) => ledger[linked]).filter((id): id is string => Boolean(id)),
      ]),
    );
    const document = await strapi
      .documents(uid)
      .create({ data: { ...data, ...related } as never, status: 'published' });
    ledger[key] = document.documentId;
    created.push(key);
  }
  await strapi.store.set({ ...LEDGER, value: ledger });
  return created;
}

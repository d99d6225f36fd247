import type { Core } from '@strapi/strapi';
import { AGENCY } from '../agencies/registry';
import { ENGLISH } from '../i18n/locales';

/*
 * The introduction, leadership and units of the central department and of Phú Thọ (issue 21), in Vietnamese and
 * English. Public knowledge is given as such: the agencies' names and kinds, that Phú Thọ absorbed Vĩnh Phúc and Hòa
 * Bình on 01/07/2025 (Quyết định 1898/QĐ-BTP), their legal functions. Anything not known here (people, street
 * addresses, phone numbers, the regional offices' exact areas) is a sample: `isSample: true`, and its text says so.
 */

type Text = { vi: string; en: string };
type UnitSeed = {
  key: string;
  agency: string;
  kind: 'head-office' | 'regional';
  order: number;
  name: Text;
  area: Text;
  hours: Text;
  headTitle: Text;
  address: string;
  phone: string;
  email: string;
  communes: string[];
  headName: string;
  mapUrl: string;
};
type LeaderSeed = { key: string; agency: string; order: number; name: string; position: Text; responsibilities: Text };
type ProfileSeed = {
  key: string;
  agency: string;
  summary: Text;
  functions: Text;
  duties: Text;
  /** No English yet: the site shows the Vietnamese text marked as such (a translation still to be made). */
  history: { vi: string; en?: string };
};

/** Marks a sample in text a reader sees. */
const SAMPLE: Text = { vi: '(dữ liệu mẫu)', en: '(sample data)' };
const HOURS: Text = {
  vi: 'Thứ Hai – Thứ Sáu: sáng 7:30–11:30, chiều 13:30–17:00 (dữ liệu mẫu)',
  en: 'Monday – Friday: 7:30–11:30 and 13:30–17:00 (sample data)',
};
/** A place on OpenStreetMap by its coordinates (a link, no map is embedded). */
const osm = (lat: number, lon: number) => `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;

export const AGENCY_ENGLISH_NAMES: Record<string, string> = {
  trunguong: 'Department of Civil Judgment Enforcement Management (Ministry of Justice)',
  phutho: 'Civil Judgment Enforcement Agency of Phú Thọ Province',
};
/** The province's public-service portal, where it is public knowledge. */
export const PROVINCE_PORTALS: Record<string, string> = { phutho: 'https://dichvucong.phutho.gov.vn' };

export const UNITS: UnitSeed[] = [
  {
    key: 'unit:trunguong:tru-so',
    agency: 'trunguong',
    kind: 'head-office',
    order: 0,
    name: {
      vi: 'Cục Quản lý Thi hành án dân sự – Trụ sở chính',
      en: 'Department of Civil Judgment Enforcement Management – Head office',
    },
    area: { vi: 'Toàn quốc', en: 'Nationwide' },
    hours: HOURS,
    headTitle: { vi: 'Cục trưởng', en: 'Director General' },
    address: 'Hà Nội (địa chỉ mẫu)',
    phone: '024 0000 0000 (mẫu)',
    email: 'mau.cucqlthads@example.gov.vn',
    communes: [],
    headName: `Lãnh đạo mẫu ${SAMPLE.vi}`,
    mapUrl: osm(21.0285, 105.8542),
  },
  {
    key: 'unit:phutho:tru-so',
    agency: 'phutho',
    kind: 'head-office',
    order: 0,
    name: {
      vi: 'Thi hành án dân sự tỉnh Phú Thọ – Trụ sở chính',
      en: 'Civil Judgment Enforcement Agency of Phú Thọ Province – Head office',
    },
    area: { vi: 'Tỉnh Phú Thọ', en: 'Phú Thọ Province' },
    hours: HOURS,
    headTitle: { vi: 'Thủ trưởng', en: 'Head of the agency' },
    // The province's seat is in Việt Trì (Nghị quyết 202/2025/QH15); never an address of an agency merged into it.
    address: 'Phường Việt Trì, tỉnh Phú Thọ (địa chỉ mẫu)',
    phone: '0210 000 0000 (mẫu)',
    email: 'mau.thads@phutho.example.gov.vn',
    communes: [],
    headName: `Lãnh đạo mẫu ${SAMPLE.vi}`,
    mapUrl: osm(21.3227, 105.4019),
  },
  ...(
    [
      [
        1,
        'Việt Trì',
        ['Phường Việt Trì', 'Phường Nông Trang', 'Phường Thanh Miếu', 'Phường Vân Phú'],
        21.3227,
        105.4019,
      ],
      [2, 'Vĩnh Yên', ['Phường Vĩnh Phúc', 'Phường Vĩnh Yên', 'Xã Tam Đảo'], 21.3089, 105.6049],
      [3, 'Hòa Bình', ['Phường Hòa Bình', 'Phường Kỳ Sơn', 'Phường Tân Hòa', 'Phường Thống Nhất'], 20.8172, 105.3376],
    ] as const
  ).map(([number, town, communes, lat, lon]): UnitSeed => ({
    key: `unit:phutho:khu-vuc-${number}`,
    agency: 'phutho',
    kind: 'regional',
    order: number,
    name: {
      vi: `Phòng Thi hành án dân sự khu vực ${number} – Phú Thọ`,
      en: `Regional Civil Judgment Enforcement Office No. ${number} – Phú Thọ`,
    },
    area: {
      vi: `Khu vực ${town} ${SAMPLE.vi}`,
      en: `The ${town} area ${SAMPLE.en}`,
    },
    hours: HOURS,
    headTitle: { vi: 'Trưởng phòng', en: 'Head of Office' },
    address: `Khu vực ${town}, tỉnh Phú Thọ (địa chỉ mẫu)`,
    phone: `0210 000 000${number} (mẫu)`,
    email: `mau.khuvuc${number}@phutho.example.gov.vn`,
    communes: [...communes],
    headName: `Trưởng phòng mẫu ${number} ${SAMPLE.vi}`,
    mapUrl: osm(lat, lon),
  })),
];

export const LEADERS: LeaderSeed[] = [
  ...(['trunguong', 'phutho'] as const).flatMap((agency) => {
    const central = agency === 'trunguong';
    return [
      {
        key: `leader:${agency}:1`,
        agency,
        order: 1,
        name: `Lãnh đạo mẫu 1 ${SAMPLE.vi}`,
        position: central
          ? { vi: 'Cục trưởng', en: 'Director General' }
          : { vi: 'Thủ trưởng', en: 'Head of the agency' },
        responsibilities: {
          vi: `Lãnh đạo, điều hành chung mọi hoạt động của cơ quan ${SAMPLE.vi}.`,
          en: `Leads and directs all of the agency's work ${SAMPLE.en}.`,
        },
      },
      {
        key: `leader:${agency}:2`,
        agency,
        order: 2,
        name: `Lãnh đạo mẫu 2 ${SAMPLE.vi}`,
        position: central
          ? { vi: 'Phó Cục trưởng', en: 'Deputy Director General' }
          : { vi: 'Phó Thủ trưởng', en: 'Deputy Head of the agency' },
        responsibilities: {
          vi: `Phụ trách công tác tổ chức thi hành án và tiếp công dân ${SAMPLE.vi}.`,
          en: `Responsible for the organisation of enforcement and for receiving citizens ${SAMPLE.en}.`,
        },
      },
    ];
  }),
];

export const PROFILES: ProfileSeed[] = [
  {
    key: 'profile:trunguong',
    agency: 'trunguong',
    summary: {
      vi: 'Cục Quản lý Thi hành án dân sự là cơ quan thuộc Bộ Tư pháp, giúp Bộ trưởng quản lý nhà nước về thi hành án dân sự và thi hành án hành chính trên cả nước.',
      en: 'The Department of Civil Judgment Enforcement Management is a body of the Ministry of Justice that helps the Minister manage civil and administrative judgment enforcement nationwide.',
    },
    functions: {
      vi: 'Tham mưu, giúp Bộ trưởng Bộ Tư pháp quản lý nhà nước về thi hành án dân sự, thi hành án hành chính.\nChỉ đạo, hướng dẫn nghiệp vụ và kiểm tra hoạt động của các cơ quan thi hành án dân sự cấp tỉnh.',
      en: 'Advises and assists the Minister of Justice in the state management of civil and administrative judgment enforcement.\nDirects, guides and inspects the work of the provincial civil judgment enforcement agencies.',
    },
    duties: {
      vi: 'Hướng dẫn áp dụng thống nhất pháp luật về thi hành án dân sự.\nTổng hợp, thống kê và báo cáo kết quả thi hành án dân sự trên cả nước.\nGiải quyết khiếu nại, tố cáo về thi hành án dân sự theo thẩm quyền.',
      en: 'Guides the uniform application of the law on civil judgment enforcement.\nCompiles statistics and reports on civil judgment enforcement nationwide.\nSettles complaints and denunciations about civil judgment enforcement within its competence.',
    },
    history: {
      vi: 'Tổng cục Thi hành án dân sự mang tên Cục Quản lý Thi hành án dân sự từ ngày 01/03/2025.',
      en: 'The General Department of Civil Judgment Enforcement has been named the Department of Civil Judgment Enforcement Management since 1 March 2025.',
    },
  },
  {
    key: 'profile:phutho',
    agency: 'phutho',
    summary: {
      vi: 'Thi hành án dân sự tỉnh Phú Thọ tổ chức thi hành các bản án, quyết định dân sự trên địa bàn tỉnh, qua trụ sở chính và các Phòng Thi hành án dân sự khu vực.',
      en: 'The Civil Judgment Enforcement Agency of Phú Thọ Province enforces civil judgments and decisions in the province, through its head office and regional offices.',
    },
    functions: {
      vi: 'Là cơ quan thi hành án dân sự cấp tỉnh, trực thuộc Cục Quản lý Thi hành án dân sự, Bộ Tư pháp.\nTổ chức thi hành án dân sự và thực hiện nhiệm vụ, quyền hạn theo quy định của pháp luật.',
      en: 'A provincial civil judgment enforcement agency under the Department of Civil Judgment Enforcement Management, Ministry of Justice.\nOrganises civil judgment enforcement and exercises the duties and powers the law gives it.',
    },
    duties: {
      vi: 'Tổ chức thi hành các bản án, quyết định theo thẩm quyền.\nQuản lý, chỉ đạo các Phòng Thi hành án dân sự khu vực.\nTiếp công dân, giải quyết khiếu nại, tố cáo về thi hành án dân sự theo thẩm quyền.',
      en: 'Enforces judgments and decisions within its competence.\nManages and directs the regional civil judgment enforcement offices.\nReceives citizens and settles complaints and denunciations about civil judgment enforcement within its competence.',
    },
    history: {
      vi: 'Từ ngày 01/07/2025, Cục Thi hành án dân sự tỉnh Phú Thọ, Cục Thi hành án dân sự tỉnh Vĩnh Phúc và Cục Thi hành án dân sự tỉnh Hòa Bình hợp nhất thành Thi hành án dân sự tỉnh Phú Thọ (Quyết định 1898/QĐ-BTP).',
    },
  },
];

/** Sample questions with answers (clearly samples: not questions anyone asked), so `/hoi-dap` has something to show. */
export const SAMPLE_QUESTIONS = [
  {
    key: 'question:phutho:giay-to',
    agency: 'phutho',
    topic: 'thu-tuc',
    title: 'Cần giấy tờ gì để yêu cầu thi hành án? (câu hỏi mẫu)',
    question: 'Tôi được Tòa án tuyên cho nhận tiền bồi thường. Tôi cần chuẩn bị giấy tờ gì để yêu cầu thi hành án?',
    answer:
      'Ông/bà làm đơn yêu cầu thi hành án, kèm bản án hoặc quyết định được thi hành và giấy tờ tùy thân, gửi cơ quan thi hành án dân sự có thẩm quyền.\n(Câu trả lời mẫu, không phải tư vấn pháp lý chính thức.)',
  },
  {
    key: 'question:phutho:an-phi',
    agency: 'phutho',
    topic: 'an-phi',
    title: 'Phí thi hành án được tính thế nào? (câu hỏi mẫu)',
    question: 'Khi nhận tiền thi hành án, tôi có phải nộp phí thi hành án không, và mức phí là bao nhiêu?',
    answer:
      'Người được thi hành án nộp phí thi hành án trên số tiền, giá trị tài sản thực nhận, theo quy định về phí thi hành án dân sự.\n(Câu trả lời mẫu, không phải tư vấn pháp lý chính thức.)',
  },
  {
    key: 'question:trunguong:khieu-nai',
    agency: 'trunguong',
    topic: 'khieu-nai',
    title: 'Khiếu nại về thi hành án gửi ở đâu? (câu hỏi mẫu)',
    question: 'Tôi không đồng ý với quyết định của chấp hành viên thì khiếu nại đến đâu?',
    answer:
      'Khiếu nại quyết định, hành vi của chấp hành viên gửi Thủ trưởng cơ quan thi hành án dân sự quản lý chấp hành viên đó, trong thời hạn luật định.\n(Câu trả lời mẫu, không phải tư vấn pháp lý chính thức.)',
  },
] as const;

/** Made once per key (the seed's ledger): returns the documentId it made. */
export type EnsureOnce = (key: string, create: () => Promise<string>) => Promise<void>;

/** Rich text of one paragraph per line. */
const paragraphs = (text: string) =>
  text.split('\n').map((line) => ({ type: 'paragraph', children: [{ type: 'text', text: line }] }));

/** A document in Vietnamese, then its English version, then published in both (a unit needs its English name). */
async function bilingual(
  strapi: Core.Strapi,
  uid: 'api::unit.unit' | 'api::leader.leader' | 'api::agency-profile.agency-profile',
  vi: Record<string, unknown>,
  en: Record<string, unknown>,
): Promise<string> {
  const documents = strapi.documents(uid);
  const created = await documents.create({ data: vi as never });
  await documents.update({ documentId: created.documentId, locale: ENGLISH, data: en as never } as never);
  await documents.publish({ documentId: created.documentId, locale: '*' } as never);
  return created.documentId;
}

/**
 * The two agencies' English names and province portal, introductions, leaderships and units, each made once (the
 * seed's ledger: an editor's change or deletion stands).
 */
export async function seedAgencyPages(strapi: Core.Strapi, ensure: EnsureOnce): Promise<void> {
  for (const [code, englishName] of Object.entries(AGENCY_ENGLISH_NAMES))
    await ensure(`agency-english:${code}`, async () => {
      const agency = (await strapi.db.query(AGENCY).findOne({ where: { code }, select: ['documentId'] })) as {
        documentId: string;
      };
      await strapi.documents(AGENCY).update({
        documentId: agency.documentId,
        data: { englishName, provinceServicePortal: PROVINCE_PORTALS[code] ?? null } as never,
      });
      return agency.documentId;
    });
  for (const unit of UNITS)
    await ensure(unit.key, () =>
      bilingual(
        strapi,
        'api::unit.unit',
        {
          agency: unit.agency,
          kind: unit.kind,
          order: unit.order,
          name: unit.name.vi,
          area: unit.area.vi,
          hours: unit.hours.vi,
          headTitle: unit.headTitle.vi,
          address: unit.address,
          phone: unit.phone,
          email: unit.email,
          communes: unit.communes.join('\n'),
          headName: unit.headName,
          mapUrl: unit.mapUrl,
          isSample: true,
        },
        { name: unit.name.en, area: unit.area.en, hours: unit.hours.en, headTitle: unit.headTitle.en },
      ),
    );
  for (const leader of LEADERS)
    await ensure(leader.key, () =>
      bilingual(
        strapi,
        'api::leader.leader',
        {
          agency: leader.agency,
          order: leader.order,
          name: leader.name,
          position: leader.position.vi,
          responsibilities: leader.responsibilities.vi,
          isSample: true,
        },
        { position: leader.position.en, responsibilities: leader.responsibilities.en },
      ),
    );
  for (const sample of SAMPLE_QUESTIONS)
    await ensure(sample.key, async () => {
      const created = await strapi.documents('api::question.question').create({
        data: {
          agency: sample.agency,
          topic: sample.topic,
          title: sample.title,
          question: sample.question,
          answer: paragraphs(sample.answer),
          isSample: true,
        } as never,
        status: 'published',
      });
      return created.documentId;
    });
  for (const profile of PROFILES)
    await ensure(profile.key, () =>
      bilingual(
        strapi,
        'api::agency-profile.agency-profile',
        {
          agency: profile.agency,
          summary: profile.summary.vi,
          functions: paragraphs(profile.functions.vi),
          duties: paragraphs(profile.duties.vi),
          history: paragraphs(profile.history.vi),
          isSample: false,
        },
        {
          summary: profile.summary.en,
          functions: paragraphs(profile.functions.en),
          duties: paragraphs(profile.duties.en),
          history: profile.history.en ? paragraphs(profile.history.en) : null,
        },
      ),
    );
}

import type {
  Agency,
  AgencyDirectory,
  AgencySummary,
  Article,
  ArticleSummary,
  Author,
  CampaignTheme,
  Category,
  ListResponse,
} from '@thads/content';

const base = {
  createdAt: '2026-11-29T08:00:00.000Z',
  updatedAt: '2026-11-29T08:00:00.000Z',
  publishedAt: '2026-11-29T08:00:00.000Z',
};

export const seedArticle: Article = {
  ...base,
  id: 1,
  documentId: 'seed-article',
  title: 'Các cơ quan THADS tỉnh Phú Thọ phát động phong trào thi đua',
  slug: 'cac-co-quan-thads-tinh-phu-tho-phat-dong-phong-trao-thi-dua',
  agency: 'phutho',
  lead: 'Thực hiện chỉ đạo của Cục THADS tỉnh, 100% các cơ quan THADS trên địa bàn tỉnh đã xây dựng, ban hành Kế hoạch phát động phong trào thi đua năm 2021.',
  // 00:00 on 16/03/2021 in Hà Nội, still the 15th in UTC.
  date: '2021-03-15T17:00:00.000Z',
  audience: 'public',
  featured: true,
  isSample: false,
  source: null,
  cover: null,
  body: [
    {
      type: 'paragraph',
      children: [{ type: 'text', text: 'Nhằm thực hiện có hiệu quả Kế hoạch phát động phong trào thi đua…' }],
    },
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'Thi đua bứt phá hiệu quả, về đích sớm' }] },
    { type: 'paragraph', children: [{ type: 'text', text: 'Năm 2021, trong bối cảnh ảnh hưởng dịch bệnh Covid…' }] },
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'Giải pháp đẩy mạnh các phong trào' }] },
    { type: 'paragraph', children: [{ type: 'text', text: 'Một là, tiếp tục quán triệt…' }] },
  ],
  authors: [
    {
      ...base,
      id: 1,
      documentId: 'do-hung',
      name: 'Đỗ Hùng',
      slug: 'do-hung',
      agency: 'phutho',
      position: null,
      unit: null,
      bio: null,
    },
  ],
  category: {
    ...base,
    id: 3,
    documentId: 'tdkt',
    name: 'Thi đua – Khen thưởng',
    slug: 'thi-dua-khen-thuong',
    description: null,
    order: 3,
  },
  campaignThemes: [
    {
      ...base,
      id: 1,
      documentId: 'td2021',
      name: 'Phong trào thi đua năm 2021 của các cơ quan THADS tỉnh Phú Thọ',
      slug: 'thi-dua-2021-thads-phu-tho',
      agency: 'phutho',
      slogan: null,
      description: null,
      startDate: '2021-01-01',
      endDate: '2021-12-31',
      issuingBody: 'Cục THADS tỉnh Phú Thọ',
    },
  ],
  attachments: [],
};

export const sampleSummary = (index: number, agency = 'phutho'): ArticleSummary => ({
  ...base,
  id: 100 + index,
  documentId: `sample-${index}`,
  title: `[Bài mẫu] Tin số ${index}`,
  slug: `bai-mau-${index}`,
  agency,
  lead: 'Bài viết mẫu, không phải tin thật.',
  date: '2021-03-14T01:00:00.000Z',
  audience: 'public',
  featured: false,
  isSample: true,
  source: null,
  category: null,
  authors: [],
  cover: null,
});

export const listOf = (items: ArticleSummary[], page = 1, pageCount = 1): ListResponse<ArticleSummary> => ({
  data: items,
  meta: { pagination: { page, pageSize: 10, pageCount, total: items.length } },
});

export const categories: Category[] = [
  {
    ...base,
    id: 1,
    documentId: 'hdc',
    name: 'Hoạt động của Cục',
    slug: 'hoat-dong-cua-cuc',
    description: 'Tin về hoạt động của Cục.',
    order: 1,
  },
  {
    ...base,
    id: 3,
    documentId: 'tdkt',
    name: 'Thi đua – Khen thưởng',
    slug: 'thi-dua-khen-thuong',
    description: null,
    order: 3,
  },
];

/** A campaign still running (no end date), with everything a theme page shows. */
export const campaignTheme: CampaignTheme = {
  ...seedArticle.campaignThemes![0]!,
  endDate: null,
  slogan: 'Đoàn kết, kỷ cương, liêm chính, hành động, trách nhiệm thi đua bứt phá hiệu quả, về đích sớm',
  description: [
    { type: 'paragraph', children: [{ type: 'text', text: '100% các cơ quan THADS đã ban hành kế hoạch.' }] },
  ],
  targets: [{ id: 1, label: 'Giải quyết xong đơn thư khiếu nại, tố cáo thuộc thẩm quyền', target: 'trên 97%' }],
  milestones: [
    { id: 2, date: '1946-07-19', label: 'Ngày truyền thống Thi hành án dân sự' },
    { id: 1, date: '1945-08-28', label: 'Ngày truyền thống Ngành Tư pháp' },
  ],
};

export const pastTheme: CampaignTheme = {
  ...campaignTheme,
  id: 9,
  documentId: 'old',
  name: 'Phong trào năm 2019',
  slug: 'phong-trao-2019',
  startDate: '2019-01-01',
  endDate: '2019-12-31',
  targets: [],
  milestones: [],
};

export const author: Author = {
  ...seedArticle.authors![0]!,
  position: 'Phóng viên',
  unit: 'Văn phòng Cục',
  bio: 'Viết về thi đua.',
};

const summary = (code: string, kind: AgencySummary['kind'], name: string, extra: Partial<AgencySummary> = {}) => ({
  code,
  kind,
  name,
  shortName: name.replace('Thi hành án dân sự', 'THADS'),
  area: null,
  mergedOn: null,
  successor: null,
  aliases: [],
  ...extra,
});

/**
 * The agencies of the component tests: the central department, two provinces (one with an alias code) and one merged
 * into Phú Thọ. Phú Thọ is the home agency (served at the root), as in a province's own installation; `homedAt`
 * serves the same agencies with another one at the root.
 */
export const agencyDirectory: AgencyDirectory = {
  home: 'phutho',
  agencies: [
    summary('trunguong', 'central', 'Cục Quản lý Thi hành án dân sự', { shortName: 'Cục Quản lý THADS' }),
    summary('hanoi', 'city', 'Thi hành án dân sự thành phố Hà Nội', { aliases: ['ha-noi'] }),
    summary('phutho', 'province', 'Thi hành án dân sự tỉnh Phú Thọ', { area: 'Tỉnh Phú Thọ' }),
    summary('hoabinh', 'merged', 'Cục Thi hành án dân sự tỉnh Hòa Bình', {
      shortName: 'Cục THADS tỉnh Hòa Bình',
      mergedOn: '2025-07-01',
      successor: 'phutho',
    }),
  ],
};

export const homedAt = (home: string): AgencyDirectory => ({ ...agencyDirectory, home });

/** An agency's whole record (header and footer texts), as `/api/agencies?filters[code][$eq]=…` answers it. */
export const agencyRecord = (code: string): Agency => {
  const agency = agencyDirectory.agencies.find((each) => each.code === code)!;
  return {
    ...base,
    id: agencyDirectory.agencies.indexOf(agency) + 1,
    documentId: `agency-${code}`,
    ...agency,
    order: (agencyDirectory.agencies.indexOf(agency) + 1) * 10,
    successor: null,
    aliases: [],
    names: [],
    description: `Cổng thông tin điện tử ${agency.name}.`,
    governingBody: 'Bộ Tư pháp – Cục Quản lý Thi hành án dân sự',
    address: code === 'phutho' ? 'Phường Việt Trì, tỉnh Phú Thọ' : null,
    phone: code === 'phutho' ? '0210 3 000 000' : null,
    fax: null,
    email: code === 'phutho' ? 'lien-he@example.gov.vn' : null,
    responsiblePerson: code === 'phutho' ? 'Người đứng đầu' : null,
    copyright: `Bản quyền thuộc ${agency.name}.`,
    relatedLinks:
      code === 'phutho'
        ? [
            { id: 1, label: 'Bộ Tư pháp', url: 'https://moj.gov.vn' },
            { id: 2, label: 'Lạ', url: 'javascript:alert(1)' },
          ]
        : [],
    englishName: code === 'phutho' ? 'Civil Judgment Enforcement of Phu Tho Province' : null,
    nationalServicePortal: 'https://dichvucong.gov.vn',
    provinceServicePortal: code === 'phutho' ? 'https://dichvucong.phutho.gov.vn' : null,
    feedbackPortal:
      code === 'hanoi' ? 'javascript:alert(1)' : 'https://dichvucong.gov.vn/p/phananhkiennghi/pakn-gui-pakn.html',
  };
};

/** An uploaded photo as the CMS describes it, with Strapi's renditions. */
export const coverPhoto = (name = 'hoi-nghi'): NonNullable<ArticleSummary['cover']> => ({
  id: 7,
  documentId: `anh-${name}`,
  name: `${name}.jpg`,
  alternativeText: null,
  caption: null,
  url: `/uploads/${name}_a1b2.jpg`,
  mime: 'image/jpeg',
  size: 412.5,
  width: 1600,
  height: 1067,
  formats: {
    thumbnail: { url: `/uploads/thumbnail_${name}_a1b2.jpg`, width: 234, height: 156 },
    small: { url: `/uploads/small_${name}_a1b2.jpg`, width: 500, height: 333 },
    medium: { url: `/uploads/medium_${name}_a1b2.jpg`, width: 750, height: 500 },
    large: { url: `/uploads/large_${name}_a1b2.jpg`, width: 1000, height: 667 },
  },
});

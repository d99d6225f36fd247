/**
 * The portal's fixed seed content besides the real article: its sections and the emulation campaigns the article
 * names, with what the article states of them. Each entry has a stable key recorded once seeded, so an editor's
 * later change or deletion is never undone by another seed run.
 */

/** The portal began as the one of Cục THADS tỉnh Vĩnh Phúc (merged into Phú Thọ on 01/07/2025): its article is that agency's. */
export const REAL_ARTICLE_AGENCY = 'vinhphuc';
/** The agency whose national campaigns (Bộ Tư pháp's, the Prime Minister's) are shared with every agency. */
export const CENTRAL_AGENCY = 'trunguong';

export const CATEGORIES = [
  {
    key: 'category:hoat-dong-cua-co-quan',
    name: 'Hoạt động của cơ quan',
    description: 'Tin về hoạt động của cơ quan thi hành án dân sự.',
    order: 1,
  },
  {
    key: 'category:tin-tu-dia-phuong',
    name: 'Tin từ địa phương',
    description: 'Tin từ các phòng thi hành án dân sự khu vực (trước đây: các chi cục) trên địa bàn tỉnh, thành phố.',
    order: 2,
  },
  {
    key: 'category:thi-dua-khen-thuong',
    name: 'Thi đua – Khen thưởng',
    description: 'Phong trào thi đua, gương điển hình tiên tiến và công tác khen thưởng.',
    order: 3,
  },
  {
    key: 'category:nghien-cuu-trao-doi',
    name: 'Nghiên cứu – Trao đổi',
    description: 'Bài nghiên cứu, trao đổi nghiệp vụ thi hành án dân sự.',
    order: 4,
  },
  {
    key: 'category:thong-bao',
    name: 'Thông báo',
    description: 'Thông báo của cơ quan thi hành án dân sự.',
    order: 5,
  },
] as const;

export const REAL_ARTICLE_CATEGORY = 'category:thi-dua-khen-thuong';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

export const CAMPAIGN_THEMES = [
  {
    key: 'campaign-theme:thi-dua-2021-thads-vinh-phuc',
    agency: REAL_ARTICLE_AGENCY,
    name: 'Phong trào thi đua năm 2021 của các cơ quan THADS tỉnh Vĩnh Phúc',
    slogan:
      'Đoàn kết, kỷ cương, liêm chính, hành động, trách nhiệm thi đua bứt phá hiệu quả, về đích sớm lập thành tích xuất sắc chào mừng kỷ niệm 75 năm ngày truyền thống THADS (19/7/1946-9/7/2021); 76 năm ngày truyền thống Ngành Tư pháp (28/8/1945 - 28/8/2021)',
    startDate: '2021-01-01',
    endDate: '2021-12-31',
    issuingBody: 'Cục THADS tỉnh Vĩnh Phúc',
    description: [
      paragraph(
        'Thực hiện Kế hoạch phát động phong trào thi đua của Bộ Tư pháp, Tổng cục THADS, Ủy ban nhân dân tỉnh và Kế hoạch phát động phong trào thi đua năm 2021 của Cục THADS tỉnh; 100% các cơ quan THADS trên địa bàn tỉnh đã xây dựng, ban hành Kế hoạch phát động phong trào thi đua năm 2021.',
      ),
      paragraph(
        'Kết hợp chặt chẽ giữa thực hiện phong trào thi đua thường xuyên năm 2021 với các phong trào thi đua đột xuất, chuyên đề do Bộ Tư pháp, Tổng cục THADS, Cục THADS tỉnh, UBND trên địa bàn phát động.',
      ),
    ],
    targets: [
      {
        label: 'Hoàn thành các chỉ tiêu được Bộ Tư pháp, Tổng cục THADS, Cục THADS tỉnh giao năm 2021',
        target: 'Hoàn thành',
      },
      {
        label: 'Ra quyết định đúng pháp luật đối với bản án, quyết định của TAND đã có hiệu lực pháp luật',
        target: '100%',
      },
      { label: 'Giải quyết xong đơn thư khiếu nại, tố cáo thuộc thẩm quyền', target: 'trên 97%' },
    ],
    milestones: [
      { date: '1945-08-28', label: 'Ngày truyền thống Ngành Tư pháp (kỷ niệm 76 năm vào năm 2021)' },
      { date: '1946-07-19', label: 'Ngày truyền thống Thi hành án dân sự (kỷ niệm 75 năm vào năm 2021)' },
    ],
  },
  {
    key: 'campaign-theme:can-bo-tu-phap-hoc-tap-ho-chi-minh',
    agency: CENTRAL_AGENCY,
    name: 'Cán bộ Tư pháp đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    slogan: 'Cán bộ Tư pháp đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    startDate: null,
    endDate: null,
    issuingBody: 'Bộ Tư pháp',
    description: [
      paragraph('Phong trào thi đua của Ngành Tư pháp, thực hiện theo tinh thần Chỉ thị 05 của Bộ Chính trị.'),
    ],
    targets: [],
    milestones: [],
  },
  {
    key: 'campaign-theme:ca-nuoc-chung-tay-vi-nguoi-ngheo',
    agency: CENTRAL_AGENCY,
    name: 'Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau',
    slogan: 'Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau',
    startDate: '2020-01-01',
    endDate: '2025-12-31',
    issuingBody: 'Thủ tướng Chính phủ',
    description: [
      paragraph(
        'Phong trào thi đua cả nước, giai đoạn 2020–2025, được các cơ quan thi hành án dân sự trên cả nước tiếp tục triển khai, thực hiện.',
      ),
    ],
    targets: [],
    milestones: [],
  },
  {
    key: 'campaign-theme:ca-nuoc-chung-suc-xay-dung-nong-thon-moi',
    agency: CENTRAL_AGENCY,
    name: 'Cả nước chung sức xây dựng nông thôn mới',
    slogan: 'Cả nước chung sức xây dựng nông thôn mới',
    startDate: '2020-01-01',
    endDate: '2025-12-31',
    issuingBody: 'Thủ tướng Chính phủ',
    description: [
      paragraph(
        'Phong trào thi đua cả nước, giai đoạn 2020–2025, được các cơ quan thi hành án dân sự trên cả nước tiếp tục triển khai, thực hiện.',
      ),
    ],
    targets: [],
    milestones: [],
  },
];

export const REAL_ARTICLE_KEY = 'article:cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua';
export const REAL_ARTICLE_AUTHOR_KEY = 'author:do-hung';
/** The lead quotes the article's own sentence on the outcome; the original page has no separate sapo. */
export const REAL_ARTICLE_LEAD =
  'Thực hiện chỉ đạo của Cục THADS tỉnh, 100% các cơ quan THADS trên địa bàn tỉnh đã xây dựng, ban hành Kế hoạch phát động phong trào thi đua năm 2021.';

/**
 * Header and footer texts known of an agency's own portal (the others start from texts made from their names; editors
 * complete the contact details in the admin, Cơ quan THADS).
 */
export const KNOWN_AGENCY_SETTINGS: Record<string, Record<string, unknown>> = {
  [REAL_ARTICLE_AGENCY]: {
    shortName: 'Cục THADS tỉnh Vĩnh Phúc',
    description:
      'Cổng thông tin điện tử Cục Thi hành án dân sự tỉnh Vĩnh Phúc: tin tức, hoạt động, phong trào thi đua và thông báo.',
    governingBody: 'Bộ Tư pháp – Tổng cục Thi hành án dân sự',
    address: 'Thành phố Vĩnh Yên, tỉnh Vĩnh Phúc',
    phone: null,
    fax: null,
    email: null,
    responsiblePerson: 'Cục trưởng Cục Thi hành án dân sự tỉnh Vĩnh Phúc',
    copyright:
      'Bản quyền thuộc Cục Thi hành án dân sự tỉnh Vĩnh Phúc. Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.',
    relatedLinks: [
      { label: 'Bộ Tư pháp', url: 'https://moj.gov.vn' },
      { label: 'Tổng cục Thi hành án dân sự', url: 'https://thads.moj.gov.vn' },
      { label: 'UBND tỉnh Vĩnh Phúc', url: 'https://vinhphuc.gov.vn' },
      { label: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' },
    ],
  },
};

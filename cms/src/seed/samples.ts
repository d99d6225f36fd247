import { vietnamInstant } from '@thads/vietnamese';

/**
 * Deterministic sample articles for demos, pagination and benchmarks. Every one is titled "[Bài mẫu]", says in its
 * lead that it is not real news, and carries isSample = true, so nobody can mistake it for the agency's news.
 */
export const SAMPLE_TITLE_PREFIX = '[Bài mẫu]';
export const MAX_SAMPLE_ARTICLES = 1_000_000;
const SAMPLE_LEAD =
  'Bài viết mẫu do hệ thống tạo ra để trình diễn và kiểm thử, không phải tin thật của cơ quan thi hành án dân sự.';

/** Who a sample speaks of: the agency itself, or one of its (invented, numbered) regional offices. */
const UNITS = ['{agency}', ...Array.from({ length: 9 }, (_, n) => `Phòng THADS khu vực ${n + 1} (mẫu)`)];

/** An agency a sample may belong to, and how many samples it gets compared with the others. */
export type SampleAgency = { code: string; shortName: string; weight: number };

/**
 * The agencies' shares of the samples, uneven as the real ones are: the two largest cities many times a small
 * province, the other cities a few times, the central department a little more than a province. Merged agencies get
 * samples like any province (every sample is dated before 01/07/2025, when they still published).
 */
export function sampleWeight(code: string, kind: string): number {
  if (code === 'hanoi' || code === 'hochiminh') return 12;
  if (kind === 'city') return 4;
  if (kind === 'central') return 2;
  return 1;
}

/** The first samples go to these agencies, so that even a handful of samples shows several agencies. */
const FIRST_AGENCIES = ['phutho', 'hanoi', 'trunguong'];
const ACTIVITIES = [
  'tổ chức hội nghị sơ kết công tác thi hành án dân sự',
  'triển khai kế hoạch kiểm tra nghiệp vụ',
  'tập huấn ứng dụng công nghệ thông tin trong thi hành án',
  'đối thoại với người dân về giải quyết khiếu nại, tố cáo',
  'phát động đợt thi đua cao điểm',
  'tổng kết phong trào thi đua đoàn kết, kỷ cương',
  'phối hợp tổ chức cưỡng chế thi hành án',
  'tuyên truyền phổ biến pháp luật về thi hành án dân sự',
];
const DETAILS = [
  'Các đơn vị được yêu cầu bám sát nhiệm vụ trọng tâm, phù hợp với điều kiện thực tiễn.',
  'Hội nghị đã đánh giá kết quả đạt được, chỉ ra tồn tại, hạn chế và đề ra giải pháp khắc phục.',
  'Lãnh đạo đơn vị nhấn mạnh tinh thần đoàn kết, trách nhiệm của cán bộ, công chức, người lao động.',
  'Việc tiếp công dân được thực hiện định kỳ theo quy định, tăng cường đối thoại trực tiếp.',
  'Các chỉ tiêu được giao được theo dõi hằng tháng để bảo đảm hoàn thành đúng thời hạn.',
];

/** mulberry32: a tiny, well-known deterministic PRNG; the same index always gives the same article. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)] as T;

export type SampleArticle = {
  index: number;
  title: string;
  lead: string;
  date: string;
  body: Array<{ type: 'paragraph'; children: Array<{ type: 'text'; text: string }> }>;
  categoryIndex: number;
  featured: boolean;
  agency: string;
};

/** A weighted draw among the agencies, from a number in [0, 1). */
function pickAgency(agencies: readonly SampleAgency[], draw: number): SampleAgency {
  const total = agencies.reduce((sum, agency) => sum + agency.weight, 0);
  let left = draw * total;
  for (const agency of agencies) {
    left -= agency.weight;
    if (left < 0) return agency;
  }
  return agencies[agencies.length - 1]!;
}

/**
 * Sample number `index` (1-based), of one of `agencies` (weighted). Dates run back from 2021-03-15, seven hours per
 * sample for the first 100,000 (as before agencies, so those dates stay: back to 1941) and eight minutes per sample
 * beyond (a million reach 1927); samples never share the real article's day.
 */
export function sampleArticle(index: number, categoryCount: number, agencies: readonly SampleAgency[]): SampleArticle {
  const next = random(index * 2654435761);
  const agency =
    agencies.find((candidate) => candidate.code === FIRST_AGENCIES[index - 1]) ?? pickAgency(agencies, next());
  const unit = pick(UNITS, next).replace('{agency}', agency.shortName);
  const activity = pick(ACTIVITIES, next);
  const number = String(index).padStart(6, '0');
  const minutesBack = Math.min(index, 100_000) * 7 * 60 + Math.max(0, index - 100_000) * 8;
  const day = new Date(Date.parse('2021-03-15T00:00:00Z') - minutesBack * 60_000).toISOString().slice(0, 10);
  const time = `${String(7 + (index % 10)).padStart(2, '0')}:${String((index * 13) % 60).padStart(2, '0')}`;
  const paragraphs = [`${unit} ${activity}.`, pick(DETAILS, next), pick(DETAILS, next), SAMPLE_LEAD];
  return {
    index,
    title: `${SAMPLE_TITLE_PREFIX} ${unit} ${activity} (số ${number})`,
    lead: SAMPLE_LEAD,
    date: vietnamInstant(day, time),
    body: paragraphs.map((text) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] })),
    categoryIndex: categoryCount > 0 ? index % categoryCount : -1,
    featured: index % 25 === 1,
    agency: agency.code,
  };
}

const SAMPLE_SLUG_PREFIX = 'bai-mau-';
export const sampleSlug = (index: number) => `${SAMPLE_SLUG_PREFIX}${String(index).padStart(6, '0')}`;

/** The sample number of a sample's slug, or 0 for any other slug. */
export function sampleIndexOf(slug: string): number {
  return slug.startsWith(SAMPLE_SLUG_PREFIX) ? Number.parseInt(slug.slice(SAMPLE_SLUG_PREFIX.length), 10) || 0 : 0;
}

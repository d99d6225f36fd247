import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, setTestClock } from './support/api';
import { adminRequest, signedInAdmin } from './support/admin';
import { publishedUnit, startSeededCms, type TestCms } from './support/strapi';

// Issue 20: the agencies' own records. Legal documents found by their number however it is typed, notices that
// expire by the clock everywhere they are shown, and the register of debtors: its narrow public shape, its own search
// and nothing of it anywhere else.

const DOCUMENT = 'api::legal-document.legal-document';
const NOTICE = 'api::notice.notice';
const REGISTER = 'api::debtor-entry.debtor-entry';
let cms: TestCms;
const ids: Record<string, string> = {};

type Hit = { number: string | null; title: string; agency: string; expired?: boolean };
type List<T> = { data: T[]; meta: { pagination: { total: number; totalIsLowerBound?: boolean } } };

const START = Date.parse('2026-03-01T00:00:00+07:00');
const AUCTION = '2026-03-10T09:00:00+07:00';
let editor = '';
const SECRET_NAME = 'Lê Thị Bí Mật';

beforeAll(async () => {
  process.env.RATE_LIMIT_ENABLED = 'false';
  process.env.SCHEDULER_TEST_CLOCK = 'true';
  cms = await startSeededCms(0);
  await setTestClock(cms.baseUrl, START);
  const documents = cms.strapi.documents(DOCUMENT as never);
  const create = async (key: string, data: Record<string, unknown>) => {
    const created = (await documents.create({ data: data as never, status: 'published' })) as { documentId: string };
    ids[key] = created.documentId;
  };
  // 42/2022/NĐ-CP is seeded under the central department, as the other public documents every agency applies.
  const seeded = (await documents.findMany({ filters: { number: '42/2022/NĐ-CP' } })) as Array<{ documentId: string }>;
  expect(seeded).toHaveLength(1);
  ids.decree = seeded[0]!.documentId;
  await create('decision', {
    agency: 'phutho',
    number: '142/2022/QĐ-UBND',
    kind: 'decision',
    issuingBody: 'Ủy ban nhân dân tỉnh Phú Thọ',
    issuedOn: '2022-08-01',
    summary: 'Về việc thực hiện Nghị định 42/2022/NĐ-CP trên địa bàn tỉnh',
  });
  await create('hanoi-plan', {
    agency: 'hanoi',
    number: '7/2023/KH-THADS',
    kind: 'plan',
    issuingBody: 'Thi hành án dân sự thành phố Hà Nội',
    issuedOn: '2023-02-01',
    summary: 'Kế hoạch cung cấp thông tin trên môi trường mạng năm 2023',
  });
  const notices = cms.strapi.documents(NOTICE as never);
  const notice = (await notices.create({
    data: {
      agency: 'phutho',
      kind: 'asset-auction',
      title: 'Thông báo đấu giá quyền sử dụng đất tại xã Thanh Ba',
      date: '2026-02-20',
      assetDescription: 'Quyền sử dụng 120 m² đất ở',
      assetKind: 'land-use-right',
      startingPrice: '1250000000',
      auctionAt: AUCTION,
    } as never,
    status: 'published',
  })) as { documentId: string };
  ids.notice = notice.documentId;
  for (const [key, name, english] of [
    ['unit1', 'Phòng Thi hành án dân sự khu vực 1', 'Civil Judgment Enforcement Office, Region 1'],
    ['unit2', 'Phòng Thi hành án dân sự khu vực 2', 'Civil Judgment Enforcement Office, Region 2'],
  ]) {
    ids[key] = (await publishedUnit(cms, { agency: 'phutho', name, kind: 'regional' }, english)).documentId;
  }
  const entries = cms.strapi.documents(REGISTER as never);
  for (const [key, fullName, unit, decisionNumber, noConditionsOn] of [
    ['a', 'Nguyễn Văn A', 'unit1', '15/QĐ-THADS', '2025-05-02'],
    ['an', 'Nguyễn Văn An', 'unit2', '16/QĐ-THADS', '2024-11-20'],
    ['secret', SECRET_NAME, 'unit1', '99/QĐ-THADS', '2025-06-01'],
  ]) {
    const entry = (await entries.create({
      data: {
        agency: 'phutho',
        fullName,
        birthYear: 1970,
        address: 'Xã Thanh Ba, tỉnh Phú Thọ',
        obligation: 'Trả nợ 120.000.000 đồng',
        decisionNumber,
        decisionDate: '2024-03-04',
        unit: ids[unit!],
        noConditionsOn,
      } as never,
      status: 'published',
    })) as { documentId: string };
    ids[key!] = entry.documentId;
  }
  editor = await signedInAdmin(cms, 'strapi-editor', 'bien-tap@phutho.example.gov.vn', { agency: 'phutho' });
});

afterAll(async () => {
  await cms?.stop();
  delete process.env.RATE_LIMIT_ENABLED;
  delete process.env.SCHEDULER_TEST_CLOCK;
});

describe('legal documents found by their number', () => {
  const search = (q: string, extra = '') =>
    getJson<List<Hit>>(cms.baseUrl, `/api/search?type=legal-document&q=${encodeURIComponent(q)}${extra}`);

  it.each(['42/2022/NĐ-CP', '42/2022/ND-CP', '42/2022/nđ-cp', '42 2022 nd cp', 'nđ-cp 42/2022', '42/2022', '42-2022'])(
    'finds 42/2022/NĐ-CP first when typed "%s"',
    async (q) => {
      const { status, body } = await search(q);
      expect(status).toBe(200);
      expect(body.data[0]?.number).toBe('42/2022/NĐ-CP');
      expect(body.data.map((hit) => hit.number)).not.toContain('7/2023/KH-THADS');
    },
  );
});

describe('notices expire by the clock', () => {
  it('move from open to expired at their auction day, in the API, its cached answers, search and feeds', async () => {
    // The seeded sample notices aside.
    const notSample = 'filters[isSample][$eq]=false';
    const open = () => getJson<List<Hit>>(cms.baseUrl, `/api/notices?state=open&agency=phutho&${notSample}`);
    const expired = () => getJson<List<Hit>>(cms.baseUrl, `/api/notices?state=expired&agency=phutho&${notSample}`);
    const one = () => getJson<{ data: Hit & { validUntil: string } }>(cms.baseUrl, `/api/notices/${ids.notice}`);
    expect((await open()).body.data.map((notice) => notice.title)).toEqual([
      'Thông báo đấu giá quyền sử dụng đất tại xã Thanh Ba',
    ]);
    // Asked twice: the second answer is the cached one, which must be renewed when the notice expires.
    const cached = await fetch(`${cms.baseUrl}/api/notices?state=open&agency=phutho&${notSample}`);
    expect(cached.headers.get('x-cache')).toBe('HIT');
    expect((await one()).body.data).toMatchObject({ expired: false, validUntil: new Date(AUCTION).toISOString() });
    expect((await expired()).body.data).toEqual([]);
    const searched = () =>
      getJson<List<Hit>>(cms.baseUrl, '/api/search?type=notice&q=thanh%20ba&agency=phutho&state=open');
    expect((await searched()).body.data).toHaveLength(1);

    await setTestClock(cms.baseUrl, Date.parse(AUCTION) + 1000);
    expect((await open()).body.data).toEqual([]);
    expect((await expired()).body.data.map((notice) => notice.expired)).toEqual([true]);
    expect((await one()).body.data.expired).toBe(true);
    expect((await searched()).body.data).toEqual([]);
    await setTestClock(cms.baseUrl, START);
  });

  it('default to the registration deadline of a selection; one with no date at all stays open until taken down', async () => {
    const notices = cms.strapi.documents(NOTICE as never);
    const deadline = '2026-03-05T17:00:00+07:00';
    const selection = (await notices.create({
      data: {
        agency: 'hanoi',
        kind: 'organisation-selection',
        title: 'Thông báo lựa chọn tổ chức thẩm định giá',
        date: '2026-02-25',
        registrationDeadline: deadline,
      } as never,
      status: 'published',
    })) as { documentId: string };
    const enforcement = (await notices.create({
      data: {
        agency: 'hanoi',
        kind: 'enforcement',
        title: 'Thông báo về việc thi hành án',
        date: '2026-02-25',
      } as never,
      status: 'published',
    })) as { documentId: string };
    const one = async (documentId: string) =>
      (
        await getJson<{ data: { validUntil: string | null; expired: boolean } }>(
          cms.baseUrl,
          `/api/notices/${documentId}`,
        )
      ).body.data;
    expect(await one(selection.documentId)).toMatchObject({
      validUntil: new Date(deadline).toISOString(),
      expired: false,
    });
    expect(await one(enforcement.documentId)).toMatchObject({ validUntil: null, expired: false });
    await setTestClock(cms.baseUrl, Date.parse('2030-01-01T00:00:00Z'));
    const open = await getJson<List<Hit>>(cms.baseUrl, '/api/notices?state=open&agency=hanoi');
    expect(open.body.data.map((notice) => notice.title)).toEqual(['Thông báo về việc thi hành án']);
    expect((await one(selection.documentId)).expired).toBe(true);
    await setTestClock(cms.baseUrl, START);
  });
});

describe('the register of debtors without conditions to pay', () => {
  type Entry = Record<string, unknown> & { fullName: string; unit: { name: string } | null };

  it('answers only its public shape, noindex, whatever is asked', async () => {
    for (const path of [
      `/api/debtor-entries/${ids.a}`,
      `/api/debtor-entries/${ids.a}?populate=*`,
      `/api/debtor-entries/${ids.a}?fields[0]=fullName&fields[1]=address&populate[unit][populate]=*`,
    ]) {
      const response = await fetch(`${cms.baseUrl}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('x-robots-tag')).toContain('noindex');
      const { data } = (await response.json()) as { data: Entry };
      expect(Object.keys(data).sort(), path).toEqual(expect.arrayContaining(['documentId', 'fullName', 'unit']));
      for (const hidden of ['nameKey', 'decisionKey', 'removalReason', 'removedOn', 'createdAt', 'updatedBy'])
        expect(data, `${path}: ${hidden}`).not.toHaveProperty(hidden);
      expect(data.unit?.name).toBe('Phòng Thi hành án dân sự khu vực 1');
      for (const key of Object.keys(data.unit ?? {})) expect(['documentId', 'id', 'kind', 'name']).toContain(key);
    }
  });

  it('refuses to answer what is not in its public shape', async () => {
    const response = await fetch(
      `${cms.baseUrl}/api/debtor-entries/${ids.a}?fields[0]=removalReason&fields[1]=nameKey`,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('Nguyễn');
  });

  it('is searched by name without diacritics, by decision number, by unit and year', async () => {
    const names = async (query: string) =>
      (await getJson<List<Entry>>(cms.baseUrl, `/api/debtor-entries?${query}`)).body.data.map(
        (entry) => entry.fullName,
      );
    expect(await names('q=nguyen%20van%20a&agency=phutho')).toEqual(['Nguyễn Văn A', 'Nguyễn Văn An']);
    expect(await names('q=NGUYỄN%20VĂN%20AN')).toEqual(['Nguyễn Văn An']);
    expect(await names('q=16%2Fqd-thads')).toEqual(['Nguyễn Văn An']);
    expect(await names(`q=nguyen&unit=${ids.unit1}`)).toEqual(['Nguyễn Văn A']);
    expect(await names('q=nguyen&year=2024')).toEqual(['Nguyễn Văn An']);
    expect(await names('q=nguyen&agency=hanoi')).toEqual([]);
    expect((await getJson(cms.baseUrl, '/api/debtor-entries?sort=fullName')).status).toBe(400);
  });

  it('is never in the site-wide search, feeds or sitemaps', async () => {
    for (const path of [
      '/api/search?q=bi%20mat',
      '/api/search?q=bi%20mat&type=notice',
      '/api/search?q=bi%20mat&type=legal-document',
      '/api/feeds/rss',
      '/api/feeds/atom?agency=phutho',
      '/api/sitemaps',
      '/api/sitemaps/pages.xml?agency=phutho',
    ]) {
      const response = await fetch(`${cms.baseUrl}${path}`);
      expect(response.status, path).toBeLessThan(400);
      expect(await response.text(), path).not.toContain('Bí Mật');
    }
  });

  it('takes an entry off only with a reason, everywhere at once, audited without the name', async () => {
    const path = `/api/debtor-entries/${ids.secret}`;
    expect((await fetch(`${cms.baseUrl}${path}`)).status).toBe(200);
    expect((await fetch(`${cms.baseUrl}/api/debtor-entries?q=le%20thi`)).headers.get('x-cache')).toBe('MISS');
    const unpublish = `/content-manager/collection-types/${REGISTER}/${ids.secret}/actions/unpublish`;
    const refused = await adminRequest(cms, editor, 'POST', unpublish, {});
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('Lý do gỡ');
    expect((await fetch(`${cms.baseUrl}${path}`)).status).toBe(200);

    const save = await adminRequest(cms, editor, 'PUT', `/content-manager/collection-types/${REGISTER}/${ids.secret}`, {
      removalReason: 'paid',
      removalNote: 'Quyết định số 7/QĐ-THADS',
    });
    expect(save.status).toBe(200);
    expect((await adminRequest(cms, editor, 'POST', unpublish, {})).status).toBe(200);
    expect((await fetch(`${cms.baseUrl}${path}`)).status).toBe(404);
    const listed = await getJson<List<Entry>>(cms.baseUrl, '/api/debtor-entries?q=le%20thi');
    expect(listed.body.data).toEqual([]);

    const trail = (await (
      await adminRequest(cms, editor, 'GET', `/thads-history/audit?pageSize=100&uid=${REGISTER}`)
    ).json()) as { data: Array<{ action: string; details: Record<string, unknown>; targetDocumentId: string }> };
    const removal = trail.data.find(
      (entry) => entry.action === 'register.remove' && entry.targetDocumentId === ids.secret,
    );
    expect(removal?.details).toMatchObject({
      decisionNumber: '99/QĐ-THADS',
      reason: 'paid',
      unit: 'Phòng Thi hành án dân sự khu vực 1',
    });
    expect(JSON.stringify(trail.data)).not.toContain('Bí Mật');
    const versions = await cms.strapi.db.query('api::content-version.content-version').count({
      where: { targetUid: REGISTER },
    });
    expect(versions).toBe(0);
  });
});

#!/usr/bin/env node
// `pnpm bench:records`: issue 20's figures for the agencies' records, on a production-mode CMS of this checkout.
// 1. Importing a unit's register of `--rows` (100,000) rows from CSV, on SQLite and on a private PostgreSQL: the
//    preview and the confirmation as an Editor sends them (HTTP, the admin's routes), against a baseline measured in
//    the same run on the same database: a plain bulk insert of the same rows (a draft and a published row each, as the
//    import writes them) into a copy of the register's table without its indexes, in one transaction, in multi-row
//    statements through the same knex. Goal: ≤ 60 s for the import.
// 2. On PostgreSQL with `--documents` (100,000) legal documents and `--entries` (1,000,000) register entries written
//    by bulk SQL: the document number search (`/api/search?type=legal-document`) in every spelling of the issue, and the
//    register's name search (`/api/debtor-entries?q=`), nationally and for one agency; p50/p95 one request at a time
//    against the CMS's bare round trip (`/_health`) measured alternately. Goal: p95 ≤ 20 ms for both. The response
//    cache and the rate limiter are off: it measures the work of answering.
// Not a test (nothing asserts a time): it prints figures for docs/records-benchmark.md.
// Usage: pnpm bench:records [--rows 100000] [--documents 100000] [--entries 1000000] [--requests 100]
//   [--only import|search] [--databases sqlite,postgres] [--profile dir] [--keep dir]
//   --keep dir: PostgreSQL's data stays in dir, its documents and entries written on first use only, so that a next run
//   (or `psql` meanwhile, for EXPLAIN) starts at once.
//   --profile dir: the CMS runs with node's --cpu-prof, its profiles written into dir (open them in Chrome's DevTools).
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compileCms } from './lib/builds.mjs';
import { STRAPI_BIN, throwawayCmsEnv } from './lib/cms-process.mjs';
import { agencyEditorSession } from './lib/cluster.mjs';
import { startPrivatePostgres } from './lib/postgres.mjs';
import { freePort, ROOT, startService, step, waitForHttp } from './lib/shell.mjs';
import { ensureDebianPackages, POSTGRESQL } from './lib/toolchain.mjs';

const { values: options } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    documents: { type: 'string', default: '100000' },
    entries: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '100' },
    only: { type: 'string' },
    databases: { type: 'string', default: 'sqlite,postgres' },
    profile: { type: 'string' },
    keep: { type: 'string' },
  },
});
const ROWS = Number(options.rows);
const REQUESTS = Number(options.requests);
const databases = options.databases.split(',');
const doImport = options.only !== 'search';
const doSearch = options.only !== 'import' && databases.includes('postgres');
const AGENCY = 'phutho';
const IMPORT_GOAL_S = 60;
const SEARCH_GOAL_MS = 20;

// knex as the CMS has it (a dependency of @strapi/database).
const cmsRequire = createRequire(path.join(ROOT, 'cms/package.json'));
const knexOf = /** @type {(config: object) => any} */ (createRequire(cmsRequire.resolve('@strapi/database'))('knex'));

if (databases.includes('postgres')) ensureDebianPackages([POSTGRESQL]);
compileCms(process.env);

/** @param {number} n @param {string} name */
const csvRow = (n, name) =>
  `${n},${name},1970,"Xã Thanh Ba, tỉnh Phú Thọ",Trả nợ ${n}.000.000 đồng,${n}/QĐ-THADS,04/03/2024,02/05/2025`;
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quang', 'Hữu', 'Ngọc'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hùng',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Oanh',
  'Phúc',
];
/** An invented name for row n (a sample, never a real person). @param {number} n */
const nameOf = (n) =>
  `${FAMILY[n % FAMILY.length]} ${MIDDLE[Math.floor(n / 12) % MIDDLE.length]} ${GIVEN[Math.floor(n / 96) % GIVEN.length]} Mẫu ${n}`;
const HEADER =
  'STT,Họ và tên,Năm sinh,Địa chỉ,Nghĩa vụ phải thi hành,Số quyết định thi hành án,Ngày quyết định thi hành án,Ngày xác định chưa có điều kiện thi hành';

/** @param {number[]} values @param {number} p */
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const ms = (/** @type {number} */ value) => `${value.toFixed(1)} ms`;
const seconds = (/** @type {number} */ value) => `${(value / 1000).toFixed(1)} s`;

/**
 * A production-mode CMS on the given database, seeded (the real documents, the sample unit and entries).
 * @param {Record<string, string>} databaseEnv
 */
async function startCms(databaseEnv) {
  const port = await freePort();
  const profile = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options.profile)}`] : [];
  const service = startService('cms', 'node', [...profile, STRAPI_BIN, 'start'], {
    cwd: path.join(ROOT, 'cms'),
    env: {
      ...process.env,
      ...throwawayCmsEnv(),
      ...databaseEnv,
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      CMS_PORT: String(port),
      SEED_ON_START: 'true',
      SEED_SAMPLE_ARTICLES: '0',
      RATE_LIMIT_ENABLED: 'false',
      RESPONSE_CACHE_ENABLED: 'false',
      ADMIN_SECOND_FACTOR: 'optional',
    },
    quiet: true,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/_health`, service, 900_000);
  return { base, service };
}

/** @param {string} url @param {RequestInit} [init] */
async function json(url, init) {
  const response = await fetch(url, init);
  const body = /** @type {any} */ (await response.json());
  if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  return body;
}

/**
 * The import of ROWS rows into the sample unit of phutho (its sample entries taken off), then the baseline.
 * @param {string} base @param {object} knexConfig
 */
async function benchImport(base, knexConfig) {
  const token = await agencyEditorSession(base, AGENCY);
  const units = await json(`${base}/api/units?agency=${AGENCY}&filters[agency][$eq]=${AGENCY}`);
  const unit = units.data[0]?.documentId;
  if (!unit) throw new Error(`${AGENCY} has no unit`);
  const file = Buffer.from(
    `\ufeff${[HEADER, ...Array.from({ length: ROWS }, (_, index) => csvRow(index + 1, nameOf(index + 1)))].join('\r\n')}`,
  );
  const started = performance.now();
  const preview = await json(`${base}/thads-records/register/preview?unit=${unit}&filename=bench.csv`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream' },
    body: file,
  });
  const previewed = performance.now();
  if (preview.data.counts.create !== ROWS || !preview.data.token)
    throw new Error(`Unexpected preview: ${JSON.stringify(preview.data.counts)}`);
  await json(`${base}/thads-records/register/imports/${preview.data.token}/confirm`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ reason: 'case-ended' }),
  });
  const confirmed = performance.now();

  // The baseline: the same rows (both of each entry), plainly inserted in one transaction.
  const knex = knexOf(knexConfig);
  try {
    await knex.raw('DROP TABLE IF EXISTS bench_register_copy');
    await knex.raw('CREATE TABLE bench_register_copy AS SELECT * FROM debtor_entries WHERE 1 = 0');
    const sample = await knex('debtor_entries').whereNotNull('published_at').first();
    const now = new Date();
    const rows = Array.from({ length: ROWS }, (_, index) => {
      const n = index + 1;
      const { id: _id, ...rest } = sample;
      const row = {
        ...rest,
        full_name: nameOf(n),
        name_key: nameOf(n).toLowerCase(),
        decision_number: `${n}/QĐ-THADS`,
        decision_key: `${n} qd thads`,
        obligation: `Trả nợ ${n}.000.000 đồng`,
        document_id: `bench${n}`,
        created_at: now,
        updated_at: now,
      };
      return [
        { ...row, published_at: null },
        { ...row, published_at: now },
      ];
    }).flat();
    // Statements of 200 rows: SQLite's knex writes a multi-row insert as one compound SELECT of at most 500 terms.
    const began = performance.now();
    await knex.transaction(async (/** @type {any} */ trx) => {
      for (let start = 0; start < rows.length; start += 200)
        await trx('bench_register_copy').insert(rows.slice(start, start + 200));
    });
    const baseline = performance.now() - began;
    await knex.raw('DROP TABLE bench_register_copy');
    return { preview: previewed - started, confirm: confirmed - previewed, baseline, megabytes: file.length / 1048576 };
  } finally {
    await knex.destroy();
  }
}

/** @param {string} base @param {string[]} urls */
async function latencies(base, urls) {
  /** @type {Map<string, number[]>} */
  const times = new Map([['/_health', []], ...urls.map((url) => /** @type {[string, number[]]} */ ([url, []]))]);
  for (const url of times.keys()) await fetch(`${base}${url}`).then((response) => response.arrayBuffer()); // warm
  for (let round = 0; round < REQUESTS; round += 1)
    for (const [url, list] of times) {
      const began = performance.now();
      const response = await fetch(`${base}${url}`);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      list.push(performance.now() - began);
    }
  return times;
}

/** @type {Array<() => Promise<void>>} */
const cleanups = [];
/** @type {string[]} */
const report = [];
try {
  for (const database of databases) {
    let databaseEnv;
    let knexConfig;
    if (database === 'sqlite') {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'thads-bench-records-'));
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      const filename = path.join(dir, 'data.db');
      databaseEnv = { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename };
      knexConfig = { client: 'better-sqlite3', connection: { filename }, useNullAsDefault: true };
    } else {
      const dir = options.keep
        ? path.resolve(options.keep)
        : mkdtempSync(path.join(os.tmpdir(), 'thads-bench-records-pg-'));
      const postgres = await startPrivatePostgres({ dir, port: await freePort(), keep: Boolean(options.keep) });
      cleanups.push(async () => postgres.stop());
      databaseEnv = { ...postgres.env, DATABASE_NAME: 'postgres' };
      knexConfig = {
        client: 'pg',
        connection: {
          host: '127.0.0.1',
          port: Number(postgres.env.DATABASE_PORT),
          user: 'postgres',
          password: '',
          database: 'postgres',
        },
      };
    }
    step(`${database}: starting the CMS`);
    let cms = await startCms(databaseEnv);
    try {
      if (doImport) {
        step(`${database}: importing ${ROWS.toLocaleString('en')} rows`);
        const result = await benchImport(cms.base, knexConfig);
        const total = result.preview + result.confirm;
        report.push(
          `import ${database}: ${ROWS.toLocaleString('en')} rows (${result.megabytes.toFixed(1)} MB CSV): preview ${seconds(result.preview)}, confirm ${seconds(result.confirm)}, together ${seconds(total)} (goal ≤ ${IMPORT_GOAL_S} s: ${total <= IMPORT_GOAL_S * 1000 ? 'met' : 'MISSED'}); plain bulk insert of the same ${(2 * ROWS).toLocaleString('en')} rows ${seconds(result.baseline)}; confirm / baseline ${(result.confirm / result.baseline).toFixed(2)}, import / baseline ${(total / result.baseline).toFixed(2)}`,
        );
        console.log(report.at(-1));
      }
      if (database === 'postgres' && doSearch) {
        await cms.service.stop();
        step(`postgres: writing ${options.documents} documents and ${options.entries} register entries by bulk SQL`);
        const knex = knexOf(knexConfig);
        try {
          const seeded = await knex('debtor_entries').where('document_id', 'like', 'benchentry%').first('id');
          if (seeded) console.log(`  already written in ${options.keep}`);
          else await seedBulk(knex, Number(options.documents), Number(options.entries));
        } finally {
          await knex.destroy();
        }
        step('postgres: starting the CMS again (it indexes the new documents for search)');
        const restarted = performance.now();
        cms = await startCms(databaseEnv);
        console.log(`  ready in ${seconds(performance.now() - restarted)}`);
        await benchSearch(cms.base);
      }
    } finally {
      await cms.service.stop();
    }
  }
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
}
console.log(`\n${report.join('\n')}`);

/**
 * Documents with numbers of the usual shapes (`1234/2019/NĐ-CP`, `56/2021/TT-BTP` …, from 1000 up so that the real
 * seeded ones stay unique), and register entries with invented names over every agency, each linked to the sample
 * unit of phutho: published rows, as an import or an editor writes them.
 * @param {any} knex @param {number} documents @param {number} entries
 */
async function seedBulk(knex, documents, entries) {
  const began = performance.now();
  const folded = (/** @type {string} */ text) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase();
  const array = (/** @type {string[]} */ values) => `ARRAY[${values.map((value) => `'${value}'`).join(',')}]`;
  const kinds = ['NĐ-CP', 'TT-BTP', 'QĐ-BTP', 'QĐ-TTg', 'NQ-HĐND', 'CT-TTg', 'KH-THADS', 'CV-THADS'];
  const kindNames = [
    'decree',
    'circular',
    'decision',
    'decision',
    'resolution',
    'directive',
    'plan',
    'official-letter',
  ];
  const agencies = (await knex('legal_documents').distinct('agency')).map((/** @type {any} */ row) => row.agency);
  const allAgencies = [
    'hanoi',
    'hochiminh',
    'phutho',
    'haiphong',
    'danang',
    'cantho',
    'nghean',
    'thanhhoa',
    ...agencies,
  ];
  await knex.raw(`
    INSERT INTO legal_documents (document_id, number, number_key, slug, agency, kind, issuing_body, issued_on, validity,
      field, summary, is_sample, created_at, updated_at, published_at)
    SELECT 'benchdoc' || g, (1000 + g) || '/' || (2000 + g % 25) || '/' || (${array(kinds)})[1 + g % 8],
      (1000 + g) || ' ' || (2000 + g % 25) || ' ' || (${array(kinds.map((kind) => folded(kind).replace(/-/g, ' ')))})[1 + g % 8],
      'van-ban-mau-' || g, (${array([...new Set(allAgencies)])})[1 + g % ${new Set(allAgencies).size}],
      (${array(kindNames)})[1 + g % 8], 'Cơ quan ban hành mẫu', make_date(2000 + g % 25, 1 + g % 12, 1 + g % 28),
      'in-force', 'Thi hành án dân sự', 'Văn bản mẫu số ' || g || ' hướng dẫn thi hành án dân sự', true, now(), now(), now()
    FROM generate_series(1, ${documents}) AS g`);
  const unit = await knex('units').where({ agency: AGENCY }).whereNotNull('published_at').first('id');
  const link = await knex.raw(
    `SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'debtor_entries%unit%lnk'`,
  );
  const linkTable = link.rows[0]?.table_name;
  const familyArray = array(FAMILY);
  const familyKeys = array(FAMILY.map(folded));
  const middle = array(MIDDLE);
  const middleKeys = array(MIDDLE.map(folded));
  const given = array(GIVEN);
  const givenKeys = array(GIVEN.map(folded));
  const agencyList = [...new Set(allAgencies)];
  await knex.raw(`
    INSERT INTO debtor_entries (document_id, full_name, name_key, birth_year, address, obligation, decision_number,
      decision_key, decision_date, agency, no_conditions_on, published_on, is_sample, created_at, updated_at, published_at)
    SELECT 'benchentry' || g,
      (${familyArray})[1 + g % 12] || ' ' || (${middle})[1 + (g / 12) % 8] || ' ' || (${given})[1 + (g / 96) % 14] || ' Mẫu ' || g,
      (${familyKeys})[1 + g % 12] || ' ' || (${middleKeys})[1 + (g / 12) % 8] || ' ' || (${givenKeys})[1 + (g / 96) % 14] || ' mau ' || g,
      1950 + g % 50, 'Địa chỉ mẫu', 'Trả nợ mẫu', g || '/QĐ-CCTHADS', g || ' qd ccthads', make_date(2015 + g % 10, 1 + g % 12, 1 + g % 28),
      (${array(agencyList)})[1 + g % ${agencyList.length}], make_date(2016 + g % 9, 1 + g % 12, 1 + g % 28), current_date, true, now(), now(), now()
    FROM generate_series(1, ${entries}) AS g`);
  if (linkTable && unit) {
    const columns = (
      await knex.raw(`SELECT column_name FROM information_schema.columns WHERE table_name = ?`, [linkTable])
    ).rows.map((/** @type {any} */ row) => row.column_name);
    const entryColumn = columns.find(
      (/** @type {string} */ name) => name.startsWith('debtor_entry') && name.endsWith('_id'),
    );
    const unitColumn = columns.find((/** @type {string} */ name) => name.startsWith('unit') && name.endsWith('_id'));
    await knex.raw(
      `INSERT INTO ${linkTable} (${entryColumn}, ${unitColumn}) SELECT id, ? FROM debtor_entries WHERE document_id LIKE 'benchentry%'`,
      [unit.id],
    );
  }
  // As autovacuum leaves a table some time after a bulk load (PostgreSQL 13+ vacuums after inserts too): statistics
  // and the visibility map, without which a count reads every matching row's page.
  await knex.raw('VACUUM ANALYZE');
  console.log(`  ${seconds(performance.now() - began)}`);
}

/** @param {string} base */
async function benchSearch(base) {
  const spellings = [
    '42/2022/NĐ-CP',
    '42/2022/ND-CP',
    '42/2022/nđ-cp',
    '42 2022 nd cp',
    'nđ-cp 42/2022',
    '42/2022',
    '42-2022',
  ];
  const documentUrls = spellings.map((q) => `/api/search?type=legal-document&q=${encodeURIComponent(q)}`);
  // The exact hit must come first in every spelling.
  for (const url of documentUrls) {
    const first = (await json(`${base}${url}`)).data?.[0];
    if (first?.number !== '42/2022/NĐ-CP') throw new Error(`${url}: first hit ${JSON.stringify(first)?.slice(0, 200)}`);
  }
  const names = ['nguyen van an', 'Nguyễn Văn', 'tran thi', 'hoang quang hai mau 1', 'le'];
  const registerUrls = [
    ...names.map((q) => `/api/debtor-entries?q=${encodeURIComponent(q)}`),
    ...names.slice(0, 2).map((q) => `/api/debtor-entries?q=${encodeURIComponent(q)}&agency=hanoi`),
    `/api/debtor-entries?q=${encodeURIComponent('123/QĐ-CCTHADS')}`,
  ];
  step(`postgres: ${REQUESTS} requests each, one at a time, alternating with /_health`);
  const times = await latencies(base, [...documentUrls, ...registerUrls]);
  const health = times.get('/_health') ?? [];
  const [h50, h95] = [percentile(health, 50), percentile(health, 95)];
  report.push(`/_health: p50 ${ms(h50)}, p95 ${ms(h95)}`);
  for (const [url, list] of times) {
    if (url === '/_health') continue;
    const [p50, p95] = [percentile(list, 50), percentile(list, 95)];
    report.push(
      `${decodeURIComponent(url)}: p50 ${ms(p50)}, p95 ${ms(p95)} (goal ≤ ${SEARCH_GOAL_MS} ms: ${p95 <= SEARCH_GOAL_MS ? 'met' : 'MISSED'}), p95 / health p95 ${(p95 / h95).toFixed(1)}`,
    );
  }
  console.log(report.join('\n'));
}

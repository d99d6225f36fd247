// The project's builds, each run only when its inputs changed since the last successful one.
import { buildIfChanged } from './fingerprint.mjs';
import { run, step } from './shell.mjs';

const LOCK = ['pnpm-lock.yaml', 'tsconfig.base.json'];

export function buildPackages() {
  for (const name of ['vietnamese', 'content']) {
    const dir = `packages/${name}`;
    buildIfChanged(
      `package-${name}`,
      {
        inputs: [
          `${dir}/src`,
          `${dir}/package.json`,
          `${dir}/tsconfig.json`,
          `${dir}/tsconfig.build.json`,
          'packages/vietnamese/src',
          ...LOCK,
        ],
        outputs: [`${dir}/dist/index.js`],
      },
      () => {
        step(`Building packages/${name}`);
        run('pnpm', ['--filter', `@thads/${name}`, 'run', 'build']);
      },
    );
  }
}

const CMS_SERVER_INPUTS = [
  'cms/src',
  'cms/config',
  'cms/package.json',
  'cms/tsconfig.json',
  'packages/vietnamese/src',
  ...LOCK,
];
const CMS_SERVER = { inputs: CMS_SERVER_INPUTS, outputs: ['cms/dist/src/index.js'] };

/** The CMS server code (TypeScript → dist), without the admin bundle: what tests and API-only instances need. */
export function compileCms(env = process.env) {
  buildIfChanged('cms-server', CMS_SERVER, () => {
    step('Compiling the CMS');
    run(
      'node',
      [
        '-e',
        "require('@strapi/strapi').compileStrapi({ appDir: process.cwd() }).catch((error) => { console.error(error); process.exit(1); })",
      ],
      { cwd: 'cms', env },
    );
  });
}

/** The CMS with its admin panel (about 40 s and 2.5 GB the first time; skipped when nothing changed). */
export function buildCms(env = process.env) {
  const built = buildIfChanged(
    'cms-admin',
    { inputs: [...CMS_SERVER_INPUTS], outputs: ['cms/dist/build/index.html', 'cms/dist/src/index.js'] },
    () => {
      step('Building the CMS and its admin panel (strapi build)');
      run('pnpm', ['--filter', 'cms', 'exec', 'strapi', 'build'], { env: { ...env, NODE_ENV: 'production' } });
    },
  );
  // strapi build compiled the server too: record that, so compileCms does not do it again.
  if (built) buildIfChanged('cms-server', CMS_SERVER, () => {});
}

export function buildWeb(env = process.env) {
  buildIfChanged(
    'web',
    {
      inputs: [
        'web/src',
        'web/public',
        'web/index.html',
        'web/vite.config.ts',
        'web/package.json',
        'web/tsconfig.app.json',
        'web/tsconfig.server.json',
        'packages/vietnamese/src',
        'packages/content/src',
        ...LOCK,
      ],
      outputs: ['web/dist/index.html', 'web/dist-server/entry-server.js'],
      extra: [env.VITE_API_BASE_URL ?? ''],
    },
    () => {
      step('Building the site (vite build)');
      run('pnpm', ['--filter', 'web', 'run', 'build'], { env });
    },
  );
}

import { defineConfig } from 'vitest/config';
import base from './vitest.config.mjs';

// Operations (supervision, backup and restore, S3 uploads): production processes, the built site, a private
// PostgreSQL and an S3-compatible server on the loopback. One file at a time: each starts several servers.
export default defineConfig({
  test: { ...base.test, include: ['tests/ops/**/*.test.ts'], exclude: ['**/node_modules/**'], maxWorkers: 1 },
});

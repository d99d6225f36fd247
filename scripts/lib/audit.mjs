// `pnpm audit --prod` as part of `pnpm test`: known vulnerabilities in what the product ships, reported by severity.
// Report only: an advisory in a dependency of Strapi is for the team to weigh (README, "Security"), not a red build.
import { spawnSync } from 'node:child_process';
import { ROOT, step } from './shell.mjs';

/** @returns {{ reachable: boolean, counts: Record<string, number>, message: string }} */
export function auditProductionDependencies() {
  step('Dependency audit (pnpm audit --prod)');
  const result = spawnSync('pnpm', ['audit', '--prod', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    report = null;
  }
  const vulnerabilities = report?.metadata?.vulnerabilities;
  if (!vulnerabilities) {
    const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
    const reason =
      output.match(/responded with \d+/)?.[0] ?? output.split('\n').find((line) => line.trim()) ?? 'no answer';
    const message = `audit service not reachable from this machine (${reason.trim().slice(0, 160)}): nothing to report`;
    console.log(`  ${message}`);
    return { reachable: false, counts: {}, message };
  }
  const counts = { critical: 0, high: 0, moderate: 0, low: 0, info: 0, ...vulnerabilities };
  const message = `critical ${counts.critical}, high ${counts.high}, moderate ${counts.moderate}, low ${counts.low}`;
  console.log(`  Known vulnerabilities in production dependencies: ${message}`);
  for (const advisory of Object.values(report.advisories ?? {}).slice(0, 20)) {
    console.log(
      `   - ${advisory.severity}: ${advisory.module_name} ${advisory.vulnerable_versions} — ${advisory.title} (${advisory.url})`,
    );
  }
  return { reachable: true, counts, message };
}

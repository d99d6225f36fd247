/** Every secret Strapi signs or encrypts with; `APP_KEYS` is a comma-separated list. */
export const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'ENCRYPTION_KEY',
  'PREVIEW_SECRET',
] as const;

/** Placeholders from .env.example and Strapi's own templates: a server running with one of them has no secret. */
const PLACEHOLDERS = new Set([
  'tobemodified',
  'changeme',
  'secret',
  'tobemodified1',
  'tobemodified2',
  'toBeModified1',
  'toBeModified2',
]);
const MIN_LENGTH = 16;

/** What is wrong with the secrets in `env`, one line per problem (empty when all is well). */
export function secretProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  for (const name of SECRET_NAMES) {
    const value = env[name]?.trim() ?? '';
    const parts = name === 'APP_KEYS' ? value.split(',').map((part) => part.trim()) : [value];
    if (value === '') problems.push(`${name} chưa được đặt (is missing)`);
    else if (parts.some((part) => PLACEHOLDERS.has(part) || PLACEHOLDERS.has(part.toLowerCase())))
      problems.push(`${name} vẫn là giá trị mẫu (is still the example value)`);
    else if (parts.some((part) => part.length < MIN_LENGTH))
      problems.push(`${name} quá ngắn, cần ít nhất ${MIN_LENGTH} ký tự (is shorter than ${MIN_LENGTH} characters)`);
  }
  return problems;
}

/**
 * In production the CMS refuses to start without real secrets: tokens signed with a known or empty key can be
 * forged by anyone. (`pnpm start` generates them into .env on first run; deployments set them in the environment.)
 */
export function requireSecretsInProduction(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  const problems = secretProblems(env);
  if (problems.length > 0) {
    throw new Error(
      `Không khởi động: bí mật không an toàn (refusing to start in production with unsafe secrets):\n  - ${problems.join('\n  - ')}`,
    );
  }
}

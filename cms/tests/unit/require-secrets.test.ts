import { describe, expect, it } from 'vitest';
import { requireSecretsInProduction, secretProblems } from '../../src/bootstrap/require-secrets';

const good = {
  APP_KEYS: 'a8f3kL0pQz9xW2vB,Zt6yN1mR4cH7jD5s',
  API_TOKEN_SALT: 'q'.repeat(24),
  ADMIN_JWT_SECRET: 'w'.repeat(24),
  JWT_SECRET: 'e'.repeat(24),
  TRANSFER_TOKEN_SALT: 'r'.repeat(24),
  ENCRYPTION_KEY: 't'.repeat(24),
  PREVIEW_SECRET: 'p'.repeat(24),
};

describe('secrets in production', () => {
  it('accepts real secrets', () => {
    expect(secretProblems(good)).toEqual([]);
    expect(() => requireSecretsInProduction({ ...good, NODE_ENV: 'production' })).not.toThrow();
  });
  it('names each missing, example or short secret', () => {
    const problems = secretProblems({
      ...good,
      JWT_SECRET: undefined,
      API_TOKEN_SALT: 'tobemodified',
      APP_KEYS: `${'x'.repeat(20)},short`,
    });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/JWT_SECRET.*missing/);
    expect(problems.join('\n')).toMatch(/API_TOKEN_SALT.*example/);
    expect(problems.join('\n')).toMatch(/APP_KEYS.*shorter/);
  });
  it('refuses to start in production only', () => {
    expect(() =>
      requireSecretsInProduction({ ...good, ENCRYPTION_KEY: 'tobemodified', NODE_ENV: 'production' }),
    ).toThrow(/refusing to start/);
    expect(() => requireSecretsInProduction({ NODE_ENV: 'development' })).not.toThrow();
  });
});

// The only reader of process.env: every variable validated once, with a message naming each
// missing or invalid one. The launcher (scripts/) fills DATABASE_URL and the secrets when
// they are unset, so a fresh clone runs with no .env at all.
import { createEnv } from '@t3-oss/env-nextjs';
import { z } from 'zod';

const secret = z.string().min(32, 'must be at least 32 characters (openssl rand -base64 32)');

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection URL'),
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: z.url().optional(),
    PAYLOAD_SECRET: secret,
    SITE_URL: z.url().default('http://localhost:3000'),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    APP_VERSION: z.string().default('dev'),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  // `next build` must not need a database or secrets; the server validates at start-up.
  skipValidation: process.env.SKIP_ENV_VALIDATION === '1',
  onValidationError(issues) {
    const lines = issues.map((issue) => {
      const name = issue.path?.map((p) => (typeof p === 'object' ? p.key : p)).join('.') ?? '?';
      return `  - ${name}: ${issue.message}`;
    });
    throw new Error(`Invalid environment variables:\n${lines.join('\n')}\nSee .env.example.`);
  },
});

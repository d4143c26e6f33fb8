// The only reader of process.env: every variable validated once, with a message naming each
// missing or invalid one. The launcher (scripts/) fills DATABASE_URL and the secrets when
// they are unset, so a fresh clone runs with no .env at all.
import { createEnv } from '@t3-oss/env-nextjs';
import { z } from 'zod';

const secret = z.string().min(32, 'must be at least 32 characters (openssl rand -base64 32)');

const server = {
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
  /** Reverse proxies in front of the app that append to X-Forwarded-For (0: none, clients connect directly). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** Memory for rendered public pages in each web process (scripts/serve.ts), in MB; 0 turns the page cache off. */
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(1024).default(64),
  /** Other origins (comma-separated, e.g. https://xteam.pro) allowed to send state-changing requests. */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url().transform((origin) => new URL(origin).origin))),
  AUDIT_SUBMITS_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(10),
  /** Audits finished in the wizard (from a draft) per client IP per hour: an office shares one address. */
  AUDIT_WIZARD_SUBMITS_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(60),
  AUDIT_SUBMITS_PER_EMAIL_PER_DAY: z.coerce.number().int().positive().default(5),
  AUDIT_DRAFTS_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(60),
  /** "Email me the results later" after a refused submit: per client IP per hour and per email per day. */
  AUDIT_DEFERRED_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(20),
  AUDIT_DEFERRED_PER_EMAIL_PER_DAY: z.coerce.number().int().positive().default(3),
  OPENAI_API_KEY: z.string().min(1).optional(),
  /** Any OpenAI-compatible endpoint (Azure, a gateway, a local server); default OpenAI. */
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  /**
   * The provider chain (docs/audit.md): a primary and a secondary LLM, then the built-in model.
   * "openai" (OpenAI, or an OpenAI-compatible base URL) or "openai-compatible" (a base URL is
   * required, the key optional). Unset primary: the OPENAI_* variables above are the primary.
   */
  LLM_PRIMARY_PROVIDER: z.enum(['openai', 'openai-compatible']).optional(),
  LLM_PRIMARY_API_KEY: z.string().min(1).optional(),
  LLM_PRIMARY_BASE_URL: z.url().optional(),
  /** Model of the primary LLM; unset, OPENAI_MODEL. */
  LLM_PRIMARY_MODEL: z.string().min(1).optional(),
  /** The secondary LLM, tried when the primary fails; unset, the built-in model comes next. */
  LLM_SECONDARY_PROVIDER: z.enum(['openai', 'openai-compatible']).optional(),
  LLM_SECONDARY_API_KEY: z.string().min(1).optional(),
  LLM_SECONDARY_BASE_URL: z.url().optional(),
  /** Model of the secondary LLM; unset, OPENAI_MODEL. */
  LLM_SECONDARY_MODEL: z.string().min(1).optional(),
  AI_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(30_000),
  /** How long the LLM may take to classify a visitor's own words before the offline matcher decides. */
  AI_CLASSIFY_TIMEOUT_MS: z.coerce.number().int().min(200).max(30_000).default(3000),
  /** Pause between streamed chunks of the built-in model, so visitors can watch it write. */
  AI_OFFLINE_CHUNK_DELAY_MS: z.coerce.number().int().min(0).max(1000).default(25),
  /** How long a wizard's run waits for the results page to watch it before writing unwatched. */
  AI_WAIT_FOR_WATCHER_MS: z.coerce.number().int().min(0).max(60_000).default(8000),
  /**
   * How long POST /api/audit/submit waits for an external LLM's recommendations; a slower one
   * gets an answer with what is written so far (status "streaming") while the run goes on.
   */
  AI_API_WAIT_MS: z.coerce.number().int().min(0).max(300_000).default(10_000),
  LLM_CALLS_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(5),
  LLM_CALLS_PER_DAY: z.coerce.number().int().positive().default(500),
  CONTACT_SUBMITS_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(5),
  CONTACT_SUBMITS_PER_EMAIL_PER_DAY: z.coerce.number().int().positive().default(3),
  /** Bookings, reschedules and cancellations per client IP per hour. */
  BOOKINGS_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(10),
  /** New bookings per email address per day. */
  BOOKINGS_PER_EMAIL_PER_DAY: z.coerce.number().int().positive().default(3),
  /** A contact form sent sooner than this after it was shown is treated as a bot. */
  CONTACT_MIN_FILL_SECONDS: z.coerce.number().int().min(0).max(60).default(3),
  /** Without it every email is kept in the outbox (admin area) instead of being sent. */
  RESEND_API_KEY: z.string().min(1).optional(),
  EMAIL_FROM: z.string().min(3).default('XTeam.Pro <hello@xteam.pro>'),
  /** Where new-lead notifications go. */
  SALES_INBOX: z.email().default('sales@xteam.pro'),
  /** Local folder for generated files such as PDF reports (used unless S3_BUCKET is set). */
  FILE_STORAGE_DIR: z.string().min(1).default('.data/storage'),
  /** S3-compatible storage for reports (AWS S3, MinIO, R2...): set the bucket to use it. */
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** A non-AWS endpoint, e.g. http://127.0.0.1:9000 for MinIO (path-style addressing). */
  S3_ENDPOINT: z.url().optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Folder of CMS media uploads (absolute, or relative to the working directory). */
  MEDIA_DIR: z.string().min(1).default('.data/media'),
  /** Staff sessions end after this long without a request... */
  STAFF_IDLE_TIMEOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** ...and this long after signing in, whatever the activity. */
  STAFF_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  /** Failed sign-ins in a row that lock an account, and for how long. */
  STAFF_SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  STAFF_LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** Failed sign-ins from one client address (any emails) within the lockout period before it must wait. */
  STAFF_SIGNIN_FAILURES_PER_IP: z.coerce.number().int().min(1).max(10_000).default(20),
  /** Hours an invitation's set-password link stays valid; each link works once. */
  STAFF_INVITE_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(14 * 24)
    .default(72),
  /** Minutes a "Forgot password" link stays valid; each link works once. */
  STAFF_RESET_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  /** "Forgot password" requests per client IP per hour and per email address per day. */
  STAFF_RESETS_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(5),
  STAFF_RESETS_PER_EMAIL_PER_DAY: z.coerce.number().int().positive().default(3),
  /** Minutes a "Your data" link (export or erase) stays valid; each link works once. */
  PRIVACY_LINK_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(60),
  /** "Your data" link requests per client IP per hour and per email address per day. */
  PRIVACY_REQUESTS_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(5),
  PRIVACY_REQUESTS_PER_EMAIL_PER_DAY: z.coerce.number().int().positive().default(3),
  /** Months after a person's last contact before their audits, inquiries, bookings and leads are deleted. */
  RETENTION_RECORDS_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  /** Months the outbox keeps an email before deleting it. */
  RETENTION_EMAILS_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  /** Months first-party analytics events are kept (pseudonymous counts only). */
  RETENTION_EVENTS_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  /** Months the staff audit log (/admin/staff/log: account changes and sign-ins) is kept. */
  RETENTION_STAFF_LOG_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  /** When the retention job runs (cron, UTC): daily at 03:17 by default. */
  RETENTION_SCHEDULE: z.string().min(9).default('17 3 * * *'),
  /** Bearer token of GET /api/metrics (Prometheus); unset, the endpoint does not exist. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Background worker processes the launcher starts and supervises (npm start, dev, tests). */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  /** How often each worker records that it is alive; health wants a beat within 3 of these. */
  WORKER_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(300).default(10),
  /** Scheduling priority (nice) of the worker's threads: background work yields the CPU to requests. */
  WORKER_NICE: z.coerce.number().int().min(0).max(19).default(10),
  /** Audits still pending/processing this long after their last change are swept (completed or failed). */
  AUDIT_SWEEP_AFTER_SECONDS: z.coerce.number().int().min(5).max(86_400).default(600),
  /** Health turns unhealthy when a job has waited this long and no job finished meanwhile. */
  JOBS_STALLED_AFTER_SECONDS: z.coerce.number().int().min(10).max(86_400).default(600),
  /** Analytics events (POST /api/events) per client IP per minute. */
  ANALYTICS_EVENTS_PER_IP_PER_MINUTE: z.coerce.number().int().positive().default(120),
  /** Requests per integration key per minute on the public API v1 (each key has its own budget). */
  API_KEY_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  /** First retry of a failed webhook delivery after this many seconds; each next one waits twice as long. */
  WEBHOOK_RETRY_BASE_SECONDS: z.coerce.number().min(0.1).max(3600).default(30),
  /** Retries of a webhook delivery stop this long after its first attempt (a day). */
  WEBHOOK_RETRY_WINDOW_SECONDS: z.coerce
    .number()
    .min(1)
    .max(7 * 86_400)
    .default(86_400),
  /** How long one webhook delivery may take before it counts as failed. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /**
   * Development only: addresses or ranges (comma-separated CIDRs, e.g. 127.0.0.1/32) that webhook
   * destinations may resolve to although they are private, loopback or link-local.
   */
  WEBHOOK_ALLOWED_PRIVATE_RANGES: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((range) => range.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[0-9a-fA-F:.]+(\/\d{1,3})?$/, 'must be CIDR ranges such as 127.0.0.1/32'))),
  /** Optional Google Analytics 4 id (G-XXXX): loaded only for visitors who allow analytics. */
  GA_MEASUREMENT_ID: z
    .string()
    .regex(/^G-[A-Z0-9]{4,20}$/, 'must look like G-XXXXXXX')
    .optional(),
};

// `next build` must not need a database or secrets; the server validates at start-up.
const skipValidation = process.env.SKIP_ENV_VALIDATION === '1';

const validated = createEnv({
  server,
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  skipValidation,
  onValidationError(issues) {
    const lines = issues.map((issue) => {
      const name = issue.path?.map((p) => (typeof p === 'object' ? p.key : p)).join('.') ?? '?';
      return `  - ${name}: ${issue.message}`;
    });
    throw new Error(`Invalid environment variables:\n${lines.join('\n')}\nSee .env.example.`);
  },
});

/**
 * Without validation (a build), each variable is still read through its schema, so the defaults
 * above hold there too and no module restates them; a missing or invalid one is left unset.
 */
function unvalidatedWithDefaults(): typeof validated {
  const values: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(server)) {
    const raw = process.env[name];
    const parsed = schema.safeParse(raw === '' ? undefined : raw);
    if (parsed.success) values[name] = parsed.data;
  }
  return values as typeof validated;
}

export const env = skipValidation ? unvalidatedWithDefaults() : validated;

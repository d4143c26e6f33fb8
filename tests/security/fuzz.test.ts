// Property-based fuzzing of the public surface: generated hostile strings and shapes, sent to
// every public REST endpoint and every tRPC procedure (enumerated from the router, as
// authorization.test.ts does), anonymously and as an admin. Whatever is sent, the answer is
// never a 5xx, and errors of our REST endpoints are in the seed's format.
// Bounded in `npm test`; `npm run bench -- --only fuzz` runs it with FUZZ_SCALE=20.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminCredentials, fakeClientIp, signIn, url } from '../support/app';
import { seedExampleRequest } from '../support/audit';

const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE ?? '1'));
const runs = (base: number) => Math.round(base * SCALE);
const TIMEOUT_MS = 60_000 * SCALE;

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF\uD800',
  '😀',
  '\u202E\u0301',
  "' OR 1=1 --",
  '"; DROP TABLE audits; --',
  '<script>alert(1)</script>',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '..%252f..%252f',
  '%00',
  '%',
  '\\',
  '/\t/evil.example/',
  'http://a:b',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'NaN',
  '-1',
  '1e309',
  '00000000-0000-0000-0000-000000000000',
  'a'.repeat(5000),
  '\r\nSet-Cookie: x=1',
];

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.uuid() },
);

const FIELD_NAMES = [
  'id',
  'draftId',
  'auditId',
  'step',
  'data',
  'email',
  'name',
  'company',
  'message',
  'text',
  'token',
  'startsAt',
  'industry',
  'companySize',
  'painPoints',
  'contactInfo',
  'status',
  'userId',
  'leadId',
  'notes',
  'from',
  'to',
  'page',
  'search',
  'role',
  'timeZone',
  'inquiryType',
  'path',
  'referrer',
  'utm',
  'label',
  'consentContact',
  'consentPrivacy',
  'processes',
  'maturity',
  '__proto__',
  'constructor',
];

const { value: hostileValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...FIELD_NAMES), hostileString), tie('value'), { maxKeys: 5 }),
  ),
}));

/** A valid request with one field (at any depth) replaced by something hostile. */
function mutated(sample: Record<string, unknown>) {
  const paths: string[][] = [];
  const walk = (value: unknown, path: string[]) => {
    paths.push(path);
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    }
  };
  walk(sample, []);
  return fc.tuple(fc.constantFrom(...paths.filter((p) => p.length)), hostileValue).map(([path, value]) => {
    const copy = structuredClone(sample);
    let target = copy as Record<string, unknown>;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
    target[path.at(-1)!] = value;
    return copy as unknown;
  });
}

const bodyFor = (sample: Record<string, unknown>) =>
  fc.oneof(
    mutated(sample),
    hostileValue,
    fc.string({ unit: 'binary', maxLength: 200 }).map((raw) => ({ raw })),
  );

function serialise(body: unknown): string {
  if (body && typeof body === 'object' && 'raw' in body && Object.keys(body).length === 1) {
    return String((body as { raw: unknown }).raw);
  }
  return JSON.stringify(body) ?? 'null';
}

async function expectNo5xx(label: string, response: Response) {
  const text = await response.text();
  expect({ label, status: response.status, body: text.slice(0, 300) }).toMatchObject({
    status: expect.any(Number),
  });
  if (response.status >= 500) throw new Error(`${label} answered ${response.status}: ${text.slice(0, 500)}`);
  return text;
}

const REST_POSTS: Array<[string, Record<string, unknown>]> = [
  ['/api/audit/submit', seedExampleRequest],
  [
    '/api/contact/submit',
    { name: 'Fuzz', email: 'fuzz@example.com', message: 'A message long enough to pass.', inquiryType: 'project' },
  ],
  ['/api/events', { name: 'page_view', path: '/pricing', referrer: 'https://example.com/' }],
  [
    '/api/calculator/roi',
    { employees: 250, processes: ['invoice processing'], timeSpent: { 'invoice processing': 20 } },
  ],
];

describe('fuzzing the public REST endpoints', () => {
  it.each(REST_POSTS)(
    'POST %s never answers 5xx',
    async (path, sample) => {
      await fc.assert(
        fc.asyncProperty(bodyFor(sample), async (body) => {
          const response = await fetch(url(path), {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...fakeClientIp() },
            body: serialise(body),
          });
          const text = await expectNo5xx(`POST ${path}`, response);
          if (response.status >= 400) expect(JSON.parse(text).error).toHaveProperty('code');
        }),
        { numRuns: runs(25), interruptAfterTimeLimit: TIMEOUT_MS / 4 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'GET endpoints with hostile path segments and queries never answer 5xx',
    async () => {
      const templates = [
        (s: string) => `/api/audit/results/${s}`,
        (s: string) => `/api/audit/results/${s}/report`,
        (s: string) => `/api/cms/posts/${s}`,
        (s: string) => `/api/cms/media/file/${s}`,
        (s: string) => `/api/cms/posts?where[slug][equals]=${s}`,
        (s: string) => `/api/cms/posts?limit=${s}&page=${s}&sort=${s}`,
        (s: string) => `/api/${s}`,
        (s: string) => `/admin/sign-in?callbackUrl=${s}`,
        (s: string) => `/blog?category=${s}&page=${s}`,
      ];
      // encodeURIComponent throws on lone surrogates: those go as they are (fetch encodes them).
      const encode = (value: string) => {
        try {
          return encodeURIComponent(value);
        } catch {
          return value;
        }
      };
      const segment = fc.oneof(hostileString.map(encode), fc.constantFrom(...HOSTILE_STRINGS));
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...templates), segment, async (template, value) => {
          let target: string;
          try {
            target = url(template(value));
          } catch {
            return; // not a URL a client could send
          }
          await expectNo5xx(`GET ${target}`, await fetch(target, { redirect: 'manual' }));
        }),
        { numRuns: runs(60), interruptAfterTimeLimit: TIMEOUT_MS / 4 },
      );
    },
    TIMEOUT_MS,
  );
});

interface Procedure {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
}

describe('fuzzing every tRPC procedure', () => {
  let procedures: Procedure[] = [];
  let admin: string;
  beforeAll(async () => {
    const { appRouter } = await import('@/server/api/root');
    const defs = appRouter._def.procedures as unknown as Record<string, { _def: { type: Procedure['type'] } }>;
    procedures = Object.entries(defs).map(([path, def]) => ({ path, type: def._def.type }));
    const { email, password } = adminCredentials();
    admin = (await signIn(email, password))!;
  });

  async function call(procedure: Procedure, input: unknown, cookie?: string) {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...fakeClientIp() };
    if (cookie) headers.cookie = cookie;
    const payload = JSON.stringify({ json: input }) ?? '{}';
    const response =
      procedure.type === 'mutation'
        ? await fetch(url(`/api/trpc/${procedure.path}`), {
            method: 'POST',
            headers,
            body: payload,
            signal: AbortSignal.timeout(15_000),
          })
        : await fetch(url(`/api/trpc/${procedure.path}?input=${encodeURIComponent(payload)}`), {
            headers,
            signal: AbortSignal.timeout(15_000),
          });
    if (procedure.type === 'subscription') {
      // A stream: the status is what matters; errors after it are sent as events.
      await response.body?.cancel();
      if (response.status >= 500) throw new Error(`${procedure.path} answered ${response.status}`);
      return;
    }
    await expectNo5xx(`${procedure.type} ${procedure.path}`, response);
  }

  it('covers the whole router', () => {
    expect(procedures.length).toBeGreaterThan(20);
  });

  it(
    'no procedure answers 5xx, anonymous or as an admin',
    async () => {
      // A fixed number of calls each, never a time share: on a loaded machine a share shorter
      // than one call ended a property after 0 runs. Each call has its own time-out.
      for (const procedure of procedures) {
        await fc.assert(
          fc.asyncProperty(hostileValue, fc.boolean(), async (input, asAdmin) => {
            await call(procedure, input, asAdmin ? admin : undefined);
          }),
          { numRuns: runs(4) },
        );
      }
    },
    TIMEOUT_MS * 6,
  );
});

// Readiness of this instance for /api/ready: everything a request may need, beyond health's
// liveness. The database, the CMS, the job queue (workers beating, jobs moving) and the file
// storage must be up for the instance to take traffic; the LLM provider, when one is configured,
// is reported but never makes the instance unready (the built-in model writes instead).
import 'server-only';
import { env } from '@/env';
import { randomUUID } from 'node:crypto';
import { llmChain } from '@/server/ai/providers';
import { getCms } from '@/server/cms/payload';
import { db } from '@/server/db/client';
import { fileStorage } from '@/server/storage';
import { checkJobs, timed, type ComponentStatus, type JobsStatus } from './health';

export interface ReadinessReport {
  status: 'ready' | 'not-ready';
  timestamp: string;
  checks: {
    database: ComponentStatus;
    cms: ComponentStatus;
    jobs: JobsStatus;
    storage: ComponentStatus;
    llm: ComponentStatus | { status: 'not-configured' };
  };
}

const LLM_CHECK_TTL_MS = 30_000;
const holder = globalThis as unknown as { xteamLlmCheck?: { at: number; result: Promise<ComponentStatus> } };

/** The primary provider's model list answers with our key; cached briefly, so probes cost no tokens. */
function checkLlm(): Promise<ComponentStatus> | { status: 'not-configured' } {
  const [primary] = llmChain(env);
  if (!primary) return { status: 'not-configured' };
  const cached = holder.xteamLlmCheck;
  if (cached && Date.now() - cached.at < LLM_CHECK_TTL_MS) return cached.result;
  const base = (primary.baseURL ?? 'https://api.openai.com/v1').replace(/\/$/, '');
  const result = timed('llm', async () => {
    const response = await fetch(`${base}/models`, {
      headers: primary.apiKey ? { Authorization: `Bearer ${primary.apiKey}` } : {},
      signal: AbortSignal.timeout(2500),
    });
    if (!response.ok) throw new Error(`the provider answered ${response.status}`);
  });
  holder.xteamLlmCheck = { at: Date.now(), result };
  return result;
}

export async function checkReadiness(): Promise<ReadinessReport> {
  const [database, cms, jobs, storage, llm] = await Promise.all([
    timed('database', () => db.$queryRaw`SELECT 1`),
    timed('cms', async () => (await getCms()).count({ collection: 'users', overrideAccess: true })),
    checkJobs(),
    // A key that does not exist: reachable storage answers "no such file" (null).
    timed('storage', () => fileStorage().get(`readiness-probes/${randomUUID()}`)),
    checkLlm(),
  ]);
  const essential = [database, cms, jobs, storage];
  return {
    status: essential.every((check) => check.status === 'up') ? 'ready' : 'not-ready',
    timestamp: new Date().toISOString(),
    checks: { database, cms, jobs, storage, llm },
  };
}

// Webhook settings from the environment, read in one place.
import 'server-only';
import { env } from '@/env';
import { allowList } from './destination';
import type { RetryPolicy } from './schedule';

export const retryPolicy: RetryPolicy = {
  baseSeconds: env.WEBHOOK_RETRY_BASE_SECONDS,
  windowSeconds: env.WEBHOOK_RETRY_WINDOW_SECONDS,
};
export const allowedPrivateRanges = allowList(env.WEBHOOK_ALLOWED_PRIVATE_RANGES);
export const webhookTimeoutMs = env.WEBHOOK_TIMEOUT_MS;

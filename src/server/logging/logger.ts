// Structured JSON logging (pino) with personal data masked before it is written.
import pino from 'pino';
import { env } from '@/env';
import { maskText, maskValue } from './mask';

export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: 'xteam-pro' },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: {
    level: (label) => ({ level: label }),
    log: (object) => maskValue(object) as Record<string, unknown>,
  },
  hooks: {
    logMethod(args, method) {
      const masked = args.map((arg) => (typeof arg === 'string' ? maskText(arg) : arg));
      method.apply(this, masked as Parameters<typeof method>);
    },
  },
});

export type Logger = typeof logger;

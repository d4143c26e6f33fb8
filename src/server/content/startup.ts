// Content services of a server process: the change feed that keeps cached content fresh, and
// Payload with its crons, which run due jobs (scheduled publish and unpublish) every minute.
import 'server-only';
import config from '@payload-config';
import { getPayload } from 'payload';
import { logger } from '@/server/logging/logger';
import { startChangeFeed } from './change-feed';

export async function startContentServices(): Promise<void> {
  await startChangeFeed().catch(() => undefined);
  try {
    await getPayload({ config, cron: true });
  } catch (error) {
    // The site still serves; the health check reports the CMS as down.
    logger.error({ err: error }, 'Payload could not start its job runner');
  }
}

// The Payload instance for server code (local API), initialised once per process.
import 'server-only';
import config from '@payload-config';
import { getPayload } from 'payload';

export function getCms() {
  return getPayload({ config });
}

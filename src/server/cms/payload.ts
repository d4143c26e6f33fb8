// The Payload instance for server code (local API), initialised once per process. Payload and
// the CMS configuration (lexical, the Postgres adapter, sharp: about 150 MB) are loaded on the
// first call, so a process that never asks the CMS (the worker, most of the time) never holds them.
import 'server-only';

export async function getCms() {
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')]);
  return getPayload({ config });
}

// The pg module with a Pool that always hears its `error` events. pg emits `error` on the pool
// when an idle connection dies (a database restart: "terminating connection due to
// administrator command"); with no listener Node treats it as an uncaught exception. Payload
// takes its pg module as an option (cms/payload.config.ts); raw pools here use it too.
// No `server-only` and no logger import: Payload's CLI loads the CMS config as well.
import pg from 'pg';

type LostConnectionHandler = (error: Error, pool: string) => void;

let onLost: LostConnectionHandler = (error, pool) =>
  console.warn(JSON.stringify({ level: 'warn', pool, err: error.message, msg: 'database connection lost' }));

/** Lets the app route these warnings to its logger once it has one. */
export function onLostConnection(handler: LostConnectionHandler): void {
  onLost = handler;
}

export class GuardedPool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config);
    const name = config?.application_name ?? 'pg pool';
    this.on('error', (error) => onLost(error, name));
  }
}

/** Drop-in for `import pg from 'pg'` where a library creates the pool. */
export const guardedPg: typeof pg = { ...pg, Pool: GuardedPool };

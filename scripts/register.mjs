// Loader for the project's scripts: TypeScript through tsx, and `server-only` made importable
// outside Next (scripts are server code by definition).
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

registerTsx();
register('./server-only-hooks.mjs', import.meta.url);

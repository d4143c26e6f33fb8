// `npm start`: see scripts/lib/launch.ts.
import { launch } from './lib/launch';

await launch('start');

// `npm run dev`: see scripts/lib/launch.ts.
import { launch } from './lib/launch';

await launch('dev');

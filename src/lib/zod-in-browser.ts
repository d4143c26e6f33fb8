// Zod compiles its object parsers with `new Function` where it may, and probes for that by
// calling it once. The site's CSP allows no eval, so in the browser the probe itself was
// reported as a violation (on /audit, the first page that parses). Parsing without the
// compiled fast path is ample for a form; the server keeps it. Imported by the shared modules
// that define schemas (not by the root layout: zod would then load on every page).
import { z } from 'zod';

if (typeof window !== 'undefined') z.config({ jitless: true });

// `npm run docs:config`: writes docs/configuration.md from .env.example.
import { readFileSync, writeFileSync } from 'node:fs';
import { CONFIGURATION_DOC, ENV_EXAMPLE, renderConfigurationDoc } from '../lib/configuration-doc';

writeFileSync(CONFIGURATION_DOC, await renderConfigurationDoc(readFileSync(ENV_EXAMPLE, 'utf8')));
console.log(`wrote ${CONFIGURATION_DOC}`);

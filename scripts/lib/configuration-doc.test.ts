import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONFIGURATION_DOC,
  ENV_EXAMPLE,
  parseEnvExample,
  renderConfigurationDoc,
  variableNames,
} from './configuration-doc';

const envExample = readFileSync(ENV_EXAMPLE, 'utf8');

describe('docs/configuration.md', () => {
  it('is exactly what .env.example generates (run `npm run docs:config` after editing it)', async () => {
    expect(readFileSync(CONFIGURATION_DOC, 'utf8')).toBe(await renderConfigurationDoc(envExample));
  });

  it('documents every variable src/env.ts validates', () => {
    const envSource = readFileSync(path.resolve(import.meta.dirname, '../../src/env.ts'), 'utf8');
    const validated = [...envSource.matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]);
    const documented = new Set(variableNames(envExample));
    expect(validated.length).toBeGreaterThan(20);
    expect(validated.filter((name) => !documented.has(name!))).toEqual([]);
  });

  it('lists each variable once', () => {
    const names = variableNames(envExample);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});

describe('parseEnvExample', () => {
  const sample = [
    '# Intro line.',
    '',
    '# Port of the server. Default 3000.',
    '# PORT=3000',
    '',
    '# Limits per hour.',
    '# A_LIMIT=1',
    '# B_LIMIT=2',
    '# --- Email ---------',
    '# Key of the service.',
    '# KEY=re_...',
    '# Sender.',
    '# FROM=a | b',
  ].join('\n');

  it('groups variables under sections with the paragraph above them', () => {
    const { intro, sections } = parseEnvExample(sample);
    expect(intro).toBe('Intro line.');
    expect(sections.map((s) => s.title)).toEqual(['General', 'Email']);
    expect(sections[0]!.groups).toEqual([
      { variables: [{ name: 'PORT', example: '3000' }], description: 'Port of the server. Default 3000.' },
      {
        variables: [
          { name: 'A_LIMIT', example: '1' },
          { name: 'B_LIMIT', example: '2' },
        ],
        description: 'Limits per hour.',
      },
    ]);
    expect(sections[1]!.groups.map((g) => g.description)).toEqual(['Key of the service.', 'Sender.']);
  });

  it('renders one line per group of variables', async () => {
    const doc = await renderConfigurationDoc(sample);
    expect(doc).toContain('- `A_LIMIT` = `1`, `B_LIMIT` = `2`: Limits per hour.');
    expect(doc).toContain('## Email');
  });
});

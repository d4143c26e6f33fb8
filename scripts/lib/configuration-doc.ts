// Renders docs/configuration.md from .env.example, so the reference can never drift from the
// file people copy. .env.example is the source: its first paragraph is the introduction; a
// `# --- Title ---` line opens a section; a comment paragraph followed by `# NAME=example`
// lines documents those variables (variables right after one another share a description).
import path from 'node:path';
import { format, resolveConfig } from 'prettier';

export const CONFIGURATION_DOC = path.resolve(import.meta.dirname, '../../docs/configuration.md');
export const ENV_EXAMPLE = path.resolve(import.meta.dirname, '../../.env.example');

export interface VariableGroup {
  variables: { name: string; example: string }[];
  description: string;
}

export interface VariableSection {
  title: string;
  groups: VariableGroup[];
}

const SECTION = /^#\s*---\s*(.+?)\s*-*\s*$/;
const VARIABLE = /^#\s*([A-Z][A-Z0-9_]*)=(.*)$/;

export function parseEnvExample(text: string): { intro: string; sections: VariableSection[] } {
  const [first = '', ...rest] = text.split(/\n\s*\n/);
  const intro = first
    .split('\n')
    .map((line) => line.replace(/^#\s?/, ''))
    .join('\n');
  const sections: VariableSection[] = [{ title: 'General', groups: [] }];
  let pending: string[] = [];
  let group: VariableGroup | undefined;
  for (const raw of rest.join('\n\n').split('\n')) {
    const line = raw.trimEnd();
    const section = SECTION.exec(line);
    const variable = VARIABLE.exec(line);
    if (section?.[1]) {
      sections.push({ title: section[1], groups: [] });
      pending = [];
      group = undefined;
    } else if (variable?.[1]) {
      if (!group || pending.length) {
        group = { variables: [], description: pending.join(' ') };
        sections.at(-1)!.groups.push(group);
        pending = [];
      }
      group.variables.push({ name: variable[1], example: variable[2]!.trim() });
    } else if (line.startsWith('#')) {
      pending.push(line.replace(/^#\s?/, ''));
    } else if (line === '') {
      group = undefined;
    }
  }
  return { intro, sections: sections.filter((s) => s.groups.length > 0) };
}

export function variableNames(text: string): string[] {
  return parseEnvExample(text).sections.flatMap((s) => s.groups.flatMap((g) => g.variables.map((v) => v.name)));
}

const code = (value: string) => (value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``);

export async function renderConfigurationDoc(envExample: string): Promise<string> {
  const { intro, sections } = parseEnvExample(envExample);
  const lines = [
    '# Configuration',
    '',
    '<!-- Generated from .env.example by `npm run docs:config`: edit .env.example, not this file. -->',
    '',
    intro,
    '',
    'Every variable is optional for local use. This page is generated from `.env.example` (a unit',
    'test fails when they differ, or when `src/env.ts` validates a variable that is not documented).',
    'Each line shows the variable with an example value, then what it does and its default.',
    '',
  ];
  for (const section of sections) {
    lines.push(`## ${section.title}`, '');
    for (const group of section.groups) {
      const names = group.variables.map((v) => `\`${v.name}\`${v.example ? ` = ${code(v.example)}` : ''}`);
      lines.push(`- ${names.join(', ')}${group.description ? `: ${group.description}` : ''}`);
    }
    lines.push('');
  }
  const options = await resolveConfig(CONFIGURATION_DOC);
  return format(lines.join('\n'), { ...options, parser: 'markdown' });
}

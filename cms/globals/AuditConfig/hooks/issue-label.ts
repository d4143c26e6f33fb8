// A configuration problem named in words an editor recognises: "Questions › “How do invoices
// reach you?” › Key" instead of "questions.1.key".
import { rowLabelText } from '../../../components/row-label-text';

const WORDS: Record<string, string> = { roi: 'ROI', kpis: 'KPIs' };

function humanize(name: string): string {
  if (WORDS[name]) return WORDS[name];
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function shorten(text: string): string {
  if (text.length <= 60) return text;
  const cut = text.slice(0, 58);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), 40));
  return `${atWord.replace(/[\s,;:.-]+$/, '')}…`;
}

export function describeConfigPath(path: readonly PropertyKey[], data: unknown): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const row = Array.isArray(node) ? (node[segment] as unknown) : undefined;
      const record = row && typeof row === 'object' ? (row as Record<string, unknown>) : undefined;
      parts.push(record ? `“${shorten(rowLabelText(record, segment))}”` : `row ${segment + 1}`);
      node = row;
    } else {
      parts.push(humanize(String(segment)));
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(segment)] : undefined;
    }
  }
  return parts.length ? parts.join(' › ') : 'Audit configuration';
}

// Builds Lexical rich text (the CMS editor's JSON) from short markdown-like blocks:
// "## Heading", "> quote", "- item" lines (a list), anything else a paragraph.
// **bold** spans inside a block are kept as bold text.

import type { Post } from '../payload-types';

type Node = Record<string, unknown>;

function textNodes(text: string): Node[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => {
      const bold = part.startsWith('**') && part.endsWith('**');
      return {
        type: 'text',
        text: bold ? part.slice(2, -2) : part,
        format: bold ? 1 : 0,
        style: '',
        mode: 'normal',
        detail: 0,
        version: 1,
      };
    });
}

const element = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
});

function block(source: string): Node {
  if (source.startsWith('## ')) return element('heading', textNodes(source.slice(3)), { tag: 'h2' });
  if (source.startsWith('### ')) return element('heading', textNodes(source.slice(4)), { tag: 'h3' });
  if (source.startsWith('> ')) return element('quote', textNodes(source.slice(2)));
  if (source.startsWith('- ')) {
    const items = source
      .split('\n')
      .map((line, index) => element('listitem', textNodes(line.replace(/^- /, '')), { value: index + 1 }));
    return element('list', items, { listType: 'bullet', tag: 'ul', start: 1 });
  }
  return element('paragraph', textNodes(source), { textFormat: 0, textStyle: '' });
}

export type RichTextValue = Post['content'];

export function richText(blocks: string[]): RichTextValue {
  return { root: element('root', blocks.map(block)) } as unknown as RichTextValue;
}

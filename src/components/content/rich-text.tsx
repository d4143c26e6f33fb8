// Rich text written in the CMS, rendered to HTML elements on the server.
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical';
import {
  LinkJSXConverter,
  RichText as LexicalRichText,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react';
import { cn } from '@/lib/cn';

const ROUTES: Record<string, string> = { posts: '/blog', 'case-studies': '/case-studies', solutions: '/solutions' };

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  ...LinkJSXConverter({
    internalDocToHref: ({ linkNode }) => {
      const { relationTo, value } = linkNode.fields.doc ?? {};
      const slug = value && typeof value === 'object' && 'slug' in value ? String(value.slug) : '';
      const base = relationTo ? ROUTES[relationTo] : undefined;
      return base && slug ? `${base}/${slug}` : '/';
    },
  }),
});

export function RichText({ data, className }: { data: unknown; className?: string }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null;
  return (
    <LexicalRichText
      data={data as SerializedEditorState}
      converters={converters}
      disableContainer={false}
      className={cn('rich-text', className)}
    />
  );
}

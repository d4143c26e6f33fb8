// ESLint: Next's rules (core web vitals), typescript-eslint, and no lint of generated files.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      '.data/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'src/server/db/generated/**',
      'cms/payload-types.ts',
      'src/app/(payload)/cms/importMap.js',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // A pages-router rule: with the site's catch-all 404 route it would flag every plain <a>,
      // and plain links are deliberate where a full navigation is wanted (sign-out, the wizard).
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // Public pages link with the intent-prefetching Link: next/link prefetches every link in
    // view while the page starts up (src/components/ui/link.tsx).
    files: ['src/app/(frontend)/(site)/**', 'src/components/**'],
    ignores: ['src/components/ui/link.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'next/link', message: "Use '@/components/ui/link' on the public site." }] },
      ],
    },
  },
  {
    // Tests read JSON bodies of any shape.
    files: ['tests/**', 'e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Email templates render whole HTML documents for mail clients, not Next.js pages.
    files: ['src/server/email/templates/**'],
    rules: { '@next/next/no-head-element': 'off' },
  },
  {
    files: ['cms/migrations/**'],
    rules: { '@typescript-eslint/no-unused-vars': 'off', '@typescript-eslint/consistent-type-imports': 'off' },
  },
];

export default config;

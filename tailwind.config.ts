// Design tokens of the site (loaded by src/app/globals.css through Tailwind's @config).
import type { Config } from 'tailwindcss';

export default {
  content: ['./src/**/*.{ts,tsx}', './cms/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        brand: {
          50: '#eef4ff',
          100: '#dbe6ff',
          200: '#bfd2ff',
          300: '#93b4fd',
          400: '#608af9',
          500: '#3b63f3',
          600: '#2645e6',
          700: '#1e35cf',
          800: '#1f2ea8',
          900: '#1f2d84',
          950: '#161c4f',
        },
        accent: { 400: '#2dd4bf', 500: '#14b8a6', 600: '#0d9488', 700: '#0f766e' },
        ink: { DEFAULT: '#0f172a', muted: '#475569', subtle: '#64748b' },
      },
      fontFamily: {
        sans: ['var(--font-inter)', 'ui-sans-serif', 'system-ui', 'sans-serif'],
      },
      maxWidth: { content: '72rem' },
    },
  },
} satisfies Config;

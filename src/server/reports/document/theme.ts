// Fonts (shipped in the repo: no network while rendering) and the report's visual language.
import 'server-only';
import path from 'node:path';
import { Font, StyleSheet } from '@react-pdf/renderer';

const FONTS_DIR = path.join(process.cwd(), 'src/server/reports/fonts');
let registered = false;

export function registerFonts() {
  if (registered) return;
  Font.register({
    family: 'Inter',
    fonts: [
      { src: path.join(FONTS_DIR, 'Inter-Regular.ttf'), fontWeight: 400 },
      { src: path.join(FONTS_DIR, 'Inter-Italic.ttf'), fontWeight: 400, fontStyle: 'italic' },
      { src: path.join(FONTS_DIR, 'Inter-SemiBold.ttf'), fontWeight: 600 },
      { src: path.join(FONTS_DIR, 'Inter-Bold.ttf'), fontWeight: 700 },
    ],
  });
  // Long words (URLs, system names) wrap instead of being hyphenated mid-syllable.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

/** A4 height in points. */
const A4_HEIGHT = 841.89;

export const colors = {
  ink: '#0f172a',
  body: '#334155',
  muted: '#64748b',
  line: '#e2e8f0',
  soft: '#f1f5f9',
  brand: '#4338ca',
  brandSoft: '#e0e7ff',
  accent: '#0d9488',
  warn: '#b45309',
  good: '#15803d',
};

export const styles = StyleSheet.create({
  page: {
    fontFamily: 'Inter',
    fontSize: 10,
    lineHeight: 1.5,
    color: colors.body,
    paddingTop: 64,
    paddingBottom: 56,
    paddingHorizontal: 48,
  },
  header: {
    position: 'absolute',
    top: 24,
    left: 48,
    right: 48,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 8,
    color: colors.muted,
    borderBottomWidth: 0.5,
    borderBottomColor: colors.line,
    paddingBottom: 6,
  },
  // Placed from the top: react-pdf drops fixed render-prop texts positioned with `bottom`.
  footer: {
    position: 'absolute',
    top: A4_HEIGHT - 36,
    left: 48,
    right: 48,
    fontSize: 8,
    color: colors.muted,
  },
  h1: { fontSize: 20, lineHeight: 1.25, fontWeight: 700, color: colors.ink, marginBottom: 12 },
  h2: { fontSize: 13, lineHeight: 1.3, fontWeight: 600, color: colors.ink, marginBottom: 6, marginTop: 14 },
  // No letter spacing: it breaks words apart for copy-paste and screen readers.
  eyebrow: { fontSize: 8, fontWeight: 700, color: colors.brand, marginBottom: 4 },
  paragraph: { marginBottom: 8 },
  small: { fontSize: 8, color: colors.muted },
  card: { borderWidth: 0.75, borderColor: colors.line, borderRadius: 6, padding: 12, marginBottom: 10 },
  row: { flexDirection: 'row' },
  pill: {
    fontSize: 7.5,
    fontWeight: 600,
    paddingVertical: 2,
    paddingHorizontal: 6,
    borderRadius: 8,
    backgroundColor: colors.soft,
    color: colors.ink,
    marginRight: 4,
  },
});

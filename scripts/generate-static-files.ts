// Writes the site's static files in public/ from the brand mark: icons for browsers and home
// screens, the web manifest and the default share image. Run after changing the mark:
//   npm run static-files
// The output is committed (public/ is served as is; nothing is generated at start).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { ROOT } from './lib/paths';

const BRAND = '#2645e6';
const ACCENT = '#2dd4bf';
const INK = '#0f172a';
const OUT = path.join(ROOT, 'public');

const MARK = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="${BRAND}"/><path d="M9 9l14 14M23 9L9 23" stroke="#fff" stroke-width="3.2" stroke-linecap="round"/><circle cx="23" cy="9" r="2.6" fill="${ACCENT}"/></svg>`;

/** The mark on a full square (home-screen icons are masked by the platform, no transparency). */
function squareMark(size: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BRAND}"/><path d="M10 10l12 12M22 10L10 22" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/><circle cx="22" cy="10" r="2.2" fill="${ACCENT}"/></svg>`;
}

const SHARE = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#eef4ff"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
  <rect width="1200" height="630" fill="url(#bg)"/>
  <rect x="0" y="606" width="1200" height="24" fill="${BRAND}"/>
  <g transform="translate(96 96) scale(3)">${MARK.replace(/<\/?svg[^>]*>/g, '')}</g>
  <text x="214" y="160" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="56" font-weight="700" fill="${INK}">XTeam<tspan fill="${BRAND}">.Pro</tspan></text>
  <text x="96" y="330" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="64" font-weight="700" fill="${INK}">AI process automation,</text>
  <text x="96" y="410" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="64" font-weight="700" fill="${INK}">audited and delivered.</text>
  <text x="96" y="500" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="30" fill="#475569">Start with a free AI process audit: your score and ROI in minutes.</text>
</svg>`;

/** An .ico holding one PNG (supported by every browser since Windows Vista's format). */
function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size >= 256 ? 0 : size, 6);
  header.writeUInt8(size >= 256 ? 0 : size, 7);
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(header.length, 18);
  return Buffer.concat([header, png]);
}

const MANIFEST = {
  name: 'XTeam.Pro — AI process automation',
  short_name: 'XTeam.Pro',
  description: 'Find the business processes worth automating, with a free AI process audit.',
  start_url: '/',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: BRAND,
  icons: [
    { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any maskable' },
    { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
    { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
  ],
};

async function main() {
  const png = (svg: string, size?: number) =>
    sharp(Buffer.from(svg), { density: 300 }).resize(size).png({ compressionLevel: 9, palette: true }).toBuffer();
  writeFileSync(path.join(OUT, 'icon.svg'), `${MARK}\n`);
  writeFileSync(path.join(OUT, 'favicon.ico'), icoFromPng(await png(MARK, 32), 32));
  writeFileSync(path.join(OUT, 'apple-touch-icon.png'), await png(squareMark(180)));
  writeFileSync(path.join(OUT, 'icon-192.png'), await png(squareMark(192)));
  writeFileSync(path.join(OUT, 'icon-512.png'), await png(squareMark(512)));
  writeFileSync(path.join(OUT, 'site.webmanifest'), `${JSON.stringify(MANIFEST, null, 2)}\n`);
  writeFileSync(path.join(OUT, 'og-default.png'), await png(SHARE, 1200));
  console.log(`static files written to ${path.relative(ROOT, OUT)}/`);
}

await main();

// On-brand illustrations for the demo content, drawn as SVG and rendered to PNG with sharp.
// Deterministic per seed string, no text (fonts differ between machines), nothing downloaded.
import sharp from 'sharp';

const PALETTES = [
  ['#161c4f', '#2645e6', '#2dd4bf'],
  ['#1f2d84', '#3b63f3', '#93b4fd'],
  ['#0f172a', '#1e35cf', '#14b8a6'],
  ['#1f2ea8', '#608af9', '#2dd4bf'],
  ['#161c4f', '#0d9488', '#bfd2ff'],
  ['#1e293b', '#2645e6', '#5eead4'],
] as const;

/** A small deterministic pseudo-random sequence (mulberry32) from a string. */
function randomFrom(seed: string) {
  let state = [...seed].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619), 2166136261) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function palette(random: () => number) {
  return PALETTES[Math.floor(random() * PALETTES.length)] ?? PALETTES[0];
}

/** A cover: a process flow (nodes and connectors) over a brand gradient. */
export function coverSvg(seed: string, width = 1600, height = 900): string {
  const random = randomFrom(seed);
  const [dark, mid, accent] = palette(random);
  const columns = 4 + Math.floor(random() * 2);
  const rows = 3;
  const cellW = width / (columns + 1);
  const cellH = height / (rows + 1);
  const nodes: { x: number; y: number; lit: boolean }[] = [];
  for (let c = 0; c < columns; c += 1) {
    for (let r = 0; r < rows; r += 1) {
      if (random() < 0.35) continue;
      nodes.push({ x: cellW * (c + 1), y: cellH * (r + 1) + (random() - 0.5) * cellH * 0.3, lit: random() < 0.3 });
    }
  }
  const links = nodes
    .flatMap((node, i) =>
      nodes
        .slice(i + 1)
        .filter((other) => other.x > node.x && other.x - node.x <= cellW * 1.01)
        .slice(0, 2)
        .map(
          (other) =>
            `<path d="M${node.x + 60} ${node.y} C${node.x + cellW / 2} ${node.y}, ${other.x - cellW / 2} ${other.y}, ${other.x - 60} ${other.y}" stroke="${accent}" stroke-opacity="0.55" stroke-width="4" fill="none"/>`,
        ),
    )
    .join('');
  const boxes = nodes
    .map(
      (node) =>
        `<rect x="${node.x - 60}" y="${node.y - 34}" width="120" height="68" rx="16" fill="${node.lit ? accent : '#ffffff'}" fill-opacity="${node.lit ? 0.95 : 0.12}" stroke="#ffffff" stroke-opacity="0.35" stroke-width="2"/>` +
        `<rect x="${node.x - 40}" y="${node.y - 8}" width="${40 + Math.floor(random() * 40)}" height="8" rx="4" fill="#ffffff" fill-opacity="${node.lit ? 0.9 : 0.45}"/>` +
        `<rect x="${node.x - 40}" y="${node.y + 8}" width="${24 + Math.floor(random() * 30)}" height="6" rx="3" fill="#ffffff" fill-opacity="0.3"/>`,
    )
    .join('');
  const glowX = Math.round(width * (0.6 + random() * 0.3));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs>
<linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${mid}"/></linearGradient>
<radialGradient id="glow" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="${accent}" stop-opacity="0.45"/><stop offset="1" stop-color="${accent}" stop-opacity="0"/></radialGradient>
<pattern id="grid" width="40" height="40" patternUnits="userSpaceOnUse"><path d="M40 0H0V40" fill="none" stroke="#ffffff" stroke-opacity="0.06" stroke-width="1"/></pattern>
</defs>
<rect width="100%" height="100%" fill="url(#bg)"/>
<rect width="100%" height="100%" fill="url(#grid)"/>
<circle cx="${glowX}" cy="${Math.round(height * 0.25)}" r="${Math.round(height * 0.6)}" fill="url(#glow)"/>
${links}${boxes}
</svg>`;
}

/** A portrait stand-in: a stylised head and shoulders on a soft gradient. */
export function portraitSvg(seed: string, size = 800): string {
  const random = randomFrom(seed);
  const [dark, mid, accent] = palette(random);
  const skin = ['#f1c7a5', '#d9a27c', '#a86f4c', '#7a4b2f', '#e8b894'][Math.floor(random() * 5)];
  const hair = ['#1f2937', '#4b2e1e', '#6b4423', '#111827', '#9ca3af'][Math.floor(random() * 5)];
  const s = size / 800;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 800 800">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${mid}"/><stop offset="1" stop-color="${dark}"/></linearGradient></defs>
<rect width="800" height="800" fill="url(#bg)"/>
<circle cx="640" cy="160" r="${Math.round(120 * s) / s}" fill="${accent}" fill-opacity="0.35"/>
<path d="M140 800 C160 600 280 540 400 540 C520 540 640 600 660 800 Z" fill="${accent}" fill-opacity="0.9"/>
<rect x="360" y="450" width="80" height="110" rx="30" fill="${skin}"/>
<ellipse cx="400" cy="360" rx="130" ry="150" fill="${skin}"/>
<path d="M270 340 C270 220 340 190 400 190 C470 190 535 225 532 340 C510 290 470 262 400 262 C330 262 290 290 270 340 Z" fill="${hair}"/>
</svg>`;
}

/** A client mark: a geometric monogram-like symbol on white. */
export function logoSvg(seed: string, size = 480): string {
  const random = randomFrom(seed);
  const [dark, mid, accent] = palette(random);
  const kind = Math.floor(random() * 3);
  const shape =
    kind === 0
      ? `<circle cx="240" cy="240" r="120" fill="${mid}"/><circle cx="300" cy="200" r="60" fill="${accent}"/>`
      : kind === 1
        ? `<rect x="130" y="130" width="220" height="220" rx="48" fill="${dark}"/><path d="M180 300 L240 180 L300 300 Z" fill="${accent}"/>`
        : `<path d="M240 110 L370 185 L370 295 L240 370 L110 295 L110 185 Z" fill="${mid}"/><circle cx="240" cy="240" r="54" fill="#ffffff"/><circle cx="240" cy="240" r="28" fill="${accent}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 480 480"><rect width="480" height="480" rx="64" fill="#f8fafc"/>${shape}</svg>`;
}

export async function renderPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}

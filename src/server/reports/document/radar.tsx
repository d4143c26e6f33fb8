// The radar chart drawn as vector shapes in the PDF: score against the industry benchmark.
// Each axis carries the dimension's name (wrapped on up to two lines) and its two figures, so
// the chart reads on its own; the chart is the page's width to leave room for them.
import 'server-only';
import { Circle, G, Line, Polygon, Svg, Text } from '@react-pdf/renderer';
import type { DimensionFinding } from '@/domain/report/model';
import { colors } from './theme';

/** The content width of an A4 page with the report's margins. */
export const RADAR_WIDTH = 499;
const HEIGHT = 318;
const CX = RADAR_WIDTH / 2;
const CY = HEIGHT / 2;
const RADIUS = 104;
/** Where the labels start, in percent of the radius. */
const LABEL_AT = 112;
const NAME_SIZE = 8.5;
const FIGURE_SIZE = 7.5;
const LINE = 10.5;
/** Characters per label line: side labels have ~140 pt beside the chart. */
const LINE_CHARS = 26;

function point(index: number, count: number, value: number) {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = (RADIUS * Math.max(0, value)) / 100;
  return { x: CX + r * Math.cos(angle), y: CY + r * Math.sin(angle) };
}

const polygon = (values: number[]) =>
  values
    .map((value, i) => point(i, values.length, Math.min(100, value)))
    .map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)
    .join(' ');

/** Splits a name into lines of at most `max` characters at spaces (a longer word stays whole). */
export function wrapLabel(text: string, max = LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export const axisFigures = (d: Pick<DimensionFinding, 'score' | 'benchmark' | 'standing'>) =>
  `${d.score === null ? 'not assessed' : `${d.standing === 'estimated' ? 'est. ' : 'you '}${d.score}`} · benchmark ${d.benchmark}`;

function AxisLabel({ finding, index, count }: { finding: DimensionFinding; index: number; count: number }) {
  const p = point(index, count, LABEL_AT);
  const dx = p.x - CX;
  const anchor = Math.abs(dx) < 4 ? 'middle' : dx > 0 ? 'start' : 'end';
  const lines = [
    ...wrapLabel(finding.label).map((text) => ({ text, name: true })),
    { text: axisFigures(finding), name: false },
  ];
  const height = lines.length * LINE;
  // Above the chart the block ends at the point, below it starts there, beside it is centred.
  const dy = p.y - CY;
  const top = Math.abs(dx) < 4 ? (dy < 0 ? p.y - height : p.y + 2) : p.y - height / 2;
  return (
    <G>
      {lines.map((line, i) => (
        <Text
          key={line.text}
          x={p.x}
          y={top + (i + 1) * LINE - 2.5}
          textAnchor={anchor}
          fill={line.name ? colors.ink : colors.muted}
          style={{
            fontSize: line.name ? NAME_SIZE : FIGURE_SIZE,
            fontFamily: 'Inter',
            fontWeight: line.name ? 700 : 400,
          }}
        >
          {line.text}
        </Text>
      ))}
    </G>
  );
}

export function RadarChart({ dimensions }: { dimensions: DimensionFinding[] }) {
  const count = dimensions.length;
  const scores = dimensions.map((d) => d.score ?? 0);
  return (
    <Svg width={RADAR_WIDTH} height={HEIGHT} viewBox={`0 0 ${RADAR_WIDTH} ${HEIGHT}`}>
      {[20, 40, 60, 80, 100].map((ring) => (
        <Polygon
          key={ring}
          points={polygon(dimensions.map(() => ring))}
          fill="none"
          stroke={colors.line}
          strokeWidth={0.75}
        />
      ))}
      {dimensions.map((d, i) => {
        const end = point(i, count, 100);
        return <Line key={d.key} x1={CX} y1={CY} x2={end.x} y2={end.y} stroke={colors.line} strokeWidth={0.75} />;
      })}
      <Polygon
        points={polygon(dimensions.map((d) => d.benchmark))}
        fill={colors.soft}
        fillOpacity={0.6}
        stroke={colors.muted}
        strokeWidth={1}
        strokeDasharray="3,2"
      />
      <Polygon
        points={polygon(scores)}
        fill={colors.brand}
        fillOpacity={0.22}
        stroke={colors.brand}
        strokeWidth={1.5}
      />
      {dimensions.map((d, i) => {
        const p = point(i, count, Math.min(100, d.score ?? 0));
        return <Circle key={d.key} cx={p.x} cy={p.y} r={2.5} fill={colors.brand} />;
      })}
      {dimensions.map((d, i) => (
        <AxisLabel key={d.key} finding={d} index={i} count={count} />
      ))}
    </Svg>
  );
}

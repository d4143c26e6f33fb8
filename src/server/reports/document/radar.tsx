// The radar chart drawn as vector shapes in the PDF: score against the industry benchmark.
// Axes are numbered; the legend beside the chart names them (long names do not fit around it).
import 'server-only';
import { Circle, G, Line, Polygon, Svg, Text } from '@react-pdf/renderer';
import type { DimensionFinding } from '@/domain/report/model';
import { colors } from './theme';

const SIZE = 260;
const CENTER = SIZE / 2;
const RADIUS = 100;

function point(index: number, count: number, value: number) {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = (RADIUS * Math.max(0, Math.min(100, value))) / 100;
  return { x: CENTER + r * Math.cos(angle), y: CENTER + r * Math.sin(angle) };
}

const polygon = (values: number[]) =>
  values
    .map((value, i) => point(i, values.length, value))
    .map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)
    .join(' ');

export function RadarChart({ dimensions }: { dimensions: DimensionFinding[] }) {
  const count = dimensions.length;
  const scores = dimensions.map((d) => d.score ?? 0);
  return (
    <Svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`}>
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
        return (
          <Line key={d.key} x1={CENTER} y1={CENTER} x2={end.x} y2={end.y} stroke={colors.line} strokeWidth={0.75} />
        );
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
        const p = point(i, count, d.score ?? 0);
        return <Circle key={d.key} cx={p.x} cy={p.y} r={2.5} fill={colors.brand} />;
      })}
      <G>
        {dimensions.map((d, i) => {
          const p = point(i, count, 116);
          const anchor = Math.abs(p.x - CENTER) < 4 ? 'middle' : p.x > CENTER ? 'start' : 'end';
          return (
            <Text
              key={d.key}
              x={p.x}
              y={p.y + 3}
              textAnchor={anchor}
              style={{ fontSize: 9, fontFamily: 'Inter', fontWeight: 700 }}
              fill={colors.ink}
            >
              {`${i + 1}`}
            </Text>
          );
        })}
      </G>
    </Svg>
  );
}

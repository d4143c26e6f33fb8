'use client';
// The six dimensions against the industry benchmark, as a radar chart (recharts). The bar list
// beside it carries the same figures as text for screen readers and small screens.
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';

interface Point {
  label: string;
  score: number | null;
  benchmark: number;
  estimated?: boolean;
}

export default function MaturityRadar({ radar, industry }: { radar: Point[]; industry: string }) {
  const data = radar.map((point) => ({ ...point, score: point.score ?? 0, short: point.label.split(/[ ,&]/)[0] }));
  const summary = radar
    .map(
      (p) =>
        `${p.label} ${p.score === null ? 'not assessed' : p.estimated ? `estimated ${p.score}` : p.score} against ${p.benchmark}`,
    )
    .join('; ');
  return (
    <figure
      role="img"
      aria-label={`Radar chart of your scores against the ${industry} benchmark: ${summary}`}
      className="h-80 w-full"
      data-testid="maturity-radar"
    >
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={data} outerRadius="62%" margin={{ top: 8, right: 28, bottom: 8, left: 28 }}>
          <PolarGrid stroke="#cbd5e1" />
          <PolarAngleAxis dataKey="short" tick={{ fill: '#334155', fontSize: 12 }} />
          <PolarRadiusAxis domain={[0, 100]} tick={false} axisLine={false} />
          <Radar
            name={`${industry} benchmark`}
            dataKey="benchmark"
            stroke="#64748b"
            fill="#94a3b8"
            fillOpacity={0.2}
            isAnimationActive={false}
          />
          <Radar
            name="Your score"
            dataKey="score"
            stroke="#2645e6"
            fill="#3b63f3"
            fillOpacity={0.35}
            isAnimationActive={false}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
        </RadarChart>
      </ResponsiveContainer>
    </figure>
  );
}

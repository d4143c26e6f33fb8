'use client';
// The six dimensions against the industry benchmark, as a radar chart (recharts): the card's
// full width, with the dimensions' full names once there is room for them. The figure's text
// alternative and the bar list below carry the same figures as text.
import { useState } from 'react';
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';

interface Point {
  label: string;
  score: number | null;
  benchmark: number;
  estimated?: boolean;
}

/** From this width on (px) the axes carry the full names, wrapped; below, their first word. */
const WIDE = 560;

export default function MaturityRadar({ radar, industry }: { radar: Point[]; industry: string }) {
  const [width, setWidth] = useState(0);
  const wide = width >= WIDE;
  const data = radar.map((point) => ({
    ...point,
    score: point.score ?? 0,
    axis: wide ? point.label : (point.label.split(/[ ,&]/)[0] ?? point.label),
  }));
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
      className="h-80 w-full sm:h-[26rem] lg:h-[30rem]"
      data-testid="maturity-radar"
    >
      <ResponsiveContainer width="100%" height="100%" onResize={(w) => setWidth(w)}>
        <RadarChart
          data={data}
          outerRadius={wide ? '72%' : '62%'}
          margin={wide ? { top: 16, right: 120, bottom: 8, left: 120 } : { top: 8, right: 28, bottom: 8, left: 28 }}
        >
          <PolarGrid stroke="#cbd5e1" />
          <PolarAngleAxis
            dataKey="axis"
            // `width` makes recharts wrap the full names on several lines.
            tick={{ fill: '#334155', fontSize: wide ? 13 : 12, width: wide ? 150 : 90 }}
          />
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
          <Legend wrapperStyle={{ fontSize: wide ? 14 : 12 }} />
        </RadarChart>
      </ResponsiveContainer>
    </figure>
  );
}

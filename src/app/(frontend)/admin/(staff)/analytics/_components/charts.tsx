'use client';
// The dashboard's charts (recharts, loaded in the browser only). Each chart is decorative for
// assistive technology: the figures are in the data table or text beside it.
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

const AXIS = { fill: '#475569', fontSize: 12 };
const BRAND = '#2645e6';
const ACCENT = '#0d9488';

export function AuditsOverTimeChart({ data }: { data: Array<{ day: string; started: number; completed: number }> }) {
  return (
    <div className="h-64 w-full" aria-hidden="true" data-testid="chart-audits-over-time">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="day" tick={AXIS} tickFormatter={(day: string) => day.slice(5)} minTickGap={24} />
          <YAxis allowDecimals={false} width={36} tick={AXIS} />
          <Tooltip />
          <Legend />
          <Area
            name="Started"
            type="monotone"
            dataKey="started"
            stroke={BRAND}
            fill={BRAND}
            fillOpacity={0.12}
            isAnimationActive={false}
          />
          <Area
            name="Completed"
            type="monotone"
            dataKey="completed"
            stroke={ACCENT}
            fill={ACCENT}
            fillOpacity={0.2}
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}

export interface BarSeries {
  key: string;
  name: string;
}

/** Horizontal bars, one row per category; the height grows with the number of rows. */
export function HorizontalBars({
  data,
  series,
  testId,
}: {
  data: Array<Record<string, string | number>>;
  series: BarSeries[];
  testId: string;
}) {
  const height = Math.max(160, data.length * (series.length > 1 ? 44 : 32) + 48);
  return (
    <div className="w-full" style={{ height }} aria-hidden="true" data-testid={testId}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={AXIS} />
          <YAxis type="category" dataKey="label" width={128} tick={AXIS} interval={0} />
          <Tooltip />
          {series.length > 1 && <Legend />}
          {series.map((s, index) => (
            <Bar
              key={s.key}
              name={s.name}
              dataKey={s.key}
              fill={index === 0 ? BRAND : ACCENT}
              radius={[0, 4, 4, 0]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

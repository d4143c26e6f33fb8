'use client';
// Cumulative net benefit month by month (savings minus maintenance, after the implementation
// cost): where each line crosses zero is the payback. A text summary carries the same figures.
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CashflowPoint } from '@/domain/roi/calculator';
import { formatCompactMoney as compactMoney, formatMoney as money } from '@/domain/format';

export default function CashflowChart({ points, currency }: { points: CashflowPoint[]; currency: string }) {
  const last = points.at(-1);
  const summary = last
    ? `Cumulative net benefit after ${last.month} months: ${money(last.conservative, currency)} conservative, ${money(last.expected, currency)} expected.`
    : '';
  return (
    <figure
      role="img"
      aria-label={`Line chart of cumulative net benefit. ${summary}`}
      className="h-64 w-full"
      data-testid="cashflow-chart"
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 12, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis
            dataKey="month"
            tick={{ fill: '#475569', fontSize: 12 }}
            ticks={[0, 6, 12, 18, 24, 30, 36]}
            tickFormatter={(m: number) => `${m}m`}
          />
          <YAxis
            width={64}
            tick={{ fill: '#475569', fontSize: 12 }}
            tickFormatter={(v: number) => compactMoney(v, currency)}
          />
          <ReferenceLine y={0} stroke="#94a3b8" />
          <Tooltip formatter={(value) => money(Number(value), currency)} labelFormatter={(m) => `Month ${String(m)}`} />
          <Line
            name="Expected"
            type="monotone"
            dataKey="expected"
            stroke="#2645e6"
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            name="Conservative"
            type="monotone"
            dataKey="conservative"
            stroke="#0d9488"
            strokeWidth={2}
            strokeDasharray="5 4"
            dot={false}
            isAnimationActive={false}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

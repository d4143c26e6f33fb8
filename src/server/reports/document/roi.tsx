// The ROI forecast: per process and in total, conservative and expected, with its assumptions.
import 'server-only';
import { Text, View } from '@react-pdf/renderer';
import { formatCount, formatMoney, formatMonths } from '@/domain/format';
import type { RoiForecast } from '@/domain/roi/forecast';
import { SectionTitle } from './frame';
import { colors, styles } from './theme';

const cell = { paddingVertical: 4, paddingHorizontal: 4 };
const head = { ...cell, fontSize: 8, fontWeight: 600, color: colors.muted };

function Row({ cells, widths, bold, header }: { cells: string[]; widths: number[]; bold?: boolean; header?: boolean }) {
  return (
    <View
      style={{ flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colors.line }}
      wrap={false}
      fixed={header}
    >
      {cells.map((text, i) => (
        <Text
          key={i}
          style={{
            ...(header ? head : cell),
            width: `${widths[i]}%`,
            textAlign: i === 0 ? 'left' : 'right',
            fontWeight: header ? 600 : bold ? 700 : 400,
            color: header ? colors.muted : colors.ink,
          }}
        >
          {text}
        </Text>
      ))}
    </View>
  );
}

export function RoiSection({ roi }: { roi: RoiForecast }) {
  const money = (v: number) => formatMoney(v, roi.currency);
  const n = (v: number) => formatCount(v);
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  return (
    <View break>
      <SectionTitle eyebrow="ROI forecast" title="What automation is worth to you" />
      <Text style={styles.paragraph}>
        A range, not a promise: the conservative column applies a lower automation share, a risk adjustment and a
        contingency on the implementation; the expected column is what similar projects achieve.
      </Text>
      {roi.processes.length > 0 ? (
        <>
          <Text style={styles.h2}>Processes in scope</Text>
          <Row
            header
            widths={[34, 14, 14, 18, 20]}
            cells={['Process', 'Hours / week', 'Hours / year', 'Automatable', 'Hours saved / year']}
          />
          {roi.processes.map((p) => (
            <Row
              key={p.name}
              widths={[34, 14, 14, 18, 20]}
              cells={[
                p.name,
                n(p.weeklyHours),
                n(p.annualHours),
                `${pct(p.automationShare.conservative)}–${pct(p.automationShare.expected)}`,
                `${n(p.hoursSaved.conservative)}–${n(p.hoursSaved.expected)}`,
              ]}
            />
          ))}
        </>
      ) : (
        <Text style={styles.paragraph}>No process with measurable hours was named, so no savings are forecast.</Text>
      )}
      <Text style={styles.h2}>Totals</Text>
      <Row header widths={[50, 25, 25]} cells={['', 'Conservative', 'Expected']} />
      <Row
        widths={[50, 25, 25]}
        cells={['Hours saved per year', n(roi.annualHoursSaved.conservative), n(roi.annualHoursSaved.expected)]}
      />
      <Row
        widths={[50, 25, 25]}
        bold
        cells={['Annual savings', money(roi.annualSavings.conservative), money(roi.annualSavings.expected)]}
      />
      <Row
        widths={[50, 25, 25]}
        cells={[
          'Implementation (one-off)',
          money(roi.implementationCost.conservative),
          money(roi.implementationCost.expected),
        ]}
      />
      <Row
        widths={[50, 25, 25]}
        cells={[
          'Maintenance per year',
          money(roi.annualMaintenance.conservative),
          money(roi.annualMaintenance.expected),
        ]}
      />
      <Row
        widths={[50, 25, 25]}
        bold
        cells={['Payback', formatMonths(roi.paybackMonths.conservative), formatMonths(roi.paybackMonths.expected)]}
      />
      <Row
        widths={[50, 25, 25]}
        cells={[
          'Time saved on these processes',
          `${roi.efficiencyPercent.conservative}%`,
          `${roi.efficiencyPercent.expected}%`,
        ]}
      />
      <Row
        widths={[50, 25, 25]}
        cells={['3-year ROI', `${roi.threeYearRoiPercent.conservative}%`, `${roi.threeYearRoiPercent.expected}%`]}
      />
      <View wrap={false}>
        <Text style={styles.h2}>Assumptions</Text>
        {roi.assumptions.map((a) => (
          <View key={a.key} style={{ flexDirection: 'row', marginBottom: 2 }}>
            <Text style={{ width: '60%', color: colors.muted }}>{a.label}</Text>
            <Text style={{ width: '40%', color: colors.ink }}>{a.value}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

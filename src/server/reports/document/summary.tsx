// Executive summary: the story in four paragraphs, the key figures and the radar chart.
import 'server-only';
import { Text, View } from '@react-pdf/renderer';
import { formatMoney, formatMonths } from '@/domain/report/compose';
import type { ReportModel } from '@/domain/report/model';
import { SectionTitle } from './frame';
import { RadarChart } from './radar';
import { colors, styles } from './theme';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <View style={{ flex: 1, backgroundColor: colors.soft, borderRadius: 6, padding: 10, marginRight: 6 }}>
      <Text style={{ fontSize: 8, color: colors.muted }}>{label}</Text>
      <Text style={{ fontSize: 12, fontWeight: 700, color: colors.ink, marginTop: 2 }}>{value}</Text>
    </View>
  );
}

export function ExecutiveSummary({ report }: { report: ReportModel }) {
  const { roi } = report;
  const money = (v: number) => formatMoney(v, roi.currency);
  return (
    <View>
      <SectionTitle eyebrow="Executive summary" title={`${report.score}/100: ${report.tier}`} />
      {report.summary.map((paragraph) => (
        <Text key={paragraph} style={styles.paragraph}>
          {paragraph}
        </Text>
      ))}
      <View style={{ flexDirection: 'row', marginTop: 6, marginBottom: 4 }}>
        <Figure label="Annual savings (expected)" value={money(roi.annualSavings.expected)} />
        <Figure label="Payback (expected)" value={formatMonths(roi.paybackMonths.expected)} />
        <Figure label="Time saved on these processes" value={`${roi.efficiencyPercent.expected}%`} />
        <Figure label="3-year ROI (expected)" value={`${roi.threeYearRoiPercent.expected}%`} />
      </View>
      <View style={{ flexDirection: 'row', alignItems: 'center', marginTop: 4 }} wrap={false}>
        <RadarChart dimensions={report.dimensions} />
        <View style={{ flex: 1, marginLeft: 8 }}>
          <Text style={styles.h2}>Maturity by dimension</Text>
          <View style={{ flexDirection: 'row', alignItems: 'center', marginBottom: 3 }}>
            <View style={{ width: 14, height: 3, backgroundColor: colors.brand, marginRight: 6 }} />
            <Text style={styles.small}>Your score</Text>
          </View>
          <View style={{ flexDirection: 'row', alignItems: 'center', marginBottom: 8 }}>
            <View
              style={{
                width: 14,
                height: 0,
                borderTopWidth: 1,
                borderTopColor: colors.muted,
                borderStyle: 'dashed',
                marginRight: 6,
              }}
            />
            <Text style={styles.small}>Industry benchmark</Text>
          </View>
          {report.dimensions.map((d, i) => (
            <Text key={d.key} style={{ fontSize: 9, marginBottom: 2 }}>
              <Text style={{ fontWeight: 700, color: colors.brand }}>{i + 1}</Text> {d.label}:{' '}
              <Text style={{ fontWeight: 600, color: colors.ink }}>{d.score === null ? 'not assessed' : d.score}</Text>{' '}
              (benchmark {d.benchmark})
            </Text>
          ))}
          <Text style={{ ...styles.small, marginTop: 8 }}>{report.benchmarkNote}</Text>
        </View>
      </View>
    </View>
  );
}

// Executive summary: the story in four paragraphs, the key figures and the radar chart.
import 'server-only';
import { Text, View } from '@react-pdf/renderer';
import { formatMoney, formatMonths } from '@/domain/format';
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
      <View style={{ marginTop: 10 }} wrap={false}>
        <Text style={styles.h2}>Maturity by dimension</Text>
        <RadarChart dimensions={report.dimensions} />
        <View style={{ flexDirection: 'row', alignItems: 'center', justifyContent: 'center', marginTop: 4 }}>
          <View style={{ width: 14, height: 3, backgroundColor: colors.brand, marginRight: 6 }} />
          <Text style={{ ...styles.small, marginRight: 16 }}>Your score</Text>
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
        <Text style={{ ...styles.small, marginTop: 4, textAlign: 'center' }}>{report.benchmarkNote}</Text>
      </View>
    </View>
  );
}

// The 30-60-90-day roadmap, then next steps and how to reach us.
import 'server-only';
import { Link, Text, View } from '@react-pdf/renderer';
import type { ReportModel } from '@/domain/report/model';
import { SectionTitle } from './frame';
import { colors, styles } from './theme';

export function RoadmapSection({ report }: { report: ReportModel }) {
  return (
    <View break>
      <SectionTitle eyebrow="Roadmap" title="Your first 90 days" />
      {report.roadmap.map((phase) => (
        <View key={phase.window} style={{ flexDirection: 'row', marginBottom: 12 }} wrap={false}>
          <View style={{ width: 88 }}>
            <Text style={{ fontWeight: 700, color: colors.brand }}>{phase.window}</Text>
          </View>
          <View style={{ flex: 1, borderLeftWidth: 2, borderLeftColor: colors.brandSoft, paddingLeft: 12 }}>
            <Text style={{ fontWeight: 600, color: colors.ink, marginBottom: 4 }}>{phase.goal}</Text>
            {phase.actions.map((action) => (
              <Text key={action.title} style={{ marginBottom: 3 }}>
                • <Text style={{ fontWeight: 600, color: colors.ink }}>{action.title}</Text>: {action.step}
              </Text>
            ))}
          </View>
        </View>
      ))}
      <View wrap={false}>
        <Text style={styles.h2}>Next steps</Text>
        {report.nextSteps.map((step, i) => (
          <Text key={step} style={{ marginBottom: 3 }}>
            {i + 1}. {step}
          </Text>
        ))}
        <View
          style={{ ...styles.card, marginTop: 14, backgroundColor: colors.brandSoft, borderColor: colors.brandSoft }}
        >
          <Text style={{ fontSize: 12, fontWeight: 700, color: colors.ink }}>Talk to XTeam.Pro</Text>
          <Text style={{ marginTop: 3 }}>
            Email <Link src={`mailto:${report.contact.email}`}>{report.contact.email}</Link> or visit{' '}
            <Link src={`https://${report.contact.website}`}>{report.contact.website}</Link>. Your results online:{' '}
            <Link src={report.resultsUrl}>{report.resultsUrl}</Link>
          </Text>
        </View>
      </View>
    </View>
  );
}

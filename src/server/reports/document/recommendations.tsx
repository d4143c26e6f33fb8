// Every recommendation with its impact, effort, timeframe, rationale, first step and KPIs.
import 'server-only';
import { Text, View } from '@react-pdf/renderer';
import type { Recommendation } from '@/domain/audit/recommendation';
import { SectionTitle } from './frame';
import { colors, styles } from './theme';

export function RecommendationsSection({ recommendations }: { recommendations: Recommendation[] }) {
  return (
    <View break>
      <SectionTitle eyebrow="Recommendations" title="What to automate, in order of value" />
      {recommendations.length === 0 && (
        <Text style={styles.paragraph}>No recommendations were written for this audit.</Text>
      )}
      {recommendations.map((r, index) => (
        <View key={r.title} style={styles.card} wrap={false}>
          <Text style={{ fontSize: 11, fontWeight: 600, color: colors.ink }}>
            {index + 1}. {r.title}
          </Text>
          <View style={{ flexDirection: 'row', marginVertical: 5 }}>
            <Text style={styles.pill}>Impact: {r.impact}</Text>
            <Text style={styles.pill}>Effort: {r.effort}</Text>
            <Text style={styles.pill}>Timeframe: {r.timeframe}</Text>
          </View>
          <Text>{r.rationale}</Text>
          <Text style={{ marginTop: 5 }}>
            <Text style={{ fontWeight: 600, color: colors.ink }}>First step: </Text>
            {r.firstStep}
          </Text>
          {r.kpis.length > 0 && (
            <Text style={{ ...styles.small, marginTop: 4 }}>KPIs to watch: {r.kpis.join(' · ')}</Text>
          )}
        </View>
      ))}
    </View>
  );
}

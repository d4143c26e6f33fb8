// Per-dimension findings: score against benchmark, what it means, and the answers behind it.
import 'server-only';
import { Text, View } from '@react-pdf/renderer';
import type { DimensionFinding, DimensionStanding } from '@/domain/report/model';
import { SectionTitle } from './frame';
import { colors, styles } from './theme';

const STANDING_COLOR: Record<DimensionStanding, string> = {
  ahead: colors.good,
  'on par': colors.accent,
  behind: colors.warn,
  'not assessed': colors.muted,
  estimated: colors.muted,
};

function ScoreBar({ score, benchmark }: { score: number | null; benchmark: number }) {
  return (
    <View style={{ height: 8, backgroundColor: colors.soft, borderRadius: 4, marginVertical: 6, position: 'relative' }}>
      <View style={{ width: `${score ?? 0}%`, height: 8, backgroundColor: colors.brand, borderRadius: 4 }} />
      <View
        style={{
          position: 'absolute',
          left: `${benchmark}%`,
          top: -2,
          width: 1.5,
          height: 12,
          backgroundColor: colors.ink,
        }}
      />
    </View>
  );
}

export function DimensionFindings({ dimensions }: { dimensions: DimensionFinding[] }) {
  return (
    <View break>
      <SectionTitle eyebrow="Findings" title="Where you stand, dimension by dimension" />
      <Text style={styles.paragraph}>
        Each dimension is scored from your answers (100 x points over the maximum of what was answered) and weighted in
        the overall score. The black mark on each bar is the industry benchmark.
      </Text>
      {dimensions.map((d) => (
        <View key={d.key} style={styles.card} wrap={false}>
          <View style={{ flexDirection: 'row', justifyContent: 'space-between' }}>
            <Text style={{ fontSize: 11, fontWeight: 600, color: colors.ink }}>
              {d.label} <Text style={{ fontWeight: 400, color: colors.muted }}>(weight {d.weight})</Text>
            </Text>
            <Text style={{ fontSize: 11, fontWeight: 700, color: STANDING_COLOR[d.standing] }}>
              {d.score === null ? 'not assessed' : `${d.score}/100 · ${d.standing}`}
            </Text>
          </View>
          {d.description ? <Text style={styles.small}>{d.description}</Text> : null}
          <ScoreBar score={d.score} benchmark={d.benchmark} />
          <Text>{d.finding}</Text>
          {d.evidence.slice(0, 3).map((e) => (
            <Text key={e.question} style={{ fontSize: 8.5, color: colors.muted, marginTop: 3 }}>
              {e.question} · <Text style={{ fontStyle: 'italic' }}>{e.answer}</Text> (level {e.level}/4)
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

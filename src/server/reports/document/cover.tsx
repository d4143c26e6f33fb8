// Page 1: who the report is for and when, the score and tier, and the forecast's three headline
// figures (the expected case, as on the results page), so the cover alone tells the story.
import 'server-only';
import { Page, Text, View } from '@react-pdf/renderer';
import type { HeadlineFigure, ReportModel } from '@/domain/report/model';
import { colors, styles } from './theme';

function HeadlineTile({ figure, last }: { figure: HeadlineFigure; last: boolean }) {
  return (
    <View
      style={{
        flex: 1,
        backgroundColor: colors.soft,
        borderRadius: 8,
        paddingVertical: 14,
        paddingHorizontal: 14,
        marginRight: last ? 0 : 10,
      }}
    >
      <Text style={{ fontSize: 9, fontWeight: 600, color: colors.muted }}>{figure.label}</Text>
      <Text style={{ fontSize: 19, lineHeight: 1.25, fontWeight: 700, color: colors.ink, marginTop: 4 }}>
        {figure.value}
      </Text>
      <Text style={{ fontSize: 8, color: colors.muted, marginTop: 2 }}>{figure.note}</Text>
    </View>
  );
}

export function CoverPage({ report }: { report: ReportModel }) {
  return (
    <Page size="A4" style={{ ...styles.page, padding: 0 }}>
      <View style={{ backgroundColor: colors.brand, paddingHorizontal: 48, paddingTop: 44, paddingBottom: 32 }}>
        <Text style={{ color: '#ffffff', fontSize: 16, lineHeight: 1.3, fontWeight: 700 }}>
          XTeam<Text style={{ color: colors.brandSoft }}>.Pro</Text>
        </Text>
        <Text style={{ color: colors.brandSoft, fontSize: 9, marginTop: 2 }}>AI automation for operations teams</Text>
        <Text style={{ color: '#ffffff', fontSize: 30, lineHeight: 1.2, fontWeight: 700, marginTop: 48 }}>
          AI Process Audit
        </Text>
        <Text style={{ color: colors.brandSoft, fontSize: 13, lineHeight: 1.3, marginTop: 6 }}>
          Automation maturity, ROI forecast and a 90-day roadmap
        </Text>
      </View>
      <View style={{ paddingHorizontal: 48, paddingTop: 32 }}>
        <View style={{ flexDirection: 'row' }}>
          <View style={{ flex: 1, paddingRight: 16 }}>
            <Text style={styles.eyebrow}>PREPARED FOR</Text>
            <Text style={{ fontSize: 20, lineHeight: 1.25, fontWeight: 700, color: colors.ink }}>{report.company}</Text>
            {report.preparedFor && <Text style={{ fontSize: 11, marginTop: 2 }}>{report.preparedFor}</Text>}
            <Text style={{ marginTop: 4 }}>
              {report.industry} · {report.companySize}
            </Text>
          </View>
          <View style={{ width: 150 }}>
            <Text style={styles.eyebrow}>DATE</Text>
            <Text style={{ fontSize: 11, fontWeight: 600, color: colors.ink }}>{report.date}</Text>
          </View>
        </View>

        <View style={{ flexDirection: 'row', marginTop: 36, alignItems: 'center' }}>
          <View
            style={{
              width: 120,
              height: 120,
              borderRadius: 60,
              borderWidth: 6,
              borderColor: colors.brand,
              alignItems: 'center',
              justifyContent: 'center',
            }}
          >
            <Text style={{ fontSize: 34, lineHeight: 1.2, fontWeight: 700, color: colors.ink }}>{report.score}</Text>
            <Text style={{ fontSize: 8, color: colors.muted }}>out of 100</Text>
          </View>
          <View style={{ marginLeft: 28, flex: 1 }}>
            <Text style={styles.eyebrow}>AUTOMATION MATURITY</Text>
            <Text style={{ fontSize: 18, lineHeight: 1.3, fontWeight: 700, color: colors.ink }}>{report.tier}</Text>
            <Text style={{ marginTop: 4 }}>{report.tierSummary}</Text>
          </View>
        </View>

        <View style={{ marginTop: 36 }}>
          <Text style={styles.eyebrow}>WHAT AUTOMATION IS WORTH TO YOU (EXPECTED CASE)</Text>
          {report.headline.length > 0 ? (
            <View style={{ flexDirection: 'row', marginTop: 4 }}>
              {report.headline.map((figure, i) => (
                <HeadlineTile key={figure.label} figure={figure} last={i === report.headline.length - 1} />
              ))}
            </View>
          ) : (
            <Text>No processes were named, so this report has no ROI forecast.</Text>
          )}
        </View>

        <View style={{ marginTop: 28 }}>
          <Text style={styles.eyebrow}>CONFIDENCE</Text>
          <Text>{report.confidence.statement}</Text>
          {report.confidence.invitation && <Text style={{ marginTop: 4 }}>{report.confidence.invitation}</Text>}
        </View>
      </View>
      {/* In the flow, pushed to the bottom: a long confidence note moves it down rather than
          running into it (an absolute footer overlapped the low-confidence invitation). */}
      <View style={{ marginTop: 'auto', paddingHorizontal: 48, paddingTop: 16, paddingBottom: 36 }}>
        <Text style={styles.small}>
          Scores and the ROI forecast are computed deterministically from your answers; recommendations are written from
          them. Online version: {report.resultsUrl}
        </Text>
      </View>
    </Page>
  );
}

// The audit report document: cover, then one flowing page set with header and page numbers.
import 'server-only';
import { Document, Page } from '@react-pdf/renderer';
import type { ReportModel } from '@/domain/report/model';
import { CoverPage } from './cover';
import { DimensionFindings } from './findings';
import { PageFrame } from './frame';
import { RecommendationsSection } from './recommendations';
import { RoadmapSection } from './roadmap';
import { RoiSection } from './roi';
import { ExecutiveSummary } from './summary';
import { styles } from './theme';

export function AuditReportDocument({ report }: { report: ReportModel }) {
  return (
    <Document
      title={`AI Process Audit: ${report.company}`}
      author="XTeam.Pro"
      subject={`Automation maturity ${report.score}/100 (${report.tier})`}
      creator="XTeam.Pro"
      producer="XTeam.Pro"
      language="en"
    >
      <CoverPage report={report} />
      <Page size="A4" style={styles.page}>
        <PageFrame company={report.company} date={report.date} />
        <ExecutiveSummary report={report} />
        <DimensionFindings dimensions={report.dimensions} />
        <RoiSection roi={report.roi} />
        <RecommendationsSection recommendations={report.recommendations} />
        <RoadmapSection report={report} />
      </Page>
    </Document>
  );
}

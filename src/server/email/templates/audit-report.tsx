// To the audit taker: their score, the link to their results and the PDF report attached.
import { EmailLayout, emailStyles as s } from './layout';

export interface AuditReportEmailProps {
  company: string | null;
  score: number;
  tier: string;
  resultsUrl: string;
  topRecommendations: string[];
  annualSavings: string;
  /** Said plainly when the forecast does not pay back within three years (src/domain/roi/verdict.ts). */
  roiVerdict?: string | null;
}

export function AuditReportEmail(props: AuditReportEmailProps) {
  return (
    <EmailLayout preview={`Your automation maturity: ${props.score}/100 (${props.tier}). Your report is attached.`}>
      <h1 style={s.heading}>Your AI process audit{props.company ? ` for ${props.company}` : ''}</h1>
      <p style={s.paragraph}>
        Thank you for taking the audit. Your automation maturity score is <strong>{props.score}/100</strong>, which puts
        you at the <strong>{props.tier}</strong> stage. The full report is attached as a PDF, ready to forward.
      </p>
      <p style={s.paragraph}>Expected annual savings from the recommended automations: {props.annualSavings}.</p>
      {props.roiVerdict && <p style={s.paragraph}>{props.roiVerdict}</p>}
      {props.topRecommendations.length > 0 && (
        <>
          <p style={{ ...s.paragraph, marginBottom: '8px' }}>Where to start:</p>
          <ol style={{ ...s.paragraph, paddingLeft: '20px' }}>
            {props.topRecommendations.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ol>
        </>
      )}
      <p style={{ margin: '24px 0' }}>
        <a href={props.resultsUrl} style={s.button}>
          View your results online
        </a>
      </p>
      <p style={s.muted}>
        Want to go through it with us? Reply to this email and a consultant will book a 30-minute call with you.
      </p>
    </EmailLayout>
  );
}

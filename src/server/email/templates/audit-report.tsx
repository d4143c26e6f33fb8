// To the audit taker: their score, then straight to the two things to do (open the results,
// book a review call), the figures and where to start; the PDF report is attached.
import { EmailLayout, emailStyles as s } from './layout';

export interface AuditReportEmailProps {
  company: string | null;
  score: number;
  tier: string;
  resultsUrl: string;
  /** The consultation booking page, linked to this audit. */
  bookingUrl: string;
  topRecommendations: string[];
  annualSavings: string;
  /** Said plainly when the forecast does not pay back within three years (src/domain/roi/verdict.ts). */
  roiVerdict?: string | null;
}

const secondaryButton = {
  ...s.button,
  backgroundColor: '#ffffff',
  color: s.colors.brand,
  border: `2px solid ${s.colors.brand}`,
  padding: '10px 18px',
};

export function AuditReportEmail(props: AuditReportEmailProps) {
  return (
    <EmailLayout preview={`Your automation maturity: ${props.score}/100 (${props.tier}). Your report is attached.`}>
      <h1 style={s.heading}>Your AI process audit{props.company ? ` for ${props.company}` : ''}</h1>
      <p style={s.paragraph}>
        Your automation maturity score is <strong>{props.score}/100</strong>, the <strong>{props.tier}</strong> stage.
        Your results page has the full picture: the score by dimension, the ROI forecast and your recommendations.
      </p>
      <p style={{ margin: '0 0 24px' }}>
        <a href={props.resultsUrl} style={s.button}>
          View your results
        </a>
      </p>
      <h2 style={{ ...s.paragraph, fontSize: '17px', fontWeight: 700, marginBottom: '8px' }}>
        Go through them with a consultant
      </h2>
      <p style={s.paragraph}>
        In a free 30-minute call an automation lead reviews your score and roadmap with you and says honestly where to
        start. Pick a time that suits you:
      </p>
      <p style={{ margin: '0 0 28px' }}>
        <a href={props.bookingUrl} style={secondaryButton}>
          Book a free consultation
        </a>
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
      <p style={s.muted}>The full report is attached as a PDF, ready to forward to your team.</p>
    </EmailLayout>
  );
}

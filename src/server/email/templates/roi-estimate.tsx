// To a prospect who sent themselves the ROI calculator's estimate: the figures as the page
// showed them, the processes behind them, a link back to the same figures and a booking link.
import { EmailLayout, emailStyles as s } from './layout';

export interface RoiEstimateEmailProps {
  figures: Array<{ label: string; value: string; range: string }>;
  employees: number;
  processes: Array<{ name: string; weeklyHours: number }>;
  calculatorUrl: string;
  consultationUrl: string;
}

export function RoiEstimateEmail(props: RoiEstimateEmailProps) {
  const headline = props.figures[0];
  return (
    <EmailLayout preview={headline ? `${headline.label}: ${headline.value}. Your ROI estimate from XTeam.Pro.` : ''}>
      <h1 style={s.heading}>Your automation ROI estimate</h1>
      <p style={s.paragraph}>
        Here are the figures from our ROI calculator for {props.employees.toLocaleString('en-US')} employees, expected
        case first:
      </p>
      <ul style={{ ...s.paragraph, paddingLeft: '20px' }}>
        {props.figures.map((figure) => (
          <li key={figure.label} style={{ marginBottom: '8px' }}>
            {figure.label}: <strong>{figure.value}</strong>{' '}
            <span style={{ color: s.colors.muted }}>({figure.range})</span>
          </li>
        ))}
      </ul>
      <p style={{ ...s.paragraph, marginBottom: '8px' }}>For these processes:</p>
      <ul style={{ ...s.paragraph, paddingLeft: '20px' }}>
        {props.processes.map((process) => (
          <li key={process.name}>
            {process.name}: {process.weeklyHours} h a week
          </li>
        ))}
      </ul>
      <p style={{ margin: '0 0 16px' }}>
        <a href={props.consultationUrl} style={s.button}>
          Review these figures with us
        </a>
      </p>
      <p style={s.paragraph}>
        A free 30-minute call with an automation lead, who checks the figures against how your company works.{' '}
        <a href={props.calculatorUrl} style={{ color: s.colors.brand }}>
          Open the calculator with these figures
        </a>{' '}
        to change them.
      </p>
      <p style={s.muted}>
        A planning estimate from published assumptions, not a quote. You receive this email because you asked for it on
        our pricing page.
      </p>
    </EmailLayout>
  );
}

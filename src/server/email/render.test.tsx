import { describe, expect, it } from 'vitest';
import { renderEmail } from './render';
import { AuditReportEmail } from './templates/audit-report';
import { LeadNotificationEmail } from './templates/lead-notification';
import { PrivacyLinkEmail } from './templates/privacy-link';

const SITE = { siteUrl: 'https://xteam.pro' };

describe('email templates', () => {
  it('render the audit report email as HTML and plain text', async () => {
    const { html, text } = await renderEmail(
      <AuditReportEmail
        company="Nordwerk & Söhne"
        score={47}
        tier="Standardized"
        resultsUrl="https://xteam.pro/audit/results/abc"
        bookingUrl="https://xteam.pro/consultation?audit=abc"
        topRecommendations={['Order-to-cash automation', 'Connect your ERP and CRM']}
        annualSavings="EUR 79,664–EUR 152,152"
      />,
      SITE,
    );
    expect(html).toMatch(/^<!DOCTYPE html/);
    expect(html).toContain('Nordwerk &amp; Söhne');
    expect(html).toContain('href="https://xteam.pro/audit/results/abc"');
    expect(text).toContain('YOUR AI PROCESS AUDIT FOR NORDWERK & SÖHNE');
    expect(text).toContain('47/100');
    expect(text).toContain('Order-to-cash automation');
    expect(text).toContain('https://xteam.pro/audit/results/abc');
    // It leads with the two things to do: the results, then booking a call (no "reply to this email").
    expect(html).toContain('href="https://xteam.pro/consultation?audit=abc"');
    expect(text).toContain('https://xteam.pro/consultation?audit=abc');
    const order = ['https://xteam.pro/audit/results/abc', 'https://xteam.pro/consultation?audit=abc', 'Where to start'];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toMatch(/<a [^>]*href="https:\/\/xteam.pro\/audit\/results\/abc"[^>]*>View your results<\/a>/);
    expect(html).toMatch(
      /<a [^>]*href="https:\/\/xteam.pro\/consultation\?audit=abc"[^>]*>Book a free consultation<\/a>/,
    );
    expect(`${html} ${text}`).not.toMatch(/reply to this email/i);
    // The inbox preview line is for the HTML part only.
    expect(text).not.toContain('Your report is attached.');
    expect(text).not.toMatch(/<[a-z]/);
  });

  it('render the lead notification with every key fact', async () => {
    const { html, text } = await renderEmail(
      <LeadNotificationEmail
        company={null}
        email="cto@company.com"
        phone={null}
        industry="Manufacturing"
        companySize="100-500"
        score={31}
        tier="Developing"
        annualSavings="EUR 90,000"
        paybackMonths="8 months"
        painPoints={['Manual data entry', 'Invoices by hand']}
        resultsUrl="https://xteam.pro/audit/results/xyz"
      />,
      SITE,
    );
    expect(html).toContain('New audit lead: cto@company.com');
    for (const fact of [
      '(not given)',
      'Manufacturing',
      '100-500',
      '31/100 (Developing)',
      'EUR 90,000 per year',
      '8 months',
      'Manual data entry; Invoices by hand',
    ]) {
      expect(text).toContain(fact);
    }
  });

  it('link every message to the "Your data" page when the site is known', async () => {
    const element = <PrivacyLinkEmail action="erase" url="https://xteam.pro/your-data/abc" validFor="60 minutes" />;
    const { html, text } = await renderEmail(element, SITE);
    expect(html).toContain('href="https://xteam.pro/your-data"');
    expect(text).toContain('https://xteam.pro/your-data');
    expect(html).toContain('href="https://xteam.pro/your-data/abc"');
    expect(text).toContain('60 minutes');
    expect(html).not.toContain('invalid');
  });
});

// Site settings of a fresh install: contact details, social links and legal pages.
export const seedSiteSettings = {
  companyName: 'XTeam.Pro',
  email: 'hello@xteam.pro',
  address: 'Remote-first consultancy working with clients across Europe',
  social: [{ platform: 'linkedin' as const, url: 'https://www.linkedin.com/company/xteam-pro' }],
  legalPages: [
    {
      title: 'Terms of service',
      slug: 'terms',
      summary: 'The terms that apply when you use this website and our free AI process audit.',
      body: [
        'These terms apply to your use of the XTeam.Pro website, including the free AI process audit. Consulting and implementation projects are governed by the individual agreement we sign with each client.',
        '## The free audit',
        'The audit gives an automated, indicative assessment based on the answers you provide. Scores, return-on-investment forecasts and recommendations are estimates, not guarantees of results, and should not be the only basis for an investment decision. We are happy to review them with you in a consultation.',
        '## Your content',
        'You keep all rights to the information you enter. You allow us to process it to produce your results and to contact you about them, as described in our privacy notice.',
        '## Acceptable use',
        'Please do not attempt to disrupt the website, submit content you have no right to share, or use automated means to submit audits in bulk. We may limit or block access that puts the service at risk.',
        '## Liability',
        'We provide the website and the free audit with reasonable care but without warranty. Nothing in these terms limits liability that cannot be limited by law.',
        '## Contact',
        'Questions about these terms: hello@xteam.pro.',
      ],
    },
    {
      title: 'Cookie policy',
      slug: 'cookies',
      summary: 'Which cookies this website sets, and why there is no cookie banner.',
      body: [
        'This website uses only cookies that are strictly necessary for it to work. We do not use advertising, analytics or tracking cookies, and we do not load third-party scripts, so there is nothing to consent to.',
        '## Cookies we set',
        '- **Session cookie** (staff only): keeps our team signed in to the admin area and the content management system.\n- **Security cookie** (staff only): protects the sign-in form against cross-site request forgery.\n- **Preview cookie** (staff only): lets editors view unpublished drafts of a page.',
        'Visitors of the public pages and the audit receive no cookies at all. Your audit progress is stored on our server and linked to your browser through local storage, which you can clear at any time in your browser settings.',
        '## Questions',
        'Write to hello@xteam.pro if you have any questions about this policy.',
      ],
    },
  ],
};

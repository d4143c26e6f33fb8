// Client quotes of the demo content (people of the illustrative case-study clients).
export const seedTestimonials = [
  {
    key: 'henrik-aalto',
    quote:
      'XTeam.Pro measured our process before they proposed anything. The forecast they gave us was lower than other vendors’, and we beat it.',
    person: 'Henrik Aalto',
    role: 'Finance director',
    company: 'Nordline Logistics',
    caseStudy: 'nordline-freight-invoice-automation',
  },
  {
    key: 'lea-brunner',
    quote:
      'They understood from day one that nothing touches a patient record without a person checking it. That is why our staff adopted the tool.',
    person: 'Dr. Lea Brunner',
    role: 'Medical operations lead',
    company: 'Helvia Clinics',
    caseStudy: 'helvia-clinics-patient-intake',
  },
  {
    key: 'claire-donnelly',
    quote: 'The reconciliations run every night now. Month-end has become a review, not a rescue operation.',
    person: 'Claire Donnelly',
    role: 'Group controller',
    company: 'Brightwater Components',
    caseStudy: 'brightwater-supplier-reconciliation',
  },
  {
    key: 'tomas-ferreira',
    quote:
      'Every routing decision comes with its reasoning, so our handlers and our regulator can follow it. That made the difference.',
    person: 'Tomás Ferreira',
    role: 'Head of claims',
    company: 'Corvane Insurance',
    caseStudy: 'corvane-insurance-claims-triage',
  },
] as const;

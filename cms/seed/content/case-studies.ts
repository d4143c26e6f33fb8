// Case studies of the demo content. Client names are illustrative demo companies.
export interface SeedCaseStudy {
  slug: string;
  title: string;
  client: string;
  industry: string;
  summary: string;
  challenge: string;
  solution: string[];
  results: { value: string; label: string }[];
  testimonial: { quote: string; person: string; role: string };
  publishedAt: string;
}

export const seedCaseStudies: SeedCaseStudy[] = [
  {
    slug: 'nordline-freight-invoice-automation',
    title: 'Freight invoices processed in hours, not days',
    client: 'Nordline Logistics',
    industry: 'Logistics',
    summary:
      'A 600-person freight forwarder cut invoice processing from 3.4 days to under 6 hours by extracting, matching and routing carrier invoices automatically.',
    challenge:
      'Nordline receives around 9,000 carrier invoices a month as PDFs and e-mail attachments in more than forty layouts. Six accounts-payable clerks keyed each one into the ERP and matched it to shipment records by hand. Invoices waited an average of 3.4 days, disputes over surcharges were found late, and early-payment discounts were regularly missed.',
    solution: [
      'We started with the AI process audit and a two-week time study, which showed that 70% of clerk time went into re-keying and look-ups in the transport management system.',
      'The automation reads every incoming invoice, extracts header and line data with a document model trained on Nordline’s own carriers, and matches each line to the shipment and the agreed tariff. Invoices that match within tolerance are posted for approval; surcharges outside the tariff go to a review queue with the evidence highlighted.',
      '- Document extraction with confidence scores per field, and human review below a threshold.\n- Three-way matching against shipments and contracted tariffs.\n- Integration through the ERP’s import API and the TMS reporting database, no screen bots.',
    ],
    results: [
      { value: '78%', label: 'of invoices posted without manual keying' },
      { value: '6 h', label: 'average processing time, down from 3.4 days' },
      { value: '€310k', label: 'yearly savings including recovered discounts' },
    ],
    testimonial: {
      quote:
        'The team stopped typing and started managing exceptions. We now catch surcharge disputes in the same week, not at quarter end.',
      person: 'Henrik Aalto',
      role: 'Finance director, Nordline Logistics',
    },
    publishedAt: '2026-05-12T08:00:00.000Z',
  },
  {
    slug: 'helvia-clinics-patient-intake',
    title: 'Patient intake that no longer needs a second phone call',
    client: 'Helvia Clinics',
    industry: 'Healthcare',
    summary:
      'A network of fourteen outpatient clinics automated referral intake and appointment preparation, halving the time from referral to booked appointment.',
    challenge:
      'Referrals arrived by fax, e-mail and a regional portal. Reception staff transcribed them into the practice system, called patients to collect missing details, and checked insurance coverage manually. A referral took a median of nine days to become a booked appointment, and one in five needed a second call.',
    solution: [
      'We mapped the intake process across three clinics and found that missing information, not booking capacity, caused most of the delay.',
      'Incoming referrals are now classified and extracted automatically, checked against a list of required details per specialty, and completed through a secure patient form sent by text message. Coverage checks run against the insurers’ eligibility services. Staff review every record before it enters the clinical system.',
      '- Referral extraction with mandatory human review before anything is written to the patient record.\n- A patient self-service form for missing details, available in four languages.\n- Data stays in the clinics’ own EU hosting; models run without retaining patient data.',
    ],
    results: [
      { value: '4.5 days', label: 'median referral-to-booking time, from 9 days' },
      { value: '−63%', label: 'follow-up calls to patients' },
      { value: '2.1 FTE', label: 'reception time moved to patient-facing work' },
    ],
    testimonial: {
      quote:
        'Our receptionists spend their time with patients again. And because every record is reviewed, our clinicians trust what arrives.',
      person: 'Dr. Lea Brunner',
      role: 'Medical operations lead, Helvia Clinics',
    },
    publishedAt: '2026-06-30T08:00:00.000Z',
  },
  {
    slug: 'brightwater-supplier-reconciliation',
    title: 'A three-day month-end close for a growing manufacturer',
    client: 'Brightwater Components',
    industry: 'Manufacturing',
    summary:
      'An automotive-parts manufacturer automated supplier and bank reconciliations and brought its month-end close from ten working days to three.',
    challenge:
      'Brightwater had grown by acquisition into four legal entities on two ERP instances. Reconciling supplier statements, bank accounts and intercompany balances took the finance team of nine most of the first two weeks of every month, leaving little time for analysis and pushing reporting to the board late.',
    solution: [
      'We began with the intercompany and bank reconciliations, which the audit ranked highest on hours saved and lowest on risk.',
      'Daily matching now runs across both ERP instances: rule-based first, then model-proposed matches for messy references, each with a confidence score. Unmatched items are routed to the owner of the entity the same day. Supplier statements are read automatically and compared to open items.',
      '- Daily reconciliation instead of a month-end rush.\n- Every automated match traceable to its evidence for the auditors.\n- A self-updating close checklist shared by the four entities.',
    ],
    results: [
      { value: '3 days', label: 'month-end close, from 10 working days' },
      { value: '92%', label: 'of bank lines matched automatically' },
      { value: '11 weeks', label: 'payback period of the project' },
    ],
    testimonial: {
      quote: 'We report to the board a week earlier and our auditors finished fieldwork two days ahead of plan.',
      person: 'Claire Donnelly',
      role: 'Group controller, Brightwater Components',
    },
    publishedAt: '2026-08-18T08:00:00.000Z',
  },
  {
    slug: 'corvane-insurance-claims-triage',
    title: 'Claims triage that routes the right case to the right adjuster',
    client: 'Corvane Insurance',
    industry: 'Financial services',
    summary:
      'A regional property insurer used AI triage to classify first notices of loss and route them by complexity, cutting the time to first contact by 58%.',
    challenge:
      'Corvane’s claims team received around 2,500 first notices of loss a month through its portal, e-mail and brokers. A triage team read each one to decide severity and routing. At peak times, after storms, the backlog grew to several days and simple claims waited as long as complex ones.',
    solution: [
      'Together with Corvane’s claims leadership we wrote down the triage rules the senior handlers applied implicitly, and built an evaluation set from 1,200 historical claims.',
      'Each notice is now read by a model that extracts the loss type, the affected property and the estimated severity, proposes a route, and explains its reasoning in two sentences. Simple claims go straight to a fast-track queue; anything uncertain or above a value threshold goes to a senior handler. Handlers can correct the route with one click, and corrections feed the weekly evaluation.',
      '- Routing accuracy measured weekly against handler decisions.\n- Fraud indicators are flagged for people, never decided by the model.\n- Storm mode: thresholds adjust automatically when volume triples.',
    ],
    results: [
      { value: '−58%', label: 'time to first contact with the policyholder' },
      { value: '94%', label: 'of routes accepted by handlers' },
      { value: '+12 pts', label: 'customer satisfaction after claims' },
    ],
    testimonial: {
      quote:
        'After the October storms we cleared the backlog in two days instead of two weeks, and our handlers worked on the claims that needed them.',
      person: 'Tomás Ferreira',
      role: 'Head of claims, Corvane Insurance',
    },
    publishedAt: '2026-10-20T08:00:00.000Z',
  },
];

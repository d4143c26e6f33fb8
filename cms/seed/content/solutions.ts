// Industry solutions of the demo content: scenarios, typical problems, automations, outcomes.
export interface SeedSolution {
  slug: string;
  industry: string;
  headline: string;
  summary: string;
  scenario: string;
  problems: string[];
  automations: { title: string; description: string }[];
  outcomes: { value: string; label: string }[];
  related: string[];
  order: number;
}

export const seedSolutions: SeedSolution[] = [
  {
    slug: 'manufacturing',
    industry: 'Manufacturing',
    headline: 'Less paperwork between the shop floor and the ledger',
    summary:
      'Purchase orders, supplier confirmations, quality reports and reconciliations: automate the admin around production, not the production itself.',
    scenario:
      'A buyer spends the morning comparing supplier order confirmations with purchase orders, line by line, and chasing changed delivery dates by e-mail. Quality engineers copy inspection results from spreadsheets into the ERP. At month-end, finance reconciles supplier statements by hand across several entities.',
    problems: [
      'Order confirmations checked manually against purchase orders',
      'Delivery-date changes discovered too late for production planning',
      'Quality and inspection data re-keyed into the ERP',
      'Slow month-end close across multiple legal entities',
    ],
    automations: [
      {
        title: 'Order confirmation matching',
        description:
          'Supplier confirmations are read automatically and compared with the purchase order; price, quantity and date deviations go to the buyer with the difference highlighted.',
      },
      {
        title: 'Reconciliation assistant',
        description:
          'Daily matching of bank, supplier and intercompany balances across ERP instances, with model-proposed matches for messy references.',
      },
      {
        title: 'Quality report capture',
        description:
          'Inspection sheets and certificates of conformity are extracted into structured records linked to batch and supplier.',
      },
    ],
    outcomes: [
      { value: '60–80%', label: 'of confirmations checked without manual work' },
      { value: '3–5 days', label: 'shorter month-end close' },
      { value: '< 12 months', label: 'typical payback' },
    ],
    related: ['brightwater-supplier-reconciliation'],
    order: 10,
  },
  {
    slug: 'logistics',
    industry: 'Logistics and distribution',
    headline: 'Freight documents that process themselves',
    summary:
      'Carrier invoices, proofs of delivery, customs paperwork and customer updates: high-volume documents with rules that can be written down.',
    scenario:
      'Every morning the accounts-payable team opens hundreds of carrier invoices in dozens of layouts, keys them into the ERP and looks up each shipment in the transport system to check the surcharges. Customer service answers the same “where is my shipment?” questions by copying status from one screen into an e-mail.',
    problems: [
      'Carrier invoices in many layouts keyed by hand',
      'Surcharge disputes found weeks after payment',
      'Proofs of delivery filed manually before invoicing customers',
      'Repetitive shipment-status questions from customers',
    ],
    automations: [
      {
        title: 'Freight invoice audit',
        description:
          'Extraction and three-way matching of carrier invoices against shipments and agreed tariffs, with out-of-tariff surcharges routed for review.',
      },
      {
        title: 'Proof-of-delivery capture',
        description:
          'Signed delivery notes are read, linked to the order and released for customer invoicing the same day.',
      },
      {
        title: 'Status answers on demand',
        description:
          'Customer e-mails about shipment status get a drafted reply with live tracking data, approved by an agent.',
      },
    ],
    outcomes: [
      { value: '70–85%', label: 'of invoices posted without keying' },
      { value: '2–4 days', label: 'faster customer invoicing' },
      { value: '−40%', label: 'status e-mails handled manually' },
    ],
    related: ['nordline-freight-invoice-automation'],
    order: 20,
  },
  {
    slug: 'healthcare',
    industry: 'Healthcare providers',
    headline: 'Give clinic staff their time back for patients',
    summary:
      'Referral intake, appointment preparation and insurance checks, automated with a person reviewing every record that touches patient data.',
    scenario:
      'Referrals arrive by fax, e-mail and regional portals. Reception staff transcribe them, call patients for missing details and check insurance coverage by phone, while the waiting room fills up. Clinicians receive incomplete records and ask the same questions again.',
    problems: [
      'Referrals transcribed by hand from faxes and PDFs',
      'Missing patient details that require call-backs',
      'Manual insurance eligibility checks',
      'Strict data-protection requirements for every tool',
    ],
    automations: [
      {
        title: 'Referral intake',
        description:
          'Referrals are classified and extracted, checked for required details per specialty, and reviewed by staff before entering the practice system.',
      },
      {
        title: 'Patient self-service',
        description: 'Patients complete missing information through a secure, multilingual form sent by text message.',
      },
      {
        title: 'Eligibility checks',
        description: 'Coverage is verified against insurers’ services before the appointment, with exceptions flagged.',
      },
    ],
    outcomes: [
      { value: '−50%', label: 'time from referral to booking' },
      { value: '−60%', label: 'follow-up calls to patients' },
      { value: 'EU-hosted', label: 'data stays in your environment' },
    ],
    related: ['helvia-clinics-patient-intake'],
    order: 30,
  },
  {
    slug: 'financial-services',
    industry: 'Insurance and financial services',
    headline: 'Faster triage, with the decisions left to your experts',
    summary:
      'Claims intake, KYC document checks and customer correspondence: AI that prepares and routes, with auditable reasoning and people deciding.',
    scenario:
      'A triage team reads every first notice of loss to decide severity and routing. Onboarding analysts check identity and company documents against checklists. After a storm or a product launch, backlogs grow for days and simple cases wait as long as complex ones.',
    problems: [
      'Manual triage of claims and applications',
      'Backlogs at peak volume',
      'Document checks against long checklists',
      'Regulators expecting explainable, auditable processes',
    ],
    automations: [
      {
        title: 'Claims triage',
        description:
          'First notices of loss are read, classified by loss type and severity, and routed with a short explanation that handlers can correct in one click.',
      },
      {
        title: 'KYC document review',
        description:
          'Identity and company documents are extracted and checked against your checklist, with gaps listed for the analyst.',
      },
      {
        title: 'Correspondence drafting',
        description:
          'Replies to policyholders are drafted from policy wording and claim status, always approved by a handler.',
      },
    ],
    outcomes: [
      { value: '−50–60%', label: 'time to first contact' },
      { value: '> 90%', label: 'routing accuracy, measured weekly' },
      { value: 'Full trail', label: 'of every automated proposal' },
    ],
    related: ['corvane-insurance-claims-triage'],
    order: 40,
  },
  {
    slug: 'retail-and-ecommerce',
    industry: 'Retail and e-commerce',
    headline: 'Customer service and catalogue work at peak-season scale',
    summary:
      'Order enquiries, returns, product data and supplier onboarding: the work that multiplies at every sale and every new range.',
    scenario:
      'In the weeks before a sale, the catalogue team copies product data from supplier spreadsheets into the shop system, writing descriptions one by one. After the sale, customer service drowns in “where is my order?” and return requests, answered by copying from three systems.',
    problems: [
      'Product data copied from supplier spreadsheets',
      'Inconsistent product descriptions and attributes',
      'High volumes of order-status and returns enquiries',
      'Seasonal peaks that temporary staff cannot absorb',
    ],
    automations: [
      {
        title: 'Product data onboarding',
        description:
          'Supplier files are mapped to your catalogue schema, attributes normalised and descriptions drafted for review in your brand voice.',
      },
      {
        title: 'Order and returns assistant',
        description:
          'Enquiries are classified, order data looked up and replies drafted; simple returns are approved automatically within your policy.',
      },
      {
        title: 'Review and feedback insights',
        description: 'Weekly summaries of product reviews and contact reasons, by product and supplier.',
      },
    ],
    outcomes: [
      { value: '3x', label: 'faster product onboarding' },
      { value: '−45%', label: 'average handling time for enquiries' },
      { value: 'Peak-ready', label: 'without temporary staff' },
    ],
    related: [],
    order: 50,
  },
  {
    slug: 'professional-services',
    industry: 'Professional services',
    headline: 'More billable hours, less administration',
    summary:
      'Time capture, proposals, contract review and reporting for consultancies, agencies and firms where every hour counts.',
    scenario:
      'Consultants reconstruct their week on Friday afternoon to fill in timesheets. Project managers assemble status reports from three tools. Proposals start from the last similar one, found by asking around, and contracts are checked clause by clause against a playbook that lives in a partner’s head.',
    problems: [
      'Late and incomplete timesheets delaying invoicing',
      'Status reports assembled by hand every week',
      'Proposals rebuilt from scratch or from the wrong template',
      'Contract review bottlenecked on senior staff',
    ],
    automations: [
      {
        title: 'Time capture assistant',
        description: 'Drafts timesheets from calendars, tickets and documents for each person to confirm in a minute.',
      },
      {
        title: 'Proposal builder',
        description:
          'Finds the most relevant past proposals and case studies and drafts a first version from your approved building blocks.',
      },
      {
        title: 'Contract playbook check',
        description:
          'Compares incoming contracts with your negotiation playbook and lists deviations with suggested wording for a lawyer to review.',
      },
    ],
    outcomes: [
      { value: '+4–6%', label: 'billable hours captured' },
      { value: '−70%', label: 'time spent on status reports' },
      { value: '1 day', label: 'faster invoicing each month' },
    ],
    related: [],
    order: 60,
  },
];

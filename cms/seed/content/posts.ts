// Blog posts of the demo content: real copy for an AI-automation consultancy.
import type { SeedCategorySlug } from './categories';
import type { SeedTeamKey } from './team';

export interface SeedPost {
  slug: string;
  title: string;
  excerpt: string;
  category: SeedCategorySlug[];
  author: SeedTeamKey;
  publishedAt: string;
  coverAlt: string;
  body: string[];
}

export const seedPosts: SeedPost[] = [
  {
    slug: 'choosing-your-first-process-to-automate',
    title: 'Choosing your first process to automate',
    excerpt:
      'The first automation sets the tone for every one after it. Four questions we ask to pick a process that pays back within a quarter and earns the team’s trust.',
    category: ['automation-strategy'],
    author: 'marta-kowalczyk',
    publishedAt: '2026-06-02T08:00:00.000Z',
    coverAlt: 'A process flow diagram with one highlighted step being automated',
    body: [
      'Most companies we meet have a list of thirty things they would like to automate. The list is rarely the problem. The problem is that the first project gets picked because it is the most visible, the most annoying to a senior manager, or the one a vendor demoed last week. When that project drags on for nine months, the whole programme loses its credibility.',
      '## Four questions before anything else',
      '- **Is the volume high and steady?** A task done 400 times a week pays back; a task done twice a quarter almost never does.\n- **Are the rules mostly written down?** If three people do it three different ways, fix the process first. Automating disagreement only makes it faster.\n- **Is the input digital?** Emails, PDFs and exports are fine. Handwritten forms and phone calls add a capture step that doubles the effort.\n- **Can a person check the output cheaply?** The first automation should have a reviewer in the loop who can spot a mistake in seconds.',
      'A process that scores well on all four is usually unglamorous: matching supplier invoices to purchase orders, routing inbound customer emails, preparing the weekly sales report. That is exactly why it works. Nobody will miss doing it by hand, and the savings are easy to measure.',
      '## Measure before you build',
      'We time the current process for a week before we write any code. Not an estimate from a workshop, but a tally of cases handled, minutes per case and how often something is sent back. Without that baseline, nobody can tell afterwards whether the automation worked, and the second project will be argued on opinion again.',
      '> The best first project is the one whose before-and-after you can put on a single slide.',
      'If you want a structured starting point, our free AI process audit scores your maturity across six dimensions and ranks candidate processes by hours saved. It takes about three minutes, and the result is yours to keep whether or not we work together.',
    ],
  },
  {
    slug: 'the-real-cost-of-manual-data-entry',
    title: 'The real cost of manual data entry, measured',
    excerpt:
      'We timed re-keying work across eleven client teams. The hours were only half the cost: rework, delays and late-payment penalties added the rest.',
    category: ['operations'],
    author: 'james-whitfield',
    publishedAt: '2026-06-23T08:00:00.000Z',
    coverAlt: 'Documents flowing from an inbox into a structured table',
    body: [
      'Ask a finance or operations team how long they spend copying data from one system to another and the answer is usually “a few hours a week”. When we measure it, the figure is almost always higher, and the hours are not even the largest part of the cost.',
      '## What we measured',
      'Across eleven client teams in logistics, manufacturing and professional services, we logged every case of re-keying for two weeks: supplier invoices into the ERP, order confirmations into the CRM, timesheets into payroll. We recorded the time per case, the error rate found downstream, and how long each case waited before someone picked it up.',
      '- Median handling time was 4.2 minutes per document, but the slowest quarter took over 11 minutes because of look-ups in a second system.\n- 3.8% of entries contained an error that was found later, and each of those took on average 26 minutes to trace and correct.\n- Documents waited a median of 1.6 working days before being entered, which pushed invoice approvals past early-payment discount windows.',
      '## The hidden half of the cost',
      'When we priced the rework and the missed discounts, they added between 40% and 70% to the cost of the typing itself. In one distribution company the late entry of supplier invoices cost more in lost early-payment discounts than the salaries of the people entering them.',
      'This is why we never forecast automation savings from hours alone. Our ROI model adds the cost of errors and delays where we can measure them, and leaves them out where we cannot, so the forecast stays conservative.',
      '## Where to start',
      'If your team re-keys more than a few hundred documents a month, extraction with a human review step usually pays back within six months. Start with the document type that has the most consistent layout, and keep a person approving anything above an agreed amount.',
    ],
  },
  {
    slug: 'answering-from-your-own-documents',
    title: 'Answering customers from your own documents, safely',
    excerpt:
      'Retrieval-augmented generation can draft answers grounded in your policies and manuals. What it takes to make those answers accurate enough to send.',
    category: ['ai-in-practice'],
    author: 'daniel-okafor',
    publishedAt: '2026-07-14T08:00:00.000Z',
    coverAlt: 'Abstract illustration of documents connected to an answer panel',
    body: [
      'Support teams spend much of their day finding the paragraph in a policy, contract or manual that answers a customer’s question, then rewriting it in plain language. A language model that reads the right documents first can draft that answer in seconds. Getting it right is mostly about the reading, not the writing.',
      '## Retrieval is the product',
      'Most poor answers we see come from the model being given the wrong passages. Before tuning any prompt we build a test set of real questions with the passages a senior agent would cite, and we measure how often retrieval finds them. We do not move on until it finds the right source for at least nine questions in ten.',
      '- Split documents along their own structure (sections, clauses, table rows), not fixed character counts.\n- Keep metadata such as product, region and effective date, and filter on it before ranking.\n- Re-index automatically when a document changes, and drop superseded versions.',
      '## Cite, then draft',
      'Every drafted answer shows the passages it used, linked to the source. Agents approve or edit the draft; they never send text they cannot trace. When the retrieved passages do not contain an answer, the system says so instead of guessing, and the question goes to a person.',
      '## What to expect',
      'In our deployments agents accept around two thirds of drafts with light edits, and first-response times fall by half or more. The remaining third are the hard cases that deserve a person’s attention anyway. The aim is not to remove your team from support, but to give them back the time they spent searching.',
    ],
  },
  {
    slug: 'why-automation-roi-forecasts-go-wrong',
    title: 'Why automation ROI forecasts go wrong, and how we keep ours honest',
    excerpt:
      'Vendor forecasts assume every hour saved turns into money. Ours show a conservative and an expected case, and every assumption behind them.',
    category: ['automation-strategy'],
    author: 'marta-kowalczyk',
    publishedAt: '2026-08-04T08:00:00.000Z',
    coverAlt: 'Two diverging forecast lines over a grid, one conservative and one expected',
    body: [
      'Almost every automation business case we are shown by a new client has the same flaw: it multiplies the hours a process takes today by an hourly rate and calls the result savings. Real projects rarely deliver that figure, and the gap erodes trust in the next proposal.',
      '## Three common mistakes',
      '- **Assuming 100% automation.** Even well-suited processes keep exceptions. We apply an automation share per process type, typically 50% to 80%.\n- **Ignoring adoption.** A tool used by half the team saves half as much. We apply a risk adjustment for change management.\n- **Forgetting running costs.** Model usage, monitoring and maintenance are real. We include a yearly maintenance share of the implementation cost.',
      '## Two numbers, not one',
      'Every forecast we give shows a conservative case and an expected case. The conservative case uses the low end of each assumption and adds a contingency to the implementation cost. If a project only makes sense in the expected case, we say so before anyone signs anything.',
      '> If the conservative case does not pay back within eighteen months, we recommend a different first project.',
      '## Show your working',
      'Our audit report lists every assumption behind the figures: hours per process, automation share, loaded hourly cost for your company size, implementation base and per-process cost, maintenance share. You can change any of them and see the result move. A forecast nobody can check is just a sales figure.',
    ],
  },
  {
    slug: 'human-in-the-loop-approvals',
    title: 'Human in the loop: designing approvals that AI cannot skip',
    excerpt:
      'Where a mistake costs money or trust, a person approves. How we design review steps that stay fast without turning into a rubber stamp.',
    category: ['ai-in-practice'],
    author: 'daniel-okafor',
    publishedAt: '2026-08-25T08:00:00.000Z',
    coverAlt: 'A workflow with a highlighted approval checkpoint',
    body: [
      'The fastest way to lose a client’s trust in automation is an AI system that pays the wrong supplier or promises a customer a refund they are not entitled to. Our rule is simple: when an action moves money, changes a contract or speaks for the company in a new way, a person approves it.',
      '## Approvals belong in the workflow, not the model',
      'We never rely on a prompt to make a model ask for permission. The approval step is part of the workflow engine: the automation prepares the action, stores it, and waits. Nothing downstream can run until an authorised person has approved it, and the approval is logged with who, when and what they saw.',
      '## Keeping review fast',
      '- Show the reviewer the evidence next to the proposal: the extracted fields beside the highlighted source document.\n- Highlight what is unusual, such as a new bank account, an amount above the usual range or a low-confidence field.\n- Let reviewers approve routine cases in bulk, and require a second look only for flagged ones.',
      '## Avoiding the rubber stamp',
      'Review fatigue is real. If a reviewer approves 500 items a day without changes, the step has stopped adding value. We sample approved items weekly, track how often reviewers change the proposal, and tighten or relax thresholds based on measured error rates rather than gut feeling.',
      'Done well, review takes seconds per case and catches the mistakes that matter. It also gives the team the confidence to let the automation take on more over time.',
    ],
  },
  {
    slug: 'month-end-close-in-three-days',
    title: 'Month-end close in three days: automating reconciliations',
    excerpt:
      'Bank and intercompany reconciliations are the slowest part of most closes. A practical path from ten days to three, with the controller still in charge.',
    category: ['operations'],
    author: 'sofia-lindqvist',
    publishedAt: '2026-09-15T08:00:00.000Z',
    coverAlt: 'Two ledgers being matched line by line by an automated process',
    body: [
      'For many mid-sized finance teams the month-end close still takes eight to twelve working days, and most of that time goes into reconciliations: matching bank lines to ledger entries, chasing intercompany differences and explaining the leftovers to the controller.',
      '## Match the easy ninety percent automatically',
      'Rules-based matching on amount, date window and reference already clears most bank lines. Where references are messy, a model that reads the payment description and the open items can propose matches with a confidence score. High-confidence matches post automatically; the rest go to a review queue.',
      '## Make exceptions visible early',
      'The close is slow because problems are discovered on day six. We run reconciliation daily, so unmatched items surface within twenty-four hours while the context is still fresh. By month-end the queue is short and already explained.',
      '- Daily bank-to-ledger matching with a review queue for low-confidence proposals.\n- Intercompany balances compared every night, with differences sent to both entities’ owners.\n- A close checklist that updates itself as each reconciliation is signed off.',
      '## The controller stays in charge',
      'Nothing posts to the general ledger without an approved rule or a person’s sign-off, and every automated match can be traced to the evidence behind it. Auditors get a cleaner trail than before, not a black box.',
      'With one logistics client this approach took the close from ten working days to three within two quarters, and the finance team now spends the time it saved on cash-flow forecasting.',
    ],
  },
  {
    slug: 'automation-that-survives-an-erp-upgrade',
    title: 'Automation that survives an ERP upgrade',
    excerpt:
      'Screen-scraping bots break whenever a screen changes. How we integrate with ERPs and CRMs so that automations keep running through upgrades.',
    category: ['ai-in-practice', 'automation-strategy'],
    author: 'sofia-lindqvist',
    publishedAt: '2026-10-06T08:00:00.000Z',
    coverAlt: 'Connected systems with stable interfaces between them',
    body: [
      'We are often called in after a first wave of robotic process automation has stalled. The bots worked in the demo, then broke with every ERP patch, and the team now spends more time fixing bots than it used to spend doing the work.',
      '## Integrate at the data layer',
      'Wherever a system offers an API, an import interface or an event feed, we use it, even when a screen-based bot would be quicker to build. APIs are versioned and documented; screens change without notice. For older systems we use the vendor’s supported import formats before we consider anything that clicks buttons.',
      '## Contract tests for every connection',
      'Each integration has automated tests that run against a sandbox of the target system: create a record, read it back, check the fields. When the client schedules an upgrade, we run the tests against the upgraded sandbox first, so surprises surface before go-live rather than after.',
      '## Design for switching off',
      '- Every automation can be paused from one place, and work falls back to the manual queue.\n- Runbooks describe the manual process, so the team can still do it.\n- Alerts go to a named owner, not a shared mailbox.',
      'An automation that the business cannot do without, and cannot switch off, is a risk. One that can be paused for an afternoon while an upgrade lands is just a tool.',
    ],
  },
];

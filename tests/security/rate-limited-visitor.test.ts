// Finding 8: budgets fit an office behind one address. Thirty colleagues finishing the wizard
// within the hour from one address all get their results (the wizard counts per draft and on
// its own per-address budget), while requests without a draft keep the API's per-address
// budget (audit-api.test.ts). A refusal says when to come back.
import { describe, expect, it } from 'vitest';
import { fakeClientIp, uniqueEmail } from '../support/app';
import { seedExampleRequest, submitThroughWizard } from '../support/audit';

describe('an office behind one address', () => {
  it('thirty colleagues finish the wizard within the hour', async () => {
    const office = fakeClientIp();
    const statuses: number[] = [];
    for (let colleague = 0; colleague < 30; colleague += 1) {
      const { status } = await submitThroughWizard(
        {
          ...seedExampleRequest,
          contactInfo: { email: uniqueEmail('colleague'), phone: '+4930123456', company: 'Office' },
        },
        office,
      );
      statuses.push(status);
    }
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
  }, 180_000);
});

// Names every test that passed only on a retry (CI retries integration tests once), with what
// failed first: the default reporter counts it as passed, which once hid a 500 the fuzz test had
// found on its first try.
import path from 'node:path';
import type { Reporter, TestCase } from 'vitest/node';

export default class RetriedTestsReporter implements Reporter {
  private readonly retried: TestCase[] = [];

  onTestCaseResult(testCase: TestCase) {
    if (testCase.diagnostic()?.retryCount) this.retried.push(testCase);
  }

  onTestRunEnd() {
    if (!this.retried.length) return;
    console.log(`\n${this.retried.length} test(s) needed a retry:`);
    for (const testCase of this.retried) {
      const file = path.relative(process.cwd(), testCase.module.moduleId);
      const result = testCase.result();
      const retries = testCase.diagnostic()?.retryCount ?? 0;
      console.log(
        `  ${result.state} after ${retries} retr${retries === 1 ? 'y' : 'ies'}: ${file} > ${testCase.fullName}`,
      );
      for (const error of result.errors ?? []) console.log(`    first failure: ${error.message.split('\n')[0]}`);
    }
  }
}

/**
 * Prints one plain closing line, "vitest: N passed, N failed, N skipped", after vitest's own
 * summary, so CI logs that do not know vitest still read the count of tests run.
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const testModule of testModules) {
      const before = counts.failed;
      for (const test of testModule.children.allTests()) counts[test.result().state] += 1;
      // A file that failed outside its tests (in beforeAll, say) skips them: it counts as a failure.
      if (counts.failed === before && testModule.state() === 'failed') counts.failed += 1;
    }
    counts.failed += unhandledErrors.length;
    console.log(`vitest: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped + counts.pending} skipped`);
  }
}

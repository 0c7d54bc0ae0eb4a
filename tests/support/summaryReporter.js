// Prints one plain closing line ("jest: N passed, N failed, N skipped") that CI logs can read.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numFailedTests, numPassedTests, numPendingTests, numTodoTests } = results
    const failedSuites = results.numRuntimeErrorTestSuites
    console.log(`\njest: ${numPassedTests} passed, ${numFailedTests + failedSuites} failed, ${numPendingTests + numTodoTests} skipped`)
  }
}

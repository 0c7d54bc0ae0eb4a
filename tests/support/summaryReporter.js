import path from 'node:path'

const SLOWEST = 12

// Prints one plain closing line ("jest: N passed, N failed, N skipped") that CI logs can read,
// after the slowest suites, so a run that grows shows where its time went.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numFailedTests, numPassedTests, numPendingTests, numTodoTests } = results
    const slowest = results.testResults
      .map((suite) => ({ file: path.relative(process.cwd(), suite.testFilePath), ms: suite.perfStats.end - suite.perfStats.start }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SLOWEST)
    console.log(`\nslowest suites:\n${slowest.map(({ file, ms }) => `  ${(ms / 1000).toFixed(1).padStart(7)} s  ${file}`).join('\n')}`)
    const failedSuites = results.numRuntimeErrorTestSuites
    console.log(`\njest: ${numPassedTests} passed, ${numFailedTests + failedSuites} failed, ${numPendingTests + numTodoTests} skipped`)
  }
}

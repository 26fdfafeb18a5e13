// Reads a Vitest or Playwright JSON report and prints "<passed> <failed>".
import fs from "node:fs";

const [kind, file] = process.argv.slice(2);
const report = JSON.parse(fs.readFileSync(file, "utf8"));
if (kind === "vitest") {
  // A test file that fails to load has no test results but must still count as a failure.
  const brokenFiles = report.testResults.filter((t) => t.status === "failed" && t.assertionResults.length === 0).length;
  console.log(report.numPassedTests, report.numFailedTests + brokenFiles);
} else {
  const stats = report.stats;
  console.log(stats.expected + stats.flaky, stats.unexpected);
}

// Mocha's spec reporter that also writes the run's counts to $FACTCHECK_STATS_FILE, so the
// test runner can add up unit, integration and UI results into one closing line. A test that
// failed and is run again (mocha --retries, UI phase only) is printed with its first error, and
// listed in the counts as retried, so a pass on the second attempt is never silent.
'use strict';
const { writeFileSync } = require('node:fs');
const Mocha = require('mocha');

const Spec = Mocha.reporters.Spec;
const { EVENT_RUN_END, EVENT_TEST_FAIL, EVENT_TEST_RETRY } = Mocha.Runner.constants;

class StatsReporter extends Spec {
  constructor(runner, options) {
    super(runner, options);
    const retried = [];
    const failedTitles = [];
    runner.on(EVENT_TEST_FAIL, (test) => failedTitles.push(test.fullTitle()));
    runner.on(EVENT_TEST_RETRY, (test, error) => {
      retried.push(test.fullTitle());
      // A few lines, so an assertion's "Input:" shows what was there.
      const first = String((error && error.message) || error)
        .split('\n')
        .slice(0, 4)
        .join(' ⏎ ')
        .slice(0, 400);
      console.log(`    ↻ failed once, running again: ${test.title}\n      first attempt: ${first}`);
    });
    runner.once(EVENT_RUN_END, () => {
      const file = process.env.FACTCHECK_STATS_FILE;
      if (!file) return;
      const { passes, failures, pending } = runner.stats;
      writeFileSync(file, JSON.stringify({ passed: passes, failed: failures, pending, retried, failedTitles }));
    });
  }
}

module.exports = StatsReporter;

// Mocha's spec reporter that also writes the run's counts to $FACTCHECK_STATS_FILE, so the
// test runner can add up unit, integration and UI results into one closing line.
'use strict';
const { writeFileSync } = require('node:fs');
const Mocha = require('mocha');

const Spec = Mocha.reporters.Spec;
const { EVENT_RUN_END } = Mocha.Runner.constants;

class StatsReporter extends Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const file = process.env.FACTCHECK_STATS_FILE;
      if (!file) return;
      const { passes, failures, pending } = runner.stats;
      writeFileSync(file, JSON.stringify({ passed: passes, failed: failures, pending }));
    });
  }
}

module.exports = StatsReporter;

/**
 * mocha's browser build, set up before the suites are imported (imports run in order): their
 * describe() calls need the globals. Reporter: spec-like finished lines the runner counts.
 */
import 'mocha/mocha';

/** Set by the runner in front of the bundle (--grep), as the worker has no environment variables. */
declare const FACTCHECK_TEST_GREP: string | undefined;

/** Prints spec-reporter-like lines (the runner counts "✔" and "N)" lines) as finished strings. */
class LineReporter {
  constructor(runner: Mocha.Runner) {
    let failures = 0;
    runner.on('suite', (suite) => {
      if (suite.title) console.log(`  ${suite.title}`);
    });
    runner.on('pass', (test) => console.log(`    ✔ ${test.title} (${test.duration ?? 0} ms)`));
    runner.on('fail', (test, error: Error) => {
      failures++;
      console.log(`    ${failures}) ${test.title}\n      ${error.message}\n${(error.stack ?? '').split('\n').slice(1, 6).join('\n')}`);
    });
  }
}

const grep = typeof FACTCHECK_TEST_GREP === 'string' && FACTCHECK_TEST_GREP !== '' ? new RegExp(FACTCHECK_TEST_GREP, 'i') : undefined;
mocha.setup({ ui: 'bdd', reporter: LineReporter as unknown as Mocha.ReporterConstructor, timeout: 30_000, ...(grep ? { grep } : {}) });

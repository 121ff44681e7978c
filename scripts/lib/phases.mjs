// Runs named phases with a time limit each, prints how long each took, and closes every run
// with one plain line of test counts ("tests: N passed, N failed") that CI reads.

export class PhaseTimeout extends Error {}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export class PhaseRunner {
  /** @type {{ name: string, ms: number, ok: boolean, note: string }[]} */
  phases = [];
  counts = { passed: 0, failed: 0, pending: 0 };

  /**
   * Runs fn(deadline) and records it; a phase that fails or runs past timeoutMs is marked failed
   * (fn gets the deadline so it can bound its own children; the race is the backstop).
   * Returns false on failure instead of throwing, so later cleanup and the summary still run.
   */
  async run(name, timeoutMs, fn) {
    const started = Date.now();
    console.log(`\n▶ ${name}`);
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new PhaseTimeout(`${name} ran out of time after ${seconds(timeoutMs)}`)), timeoutMs);
    });
    let ok = true;
    let note = '';
    try {
      const result = await Promise.race([fn(started + timeoutMs), timeout]);
      if (result && typeof result === 'object' && 'passed' in result) this.addCounts(result);
      if (result && typeof result === 'object') note = result.note ?? '';
      if (result && typeof result === 'object' && result.ok === false) ok = false;
    } catch (error) {
      ok = false;
      note = error instanceof Error ? error.message : String(error);
    } finally {
      clearTimeout(timer);
    }
    const ms = Date.now() - started;
    this.phases.push({ name, ms, ok, note });
    console.log(
      ok
        ? `✔ ${name} (${seconds(ms)})${note ? `\n  ${note.trim()}` : ''}`
        : `✖ ${name} failed (${seconds(ms)})${note ? `:\n  ${note.split('\n').join('\n  ')}` : ''}`,
    );
    return ok;
  }

  addCounts({ passed = 0, failed = 0, pending = 0 }) {
    this.counts.passed += passed;
    this.counts.failed += failed;
    this.counts.pending += pending;
  }

  get ok() {
    return this.phases.every((p) => p.ok);
  }

  /** Per-phase timings, then the closing count line; a failed phase always shows as a failure. */
  printSummary() {
    console.log('\nPhase timings:');
    for (const p of this.phases) {
      console.log(`  ${p.ok ? 'ok  ' : 'FAIL'}  ${p.name.padEnd(28)} ${seconds(p.ms).padStart(8)}`);
      // Which tests failed (or passed only when run again), here too: a CI log may keep only its tail.
      if (p.note) console.log(`        ${p.note.split('\n')[0].slice(0, 600)}`);
    }
    const total = this.phases.reduce((sum, p) => sum + p.ms, 0);
    console.log(`  ${''.padEnd(4)}  ${'total'.padEnd(28)} ${seconds(total).padStart(8)}`);
    // A phase that failed without failing a test (build, lint, timeout, crash) still counts as one failure.
    const unexplained = this.phases.filter((p) => !p.ok).length;
    const failed = this.counts.failed > 0 ? this.counts.failed : unexplained;
    const skipped = this.counts.pending > 0 ? `, ${this.counts.pending} skipped` : '';
    console.log(`tests: ${this.counts.passed} passed, ${failed} failed${skipped}`);
    return this.ok && failed === 0;
  }
}

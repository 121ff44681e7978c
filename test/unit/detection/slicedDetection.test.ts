import * as assert from 'node:assert/strict';
import { ClaimAnalyzer, detectClaims } from '../../../src/core/claims';
import { ClaimDetector, type DetectionRequest, type DetectionResult, type PassStats } from '../../../src/service/detection/claimDetector';
import { SlicedPass, visibleFirst, type SliceablePass } from '../../../src/service/detection/slicedPass';
import { FakeClock } from './fakeClock';

/** Paragraphs of 100 characters each with a given cost, which analyzing one spends on the clock. */
class FakePass implements SliceablePass {
  readonly analysed: number[] = [];
  private readonly done: boolean[];
  constructor(
    private readonly costs: number[],
    private readonly clock: FakeClock,
  ) {
    this.done = costs.map(() => false);
  }
  get blockCount(): number {
    return this.costs.length;
  }
  get remaining(): number {
    return this.done.filter((d) => !d).length;
  }
  blockAt(offset: number): number {
    return Math.min(this.costs.length, Math.max(0, Math.ceil((offset - 99) / 100)));
  }
  blockStart(index: number): number {
    return index * 100;
  }
  isDone(index: number): boolean {
    return this.done[index];
  }
  analyzeBlock(index: number): void {
    this.clock.time += this.costs[index];
    this.done[index] = true;
    this.analysed.push(index);
  }
}

const PARAGRAPH = 'The council approved a budget of 4.2 million euros in 2023, according to the minutes. Turnout fell 5%.';

describe('SlicedPass', () => {
  it('keeps every slice within the budget whatever the paragraph costs, and finishes', () => {
    const clock = new FakeClock();
    const costs = Array.from({ length: 500 }, (_, i) => 1 + ((i * 7919) % 13)); // 1..13 ms, irregular
    const sliced = new SlicedPass(new FakePass(costs, clock), [], clock, 25);
    let slices = 0;
    while (!sliced.runSlice()) slices++;
    assert.ok(sliced.longestSliceMs <= 25, `longest slice ${sliced.longestSliceMs} ms`);
    assert.ok(slices > 100, 'the work was split');
    assert.equal(sliced.pass.remaining, 0);
  });

  it('lets only a paragraph that alone costs more than the budget overrun it, then grows cautious for a while', () => {
    const clock = new FakeClock();
    const pass = new FakePass([80, 5, 5, 5, 5, 5, 5, 5, 5, 5], clock);
    const sliced = new SlicedPass(pass, [], clock, 25);
    const perSlice: number[] = [];
    for (let done = false, before = 0; !done; before = pass.analysed.length) {
      done = sliced.runSlice();
      perSlice.push(pass.analysed.length - before);
    }
    assert.equal(sliced.longestSliceMs, 80);
    // Alone in its slice; after it one paragraph per slice until the remembered cost fades, then several again.
    assert.deepEqual(perSlice.slice(0, 2), [1, 1]);
    assert.ok(Math.max(...perSlice) > 1, perSlice.join(' '));
  });

  it('gives the paragraphs the editors show a longer budget than the rest, so the first highlights come in one task', () => {
    const clock = new FakeClock();
    const pass = new FakePass(new Array<number>(100).fill(4), clock);
    // Paragraphs 10..19 are visible; budget 10 ms, 35 ms while visible paragraphs are left.
    const sliced = new SlicedPass(pass, [{ start: 1000, end: 1999 }], clock, 10, 35);
    const perSlice: number[] = [];
    for (let done = false, before = 0; !done; before = pass.analysed.length) {
      done = sliced.runSlice();
      perSlice.push(pass.analysed.length - before);
    }
    assert.deepEqual(pass.analysed.slice(0, 8), [10, 11, 12, 13, 14, 15, 16, 17]);
    assert.deepEqual(
      perSlice.slice(0, 2),
      [8, 2],
      'eight visible paragraphs (32 ms), then the last two; the margins under the short budget',
    );
    assert.equal(Math.max(...perSlice.slice(1)), 2, perSlice.join(' '));
    assert.equal(sliced.longestSliceMs, 32);
  });

  it('reports the CPU time of its longest slice where the clock can tell, to tell an overrun from a wait for a core', () => {
    const clock = new FakeClock();
    // The process used CPU for half of each paragraph's wall time: the other half it waited.
    let cpu = 0;
    const cpuClock = Object.assign(clock, { cpuNow: () => cpu });
    const pass = new FakePass([4, 30, 4, 4], clock);
    const analyzeBlock = pass.analyzeBlock.bind(pass);
    pass.analyzeBlock = (index) => {
      const before = clock.time;
      analyzeBlock(index);
      cpu += (clock.time - before) / 2;
    };
    const sliced = new SlicedPass(pass, [], cpuClock, 10);
    while (!sliced.runSlice());
    assert.equal(sliced.longestSliceMs, 34);
    assert.equal(sliced.longestSliceCpuMs, 17);
    assert.equal(new SlicedPass(new FakePass([3], new FakeClock()), [], new FakeClock(), 10).longestSliceCpuMs, undefined);
  });

  it('analyses the paragraphs the visible range shows first, then 30 on each side, then the rest in document order', () => {
    const clock = new FakeClock();
    const pass = new FakePass(new Array<number>(200).fill(1), clock);
    const { order, shown, aroundVisible } = visibleFirst(pass, [{ start: 10_000, end: 10_550 }]);
    // Paragraphs 100..105 are visible; then 70..99 above and 106..135 below.
    assert.equal(shown, 6);
    assert.equal(aroundVisible, 66);
    assert.deepEqual(order.slice(0, 6), [100, 101, 102, 103, 104, 105]);
    assert.deepEqual(order.slice(6, 66), [
      ...Array.from({ length: 30 }, (_, i) => 70 + i),
      ...Array.from({ length: 30 }, (_, i) => 106 + i),
    ]);
    assert.deepEqual(order.slice(66, 70), [0, 1, 2, 3]);
    assert.equal(new Set(order).size, 200);
    const sliced = new SlicedPass(pass, [{ start: 10_000, end: 10_550 }], clock, 10);
    sliced.runSlice();
    assert.deepEqual(pass.analysed.slice(0, 6), [100, 101, 102, 103, 104, 105]);
    assert.equal(sliced.visibleDone, true, 'what the editor shows is done before the margins');
  });

  it('takes the margins of a range at the top or bottom of the draft as far as they go, and a paragraph once', () => {
    const clock = new FakeClock();
    const pass = new FakePass(new Array<number>(50).fill(1), clock);
    const { order, shown, aroundVisible } = visibleFirst(pass, [
      { start: 0, end: 250 },
      { start: 4_500, end: 4_999 },
      { start: 100, end: 150 },
    ]);
    assert.equal(shown, 8); // 0..2 and 45..49; the third range shows paragraph 1 again
    assert.equal(aroundVisible, 50);
    assert.equal(new Set(order).size, 50);
    assert.deepEqual(order.slice(0, 8), [0, 1, 2, 45, 46, 47, 48, 49]);
  });

  it('runs later slices only while wanted, and stops at once when cancelled', () => {
    const clock = new FakeClock();
    const pass = new FakePass(new Array<number>(100).fill(4), clock);
    const sliced = new SlicedPass(pass, [], clock, 20);
    let wanted = true;
    const seen: boolean[] = [];
    sliced.runSlice();
    sliced.continueLater(
      () => wanted,
      (done) => seen.push(done),
    );
    assert.ok(clock.runNext());
    assert.ok(clock.runNext());
    assert.equal(seen.length, 2);
    const before = pass.analysed.length;
    wanted = false; // the document changed
    clock.runNext();
    assert.equal(pass.analysed.length, before);
    assert.equal(clock.queue.length, 0, 'nothing left scheduled');

    const other = new SlicedPass(new FakePass(new Array<number>(100).fill(4), clock), [], clock, 20);
    other.continueLater(
      () => true,
      () => assert.fail('ran after cancel'),
    );
    other.cancel();
    assert.equal(clock.queue.length, 0);
  });
});

describe('ClaimDetector', () => {
  const big = Array.from({ length: 800 }, (_, i) => PARAGRAPH.replace('4.2', String(i))).join('\n\n');

  function request(
    analyzer: ClaimAnalyzer,
    text: string,
    version: () => number,
    finished: (s: PassStats) => void = () => {},
  ): DetectionRequest {
    return {
      analyzer,
      version: version(),
      text,
      language: 'plaintext',
      visible: [{ start: 40_000, end: 42_000 }],
      currentVersion: version,
      finished,
    };
  }

  /** A detector on a clock that charges 0.05 ms per reading, with 10 ms slices for drafts from 1,000 characters. */
  function slicingDetector(): { clock: FakeClock; detector: ClaimDetector } {
    const clock = new FakeClock();
    clock.tick = 0.05;
    return { clock, detector: new ClaimDetector(clock, 10, 1000) };
  }

  /** Starts a pass over `big` and keeps its final stats once announced. */
  function startPass(detector: ClaimDetector, analyzer: ClaimAnalyzer): { first: DetectionResult; stats: () => PassStats | undefined } {
    let stats: PassStats | undefined;
    const first = detector.detect(
      'a',
      request(
        analyzer,
        big,
        () => 1,
        (s) => (stats = s),
      ),
    );
    return { first, stats: () => stats };
  }

  /** A request over `big` showing `visible` that records its announcements ('visible', 'finished') and its final stats. */
  function recordingRequest(
    analyzer: ClaimAnalyzer,
    visible: DetectionRequest['visible'],
  ): { asked: DetectionRequest; events: string[]; stats: () => PassStats | undefined } {
    const events: string[] = [];
    let stats: PassStats | undefined;
    const asked: DetectionRequest = {
      ...request(
        analyzer,
        big,
        () => 1,
        (done) => {
          stats = done;
          events.push('finished');
        },
      ),
      visible,
      visibleReady: () => events.push('visible'),
    };
    return { asked, events, stats: () => stats };
  }

  it('publishes the visible claims at once, says it is counting until the last slice, then equals detectClaims', () => {
    const { clock, detector } = slicingDetector();
    const analyzer = new ClaimAnalyzer();
    const { first, stats: finalStats } = startPass(detector, analyzer);
    const full = detectClaims(big, 'plaintext');
    assert.equal(first.counting, true);
    assert.ok(first.claims.length > 0 && first.claims.length < full.length, `${first.claims.length} of ${full.length}`);
    assert.ok(
      first.claims.some((c) => c.start >= 40_000 && c.end <= 42_000),
      'the visible claims are there',
    );
    assert.equal(
      detector.detect(
        'a',
        request(analyzer, big, () => 1),
      ).counting,
      true,
      'asked again: still counting',
    );
    while (clock.runNext());
    const stats = finalStats();
    assert.ok(stats, 'announced when finished');
    assert.equal(stats.claims, full.length);
    // The fake clock charges 0.05 ms per reading, so a slice may pass the budget by that much.
    assert.ok(stats.slices > 1 && stats.longestSliceMs <= 10.2 && stats.firstTaskMs <= 10.2, JSON.stringify(stats));
    const final = detector.detect(
      'a',
      request(analyzer, big, () => 1),
    );
    assert.equal(final.counting, false);
    assert.deepEqual(final.claims, full);
  });

  it("counts the draft's split into paragraphs against the first task's budget", () => {
    const { clock, detector } = slicingDetector();
    const analyzer = new ClaimAnalyzer();
    // Splitting a big draft on a cold engine takes time of its own: here 8 ms of a 10 ms budget.
    const beginPass = analyzer.beginPass.bind(analyzer);
    analyzer.beginPass = (text, language) => {
      clock.time += 8;
      return beginPass(text, language);
    };
    const pass = startPass(detector, analyzer);
    while (clock.runNext());
    const stats = pass.stats();
    assert.ok(stats, 'announced when finished');
    assert.equal(stats.claims, detectClaims(big, 'plaintext').length);
    assert.ok(stats.firstTaskMs <= 10.2, `first task ${stats.firstTaskMs} ms`);
  });

  it('announces once when the visible paragraphs are done, if the first task could not finish them (a cold engine)', () => {
    const clock = new FakeClock();
    clock.tick = 1; // 1 ms per clock reading: only a few paragraphs fit in a 10 ms slice
    const detector = new ClaimDetector(clock, 10, 1000);
    const analyzer = new ClaimAnalyzer();
    const events: string[] = [];
    let visibleClaims = 0;
    const asked = {
      ...request(
        analyzer,
        big,
        () => 1,
        () => events.push('finished'),
      ),
    };
    asked.visibleReady = () => {
      events.push('visible');
      visibleClaims = detector
        .detect(
          'a',
          request(analyzer, big, () => 1),
        )
        .claims.filter((c) => c.start >= 40_000 && c.end <= 42_000).length;
    };
    const first = detector.detect('a', asked);
    const inView = detectClaims(big, 'plaintext').filter((c) => c.start >= 40_000 && c.end <= 42_000).length;
    assert.ok(first.claims.filter((c) => c.start >= 40_000 && c.end <= 42_000).length < inView, 'the first task did not finish the view');
    while (clock.runNext());
    assert.deepEqual(events, ['visible', 'finished']);
    assert.equal(visibleClaims, inView, 'the announcement comes with every visible claim');
  });

  it('a pass begun before the draft had an editor does what the editor shows next once asked with it, and announces it', () => {
    const clock = new FakeClock();
    clock.tick = 1; // a few paragraphs a slice
    const detector = new ClaimDetector(clock, 10, 1000);
    const analyzer = new ClaimAnalyzer();
    // Opened, not shown yet: nothing visible to put first, so the pass starts at the top.
    const { asked: unseen, events, stats: finalStats } = recordingRequest(analyzer, []);
    detector.detect('a', unseen);
    clock.runNext();
    // Its editor appears, showing the middle of the draft (a restored scroll position).
    const shown = detector.detect(
      'a',
      request(analyzer, big, () => 1),
    );
    assert.equal(shown.counting, true);
    const inView = detectClaims(big, 'plaintext').filter((c) => c.start >= 40_000 && c.end <= 42_000);
    let slicesToView = 0;
    while (events.length === 0 && clock.runNext()) slicesToView++;
    assert.deepEqual(events, ['visible'], 'announced before the pass ended');
    const partial = detector.detect(
      'a',
      request(analyzer, big, () => 1),
    );
    assert.equal(partial.claims.filter((c) => c.start >= 40_000 && c.end <= 42_000).length, inView.length, 'every visible claim is there');
    let slicesAfter = 0;
    while (clock.runNext()) slicesAfter++;
    assert.ok(slicesToView < slicesAfter, `the view came first: ${slicesToView} slices to it, ${slicesAfter} after`);
    assert.deepEqual(events, ['visible', 'finished']);
    const stats = finalStats();
    assert.ok(stats && stats.visibleMs < stats.elapsedMs / 2, `the visible claims early in the pass: ${JSON.stringify(stats)}`);
  });

  it('detects the first screen of a long draft without splitting all of it, and splits it in the next task', () => {
    const { clock, detector } = slicingDetector();
    const analyzer = new ClaimAnalyzer();
    let splits = 0;
    const beginPass = analyzer.beginPass.bind(analyzer);
    analyzer.beginPass = (text, language) => {
      splits++;
      return beginPass(text, language);
    };
    const { asked: opened, events, stats: finalStats } = recordingRequest(analyzer, [{ start: 0, end: 2_000 }]);
    const first = detector.detect('a', opened);
    const full = detectClaims(big, 'plaintext');
    assert.equal(splits, 0, 'the first task did not split the whole draft');
    assert.equal(first.counting, true);
    assert.ok(first.claims.length > 0 && first.claims.length < full.length / 10, `${first.claims.length} of ${full.length}`);
    assert.deepEqual(first.claims, full.slice(0, first.claims.length), 'the first claims of the draft, as detectClaims finds them');
    assert.ok(
      full.filter((c) => c.start <= 2_000).every((c) => first.claims.some((f) => f.start === c.start)),
      'every visible claim',
    );
    assert.equal(detector.detect('a', opened).counting, true, 'asked again before the pass began: still counting');
    clock.runNext();
    assert.equal(splits, 1, 'split in the next task');
    while (clock.runNext());
    assert.deepEqual(events, ['finished'], 'the visible claims came with the first task: no second announcement');
    const stats = finalStats();
    assert.ok(stats && stats.claims === full.length && stats.slices > 2 && stats.longestSliceMs <= 10.2, JSON.stringify(stats));
    assert.ok(stats.visibleMs <= stats.firstTaskMs, JSON.stringify(stats));
    assert.deepEqual(detector.detect('a', opened), { claims: full, counting: false });
  });

  it('puts what an editor shows first when it scrolls before the full pass began, and announces it', () => {
    const clock = new FakeClock();
    clock.tick = 1; // a few paragraphs a slice
    const detector = new ClaimDetector(clock, 10, 1000);
    const analyzer = new ClaimAnalyzer();
    const { asked: top, events } = recordingRequest(analyzer, [{ start: 0, end: 2_000 }]);
    detector.detect('a', top);
    // Scrolled to the middle before the next task.
    detector.detect(
      'a',
      request(analyzer, big, () => 1),
    );
    while (events.length === 0 && clock.runNext());
    assert.deepEqual(events, ['visible']);
    const inView = detectClaims(big, 'plaintext').filter((c) => c.start >= 40_000 && c.end <= 42_000);
    const partial = detector.detect(
      'a',
      request(analyzer, big, () => 1),
    ).claims;
    assert.equal(partial.filter((c) => c.start >= 40_000 && c.end <= 42_000).length, inView.length, 'every claim of the new view');
    while (clock.runNext());
    assert.deepEqual(events, ['visible', 'finished']);
  });

  it('does not begin the full pass of a first screen when the text changed or the pass was cancelled meanwhile', () => {
    const { clock, detector } = slicingDetector();
    let version = 1;
    const firstScreen = (analyzer: ClaimAnalyzer) => ({
      ...request(
        analyzer,
        big,
        () => version,
        () => assert.fail('a stale pass finished'),
      ),
      visible: [{ start: 0, end: 2_000 }],
    });
    const analyzer = new ClaimAnalyzer();
    detector.detect('a', firstScreen(analyzer));
    version = 2;
    let splits = 0;
    analyzer.beginPass = () => {
      splits++;
      throw new Error('begun for an old version');
    };
    while (clock.runNext());
    assert.equal(splits, 0);
    version = 1;
    detector.detect('b', firstScreen(new ClaimAnalyzer()));
    detector.cancel('b');
    assert.equal(clock.queue.length, 0);
  });

  it('drops a pass when the text changes and starts over from the new text', () => {
    const clock = new FakeClock();
    clock.tick = 0.05;
    const detector = new ClaimDetector(clock, 10, 1000);
    const analyzer = new ClaimAnalyzer();
    let version = 1;
    let finishedFor = 0;
    detector.detect(
      'a',
      request(
        analyzer,
        big,
        () => version,
        () => (finishedFor = 1),
      ),
    );
    clock.runNext();
    version = 2;
    const edited = big.replace('council', 'city council');
    const restarted = detector.detect(
      'a',
      request(
        analyzer,
        edited,
        () => version,
        () => (finishedFor = 2),
      ),
    );
    assert.equal(restarted.counting, true);
    while (clock.runNext());
    assert.equal(finishedFor, 2);
    assert.deepEqual(
      detector.detect(
        'a',
        request(analyzer, edited, () => version),
      ).claims,
      detectClaims(edited, 'plaintext'),
    );
  });

  it('stays synchronous for small texts and for edits of an analysed text', () => {
    const clock = new FakeClock();
    const detector = new ClaimDetector(clock, 10, 1000);
    const analyzer = new ClaimAnalyzer();
    const small = detector.detect(
      'a',
      request(analyzer, PARAGRAPH, () => 1),
    );
    assert.deepEqual(small, { claims: detectClaims(PARAGRAPH, 'plaintext'), counting: false });
    const bigAnalyzer = new ClaimAnalyzer();
    bigAnalyzer.update(big, 'plaintext');
    const edited = big.replace('minutes', 'minutes kept');
    const result = detector.detect(
      'b',
      request(bigAnalyzer, edited, () => 2),
    );
    assert.equal(result.counting, false);
    assert.deepEqual(result.claims, detectClaims(edited, 'plaintext'));
    assert.equal(clock.queue.length, 0);
  });

  it('cancels every pass at once', () => {
    const clock = new FakeClock();
    clock.tick = 0.05;
    const detector = new ClaimDetector(clock, 10, 1000);
    detector.detect(
      'a',
      request(
        new ClaimAnalyzer(),
        big,
        () => 1,
        () => assert.fail('finished after cancelAll'),
      ),
    );
    detector.cancelAll();
    assert.equal(clock.queue.length, 0);
  });
});

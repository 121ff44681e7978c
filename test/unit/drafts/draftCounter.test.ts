import * as assert from 'node:assert/strict';
import {
  DraftCounter,
  type CounterClock,
  type DraftContent,
  type DraftReader,
  type DraftToCount,
} from '../../../src/extension/drafts/draftCounter';
import { DEFAULT_POLICY } from '../../../src/core/publish';

const PARAGRAPH = 'The council approved a budget of 4.2 million euros in 2023, according to the minutes. ';

class FakeReader implements DraftReader {
  readonly files = new Map<string, DraftContent & { stamp: string }>();
  reads = 0;
  async stamp(draft: DraftToCount): Promise<string> {
    return this.files.get(draft.id)?.stamp ?? 'absent';
  }
  async read(draft: DraftToCount): Promise<DraftContent> {
    this.reads++;
    const file = this.files.get(draft.id);
    if (!file) throw new Error('no such file');
    return file;
  }
}

/** A clock that advances 1 ms per reading and records yields. */
function fakeClock(): CounterClock & { yields: number } {
  let t = 0;
  const clock = {
    yields: 0,
    now: () => (t += 1),
    yield: async () => {
      clock.yields++;
    },
  };
  return clock;
}

function counter(reader: DraftReader, clock: CounterClock): DraftCounter {
  return new DraftCounter(reader, () => ({ policy: DEFAULT_POLICY, detect: {} }), clock);
}

const draft = (id: string): DraftToCount => ({ id, name: id, language: 'markdown' });

describe('drafts overview counter', () => {
  it('counts claims from the text and sidecar, caches by stamp, and recounts when the stamp changes', async () => {
    const reader = new FakeReader();
    reader.files.set('a.md', { stamp: '1', text: `${PARAGRAPH}\n\n${PARAGRAPH}` });
    const c = counter(reader, fakeClock());
    assert.equal(await c.countAll([draft('a.md')], () => undefined), true);
    const first = c.get('a.md');
    assert.ok(first);
    assert.equal(first.counts.total, 2);
    assert.equal(first.counts.unreviewed, 2);
    assert.equal(first.state, 'needs-work');
    await c.countAll([draft('a.md')], () => undefined);
    assert.equal(reader.reads, 1, 'an unchanged draft is not read again');
    reader.files.set('a.md', { stamp: '2', text: 'The weather was mild that day and we walked home.' });
    await c.countAll([draft('a.md')], () => undefined);
    assert.equal(reader.reads, 2);
    assert.equal(c.get('a.md')?.counts.total, 0);
    assert.equal(c.get('a.md')?.state, 'ready');
  });

  it('marks unreadable drafts and sidecars with the reason instead of skipping them', async () => {
    const reader = new FakeReader();
    reader.files.set('bad.md', { stamp: '1', text: PARAGRAPH, sidecarText: '{ "version": 1, ' });
    reader.files.set('gone.md', { stamp: '1', problem: 'binary file' });
    const c = counter(reader, fakeClock());
    await c.countAll([draft('bad.md'), draft('gone.md'), draft('missing.md')], () => undefined);
    assert.equal(c.get('bad.md')?.state, 'unreadable');
    assert.match(c.get('bad.md')?.problem ?? '', /line 1/);
    assert.equal(c.get('gone.md')?.state, 'unreadable');
    assert.equal(c.get('gone.md')?.problem, 'binary file');
    assert.equal(c.get('missing.md')?.problem, 'no such file');
  });

  it('yields to the host between paragraphs once a slice reaches its budget', async () => {
    const reader = new FakeReader();
    reader.files.set('long.md', { stamp: '1', text: Array.from({ length: 200 }, (_, i) => `${PARAGRAPH}${i}`).join('\n\n') });
    const clock = fakeClock();
    const c = counter(reader, clock);
    const progress: number[] = [];
    await c.countAll([draft('long.md')], (done) => progress.push(done));
    assert.ok(clock.yields >= 10, `expected many yields, got ${clock.yields}`);
    const tasks = c.tasks.summary();
    assert.ok(tasks.longestMs <= 20, `longest slice ${tasks.longestMs}`);
    assert.ok(tasks.tasks >= clock.yields, 'every slice timed');
    assert.ok(tasks.longestStepMs['detect-block'] >= 1, 'detection steps timed');
    assert.deepEqual(progress, [1]);
    assert.equal(c.get('long.md')?.counts.total, 200);
  });

  it('stops a run when cancelled and keeps what it counted', async () => {
    const reader = new FakeReader();
    for (let i = 0; i < 40; i++) reader.files.set(`d${i}.md`, { stamp: '1', text: PARAGRAPH });
    const c = counter(reader, fakeClock());
    const all = [...reader.files.keys()].map(draft);
    const finished = await c.countAll(all, (done) => {
      if (done === 20) c.cancel();
    });
    assert.equal(finished, false);
    assert.ok(c.get('d0.md'));
    assert.equal(c.get('d39.md'), undefined);
  });
});

import * as assert from 'node:assert/strict';
import { reanchor, setStatus, type Annotation } from '../../../src/core/annotations';
import { annotate, DRAFT, slice, T1, T2 } from './fixtures';
import { prng } from './prng';

const P1 = 'The council spent £4.2 million on consultants last year, up from £1.1 million in 2019.';
const P2 = 'No other council in the region has published its figures, according to the mayor.';
const P3 = 'Critics say the spending caused the closure of three libraries.';

function run(annotations: Annotation[], text: string) {
  return reanchor(annotations, text, 'Draft Fact-Check', T2);
}

describe('re-anchoring after outside changes', () => {
  it('keeps annotations whose text is in place (and counts nothing)', () => {
    const a = annotate(DRAFT, '£4.2 million');
    const r = run([a], DRAFT);
    assert.deepEqual({ moved: r.moved, fuzzy: r.fuzzy, orphaned: r.orphaned }, { moved: 0, fuzzy: 0, orphaned: 0 });
    assert.equal(r.annotations[0], a);
  });

  it('finds a moved paragraph', () => {
    const a = annotate(DRAFT, '£4.2 million');
    const b = annotate(DRAFT, 'three libraries');
    const moved = `# Budget story\n\n${P3}\n\n${P2}\n\n${P1}\n`;
    const r = run([a, b], moved);
    assert.equal(r.moved, 2);
    for (const x of r.annotations) assert.equal(slice(moved, x), x.anchor.exact);
    assert.equal(r.annotations[0].anchor.start, moved.indexOf('£4.2 million'));
    assert.equal(r.annotations[0].history.length, 1, 'a move writes no history');
  });

  it('chooses between duplicate quotes by context, then by nearness', () => {
    const text = 'Police said 12 people were hurt. Later, the hospital said 12 people were hurt.';
    const second = text.lastIndexOf('12 people were hurt');
    const a = annotate(text, 'the hospital said 12 people were hurt').anchor;
    const ann = {
      ...annotate(text, '12 people were hurt'),
      anchor: {
        ...a,
        start: second + 100,
        end: second + 119,
        exact: '12 people were hurt',
        prefix: 'Later, the hospital said ',
        suffix: '.',
      },
    };
    const changed = `Breaking. ${text}`;
    const r = run([ann], changed);
    assert.equal(r.annotations[0].anchor.start, changed.lastIndexOf('12 people were hurt'), 'context picks the hospital one');
    // No context at all: the occurrence nearest the old position wins.
    const bare = { ...ann, anchor: { ...ann.anchor, prefix: '', suffix: '', start: 9, end: 28 } };
    assert.equal(run([bare], changed).annotations[0].anchor.start, changed.indexOf('12 people were hurt'));
  });

  it('finds a claim whose text got a small fix (fuzzy) and flags it if it was verified', () => {
    const a = setStatus(annotate(DRAFT, 'No other council in the region has published its figures'), 'verified', 'Ana', T1);
    const fixed = DRAFT.replace(
      'No other council in the region has published its figures',
      'No other council in the region has publshed its figures yet',
    ).replace('# Budget story', '# Budget story (updated)');
    const r = run([a], fixed);
    assert.equal(r.fuzzy, 1);
    const f = r.annotations[0];
    assert.equal(slice(fixed, f), f.anchor.exact);
    assert.match(f.anchor.exact, /^No other council in the region has publshed its figures/);
    assert.equal(f.status, 'verified');
    assert.equal(f.changedSinceVerification, true);
    assert.equal(f.history.at(-1)?.action, 'text-changed');
  });

  it('orphans a claim that was deleted (kept, with its old text), and re-attaches it when it comes back', () => {
    const a = annotate(DRAFT, 'three libraries');
    const without = DRAFT.replace(P3, 'Critics were not available for comment.');
    const r = run([a], without);
    assert.equal(r.orphaned, 1);
    const o = r.annotations[0];
    assert.equal(o.orphaned, true);
    assert.equal(o.anchor.exact, 'three libraries');
    assert.ok(o.anchor.start <= without.length);
    assert.equal(o.history.at(-1)?.action, 'orphaned');
    // Still gone: nothing new recorded, nothing counted.
    const still = run(r.annotations, without);
    assert.equal(still.orphaned, 0);
    assert.equal(still.annotations[0].history.length, o.history.length);
    const back = run(r.annotations, DRAFT);
    assert.equal(back.moved, 1);
    assert.equal(back.annotations[0].orphaned, undefined);
    assert.equal(slice(DRAFT, back.annotations[0]), 'three libraries');
    assert.equal(back.annotations[0].history.at(-1)?.action, 'reattached');
  });

  it('does not accept a fuzzy match worse than the threshold', () => {
    const a = annotate(DRAFT, 'No other council in the region has published its figures');
    const rewritten = DRAFT.replace(
      'No other council in the region has published its figures',
      'Several councils nearby have released their numbers',
    );
    assert.equal(run([a], rewritten).orphaned, 1);
  });

  it('never loses an annotation', () => {
    const list = [annotate(DRAFT, '£4.2 million'), annotate(DRAFT, 'three libraries'), annotate(DRAFT, 'according to the mayor')];
    const r = run(list, 'Completely different text.');
    assert.deepEqual(
      r.annotations.map((a) => a.id),
      list.map((a) => a.id),
    );
    assert.equal(r.orphaned, 3);
  });

  it('is fast on a 1 MB draft with hundreds of annotations, moved, edited and deleted', function () {
    this.timeout(20000);
    // Pseudo-words from a seeded generator: varied like prose, so only real matches match.
    const rand = prng(7);
    const syllables = ['ka', 'lo', 'mi', 're', 'su', 'ta', 'ne', 'vo', 'di', 'pa', 'the', 'an', 'or', 'is', 'el'];
    const word = () => Array.from({ length: 1 + Math.floor(rand() * 3) }, () => syllables[Math.floor(rand() * syllables.length)]).join('');
    const sentence = (n: number) => `Sentence ${n}: ${Array.from({ length: 14 }, word).join(' ')} ${Math.floor(rand() * 1e6)}.`;
    const paragraphs: string[] = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      const p = Array.from({ length: 5 }, (_, j) => sentence(i * 5 + j)).join(' ');
      paragraphs.push(p);
      size += p.length + 2;
    }
    const text = paragraphs.join('\n\n');
    const annotations: Annotation[] = [];
    for (let i = 0; i < 300; i++) {
      const p = Math.floor((i * paragraphs.length) / 300);
      const quote = paragraphs[p].slice(0, paragraphs[p].indexOf('.') + 1);
      annotations.push(annotate(text, quote));
    }
    // Move the first 100 annotated paragraphs to the end, edit 100, delete 100.
    const changed = [...paragraphs];
    const annotatedIndexes = annotations.map((_, i) => Math.floor((i * paragraphs.length) / 300));
    annotatedIndexes.slice(100, 200).forEach((p) => (changed[p] = changed[p].replace('Sentence', 'Sentense')));
    annotatedIndexes.slice(200).forEach((p) => (changed[p] = `Deleted paragraph ${p}.`));
    const movedOut = annotatedIndexes.slice(0, 100).map((p) => changed[p]);
    annotatedIndexes.slice(0, 100).forEach((p) => (changed[p] = ''));
    const newText = [...changed.filter((p) => p !== ''), ...movedOut].join('\n\n');
    // CPU time, not wall time: the test machine may be busy with other work.
    const started = process.cpuUsage();
    const r = run(annotations, newText);
    const used = process.cpuUsage(started);
    const ms = Math.round((used.user + used.system) / 1000);
    assert.equal(r.moved, 100);
    assert.equal(r.fuzzy, 100);
    assert.equal(r.orphaned, 100);
    for (const a of r.annotations) if (!a.orphaned) assert.equal(slice(newText, a), a.anchor.exact);
    assert.ok(ms < 5000, `re-anchoring took ${ms} ms of CPU`);
    console.log(
      `      re-anchored 300 annotations (100 moved, 100 edited, 100 deleted) in a ${(newText.length / 1e6).toFixed(2)} MB draft: ${ms} ms CPU`,
    );
  });
});

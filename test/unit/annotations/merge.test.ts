import * as assert from 'node:assert/strict';
import {
  addSource,
  editSource,
  mergeSidecars,
  mergeWithDisk,
  parseSidecar,
  removeSource,
  serializeSidecar,
  setNote,
  setStatus,
  type Annotation,
  type SidecarFile,
} from '../../../src/core/annotations';
import { NOTE_MERGE_SEPARATOR } from '../../../src/core/annotations/merge';
import { annotate, DRAFT, sidecar, T0, T1, T2, T3 } from './fixtures';

/** The same annotations every time (ids fixed), so base, ours and theirs line up. */
function baseFile(): SidecarFile {
  const a = addSource(
    { ...annotate(DRAFT, '£4.2 million'), id: 'annotationA' },
    { url: 'https://council.example/budget.pdf', title: 'Budget' },
    'Ana',
    T0,
    'source-1',
  );
  const b = { ...annotate(DRAFT, 'according to the mayor', { kind: 'attribution' }), id: 'annotationB' };
  return sidecar([a, b]);
}

function update(file: SidecarFile, id: string, change: (a: Annotation) => Annotation): SidecarFile {
  return { ...file, annotations: file.annotations.map((a) => (a.id === id ? change(a) : a)) };
}

function get(file: SidecarFile, id: string): Annotation {
  const found = file.annotations.find((a) => a.id === id);
  assert.ok(found, `annotation ${id} missing`);
  return found;
}

/** Merges both ways round and checks the result is the same, valid, and stable. */
function merge(base: SidecarFile | undefined, ours: SidecarFile, theirs: SidecarFile) {
  const result = mergeSidecars(base, ours, theirs);
  const swapped = mergeSidecars(base, theirs, ours);
  const text = serializeSidecar(result.file);
  assert.equal(serializeSidecar(swapped.file), text, 'merge is symmetric');
  assert.equal(swapped.conflicts.length, result.conflicts.length);
  const parsed = parseSidecar(text);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
  assert.equal(serializeSidecar(mergeSidecars(base, ours, theirs).file), text, 'merge is deterministic');
  return result;
}

describe('three-way sidecar merge', () => {
  it('keeps annotations added on either side', () => {
    const base = baseFile();
    const ours = { ...base, annotations: [...base.annotations, { ...annotate(DRAFT, 'three libraries'), id: 'annotationC' }] };
    const theirs = { ...base, annotations: [...base.annotations, { ...annotate(DRAFT, '£1.1 million'), id: 'annotationD' }] };
    const { file, conflicts } = merge(base, ours, theirs);
    assert.deepEqual(file.annotations.map((a) => a.id).sort(), ['annotationA', 'annotationB', 'annotationC', 'annotationD']);
    assert.deepEqual(conflicts, []);
  });

  it('deletes what one side deleted and the other left alone, but keeps it when the other side changed it', () => {
    const base = baseFile();
    const withoutB = { ...base, annotations: base.annotations.filter((a) => a.id !== 'annotationB') };
    assert.deepEqual(
      merge(base, withoutB, base).file.annotations.map((a) => a.id),
      ['annotationA'],
    );
    const changedB = update(base, 'annotationB', (a) => setStatus(a, 'disputed', 'Ben', T1));
    const kept = merge(base, withoutB, changedB).file;
    assert.equal(get(kept, 'annotationB').status, 'disputed');
  });

  it('merges changes to different fields of one annotation without conflict', () => {
    const base = baseFile();
    const ours = update(base, 'annotationA', (a) =>
      addSource(a, { url: 'https://stats.example/t1', title: 'Table 1' }, 'Ana', T1, 'source-2'),
    );
    const theirs = update(base, 'annotationA', (a) => setNote(setStatus(a, 'verified', 'Ben', T2), 'Checked with the clerk.', 'Ben', T2));
    const { file, conflicts } = merge(base, ours, theirs);
    const a = get(file, 'annotationA');
    assert.deepEqual(conflicts, []);
    assert.equal(a.status, 'verified');
    assert.ok(a.verifiedTextHash);
    assert.equal(a.note, 'Checked with the clerk.');
    assert.deepEqual(
      a.sources.map((s) => s.id),
      ['source-1', 'source-2'],
    );
    assert.deepEqual(
      a.history.map((h) => h.action),
      ['created', 'source-added', 'source-added', 'status', 'note'],
    );
    assert.equal(a.updatedAt, T2);
  });

  it('resolves a status both sides changed by the later change and records the conflict', () => {
    const base = baseFile();
    const ours = update(base, 'annotationB', (a) => setStatus(a, 'verified', 'Ana', T1));
    const theirs = update(base, 'annotationB', (a) => setStatus(a, 'disputed', 'Ben', T2));
    const { file, conflicts } = merge(base, ours, theirs);
    const b = get(file, 'annotationB');
    assert.equal(b.status, 'disputed');
    assert.equal(b.verifiedTextHash, undefined, 'verification fields go with a non-verified status');
    assert.deepEqual(
      conflicts.map((c) => [c.annotationId, c.field, c.kept, c.other]),
      [['annotationB', 'status', 'disputed', 'verified']],
    );
    const entry = b.history.at(-1);
    assert.equal(entry?.action, 'merge-conflict');
    assert.match(entry?.detail ?? '', /status: kept "disputed" \(the later change\) over "verified"/);
    // Both editors' status changes stay in the history.
    assert.deepEqual(
      b.history.filter((h) => h.action === 'status').map((h) => h.to),
      ['verified', 'disputed'],
    );
  });

  it('breaks a same-time status tie by caution: disputed > unverified > verified > unreviewed > dismissed', () => {
    const base = baseFile();
    const pairs: Array<[Annotation['status'], Annotation['status'], Annotation['status']]> = [
      ['verified', 'disputed', 'disputed'],
      ['unverified', 'verified', 'unverified'],
      ['dismissed', 'unreviewed', 'unreviewed'],
      ['disputed', 'unverified', 'disputed'],
    ];
    const start = update(base, 'annotationB', (a) => setStatus(a, 'unverified', 'Ana', T0));
    for (const [x, y, expected] of pairs) {
      const from = x === 'unverified' || y === 'unverified' ? base : start;
      const ours = update(from, 'annotationB', (a) => setStatus(a, x, 'Ana', T3));
      const theirs = update(from, 'annotationB', (a) => setStatus(a, y, 'Ben', T3));
      const { file, conflicts } = merge(from, ours, theirs);
      assert.equal(get(file, 'annotationB').status, expected, `${x} vs ${y}`);
      assert.match(conflicts[0].message, /same time: the more cautious status/);
    }
  });

  it('unions sources by id: removal of an untouched source wins, removal of an edited one does not, and the later edit wins', () => {
    const base = update(baseFile(), 'annotationA', (a) => addSource(a, { url: 'https://b.example', title: 'B' }, 'Ana', T0, 'source-b'));
    const removed = update(base, 'annotationA', (a) => removeSource(a, 'source-1', 'Ana', T1));
    assert.deepEqual(
      get(merge(base, removed, base).file, 'annotationA').sources.map((s) => s.id),
      ['source-b'],
    );

    const edited = update(base, 'annotationA', (a) => editSource(a, 'source-1', { title: 'Budget (final)' }, 'Ben', T2));
    const keptEdit = get(merge(base, removed, edited).file, 'annotationA');
    assert.deepEqual(
      keptEdit.sources.map((s) => [s.id, s.title]),
      [
        ['source-1', 'Budget (final)'],
        ['source-b', 'B'],
      ],
    );

    const earlierEdit = update(base, 'annotationA', (a) => editSource(a, 'source-1', { title: 'Budget v1' }, 'Ana', T1));
    const { file, conflicts } = merge(base, earlierEdit, edited);
    assert.equal(get(file, 'annotationA').sources.find((s) => s.id === 'source-1')?.title, 'Budget (final)');
    assert.deepEqual(
      conflicts.map((c) => c.field),
      ['source'],
    );
  });

  it('keeps both notes with a marker when both sides changed the note', () => {
    const base = baseFile();
    const ours = update(base, 'annotationA', (a) => setNote(a, 'Ask the press office.', 'Ana', T1));
    const theirs = update(base, 'annotationA', (a) => setNote(a, 'Clerk confirmed by phone.', 'Ben', T2));
    const { file, conflicts } = merge(base, ours, theirs);
    assert.equal(get(file, 'annotationA').note, `Ask the press office.${NOTE_MERGE_SEPARATOR}Clerk confirmed by phone.`);
    assert.deepEqual(
      conflicts.map((c) => c.field),
      ['note'],
    );
  });

  it('takes the longer note without conflict when one already contains the other', () => {
    const base = baseFile();
    const ours = update(base, 'annotationA', (a) => setNote(a, 'Ask the press office.', 'Ana', T1));
    const theirs = update(base, 'annotationA', (a) => setNote(a, 'Ask the press office. Done: they confirmed.', 'Ben', T2));
    const { file, conflicts } = merge(base, ours, theirs);
    assert.equal(get(file, 'annotationA').note, 'Ask the press office. Done: they confirmed.');
    assert.deepEqual(conflicts, []);
  });

  it('takes the anchor from the side that changed it, or the later side when both did', () => {
    const base = baseFile();
    const shift = (a: Annotation, by: number, at: string): Annotation => ({
      ...a,
      anchor: { ...a.anchor, start: a.anchor.start + by, end: a.anchor.end + by },
      updatedAt: at,
    });
    const ours = update(base, 'annotationA', (a) => shift(a, 5, T1));
    assert.equal(get(merge(base, ours, base).file, 'annotationA').anchor.start, get(ours, 'annotationA').anchor.start);
    const theirs = update(base, 'annotationA', (a) => shift(a, 9, T2));
    const { file, conflicts } = merge(base, ours, theirs);
    assert.equal(get(file, 'annotationA').anchor.start, get(theirs, 'annotationA').anchor.start);
    assert.deepEqual(conflicts, [], 'anchors are re-found against the merged draft anyway');
  });

  it('merges two additions of the same file (no base)', () => {
    const ours = sidecar([{ ...annotate(DRAFT, '£4.2 million'), id: 'annotationA' }]);
    const theirs = sidecar([{ ...annotate(DRAFT, 'three libraries'), id: 'annotationC' }]);
    const { file, conflicts } = merge(undefined, ours, theirs);
    assert.deepEqual(
      file.annotations.map((a) => a.id),
      ['annotationA', 'annotationC'],
    );
    assert.deepEqual(conflicts, []);
  });

  it('keeps unknown keys from either side', () => {
    const base = baseFile();
    const ours = { ...update(base, 'annotationA', (a) => ({ ...a, reviewer: 'Cy' }) as Annotation), desk: 'metro' } as SidecarFile;
    const theirs = update(base, 'annotationA', (a) => ({ ...a, priority: 2 }) as Annotation);
    const { file } = merge(base, ours, theirs);
    const a = get(file, 'annotationA') as unknown as Record<string, unknown>;
    assert.equal(a.reviewer, 'Cy');
    assert.equal(a.priority, 2);
    assert.equal((file as unknown as Record<string, unknown>).desk, 'metro');
  });

  it('keeps a re-check flag from either side and drops duplicate history', () => {
    const base = update(baseFile(), 'annotationA', (a) => setStatus(a, 'verified', 'Ana', T0));
    const ours = update(base, 'annotationA', (a) => ({ ...a, changedSinceVerification: true, updatedAt: T1 }));
    const theirs = update(base, 'annotationA', (a) => addSource(a, { url: 'https://x.example', title: 'X' }, 'Ben', T2, 'source-x'));
    const a = get(merge(base, ours, theirs).file, 'annotationA');
    assert.equal(a.changedSinceVerification, true);
    assert.equal(a.history.filter((h) => h.action === 'status').length, 1);
  });

  it('is idempotent: merging a result with itself changes nothing', () => {
    const base = baseFile();
    const ours = update(base, 'annotationB', (a) => setStatus(a, 'verified', 'Ana', T1));
    const theirs = update(base, 'annotationB', (a) => setStatus(a, 'disputed', 'Ben', T2));
    const merged = merge(base, ours, theirs).file;
    const again = mergeSidecars(base, merged, merged);
    assert.equal(serializeSidecar(again.file), serializeSidecar(merged));
    assert.deepEqual(again.conflicts, []);
  });

  it('keeps our draft name when both renamed it, and says so', () => {
    const base = baseFile();
    const { file, conflicts } = mergeSidecars(base, { ...base, draft: 'a.md' }, { ...base, draft: 'b.md' });
    assert.equal(file.draft, 'a.md');
    assert.deepEqual(
      conflicts.map((c) => c.field),
      ['draft'],
    );
    assert.equal(mergeSidecars(base, base, { ...base, draft: 'b.md' }).file.draft, 'b.md');
  });
});

describe('merging an external change into the open editor', () => {
  it('never drops in-memory changes and keeps the editor’s anchors', () => {
    const lastKnown = baseFile();
    const inMemory = {
      ...update(lastKnown, 'annotationA', (a) => ({
        ...setStatus(a, 'verified', 'Ana', T1),
        anchor: { ...a.anchor, start: a.anchor.start + 3, end: a.anchor.end + 3 },
      })),
      annotations: [...update(lastKnown, 'annotationA', (a) => a).annotations],
    };
    inMemory.annotations = [
      {
        ...setStatus(get(lastKnown, 'annotationA'), 'verified', 'Ana', T1),
        anchor: { ...get(lastKnown, 'annotationA').anchor, start: 40, end: 52 },
      },
      setNote(get(lastKnown, 'annotationB'), 'Mine', 'Ana', T1),
      { ...annotate(DRAFT, 'three libraries'), id: 'annotationNew' },
    ];
    // On disk a colleague moved A (their draft differs), deleted B, and added D.
    const disk = {
      ...lastKnown,
      annotations: [
        {
          ...setNote(get(lastKnown, 'annotationA'), 'From disk', 'Ben', T2),
          anchor: { ...get(lastKnown, 'annotationA').anchor, start: 90, end: 102 },
        },
        { ...annotate(DRAFT, '£1.1 million'), id: 'annotationD' },
      ],
    };
    const merged = mergeWithDisk(lastKnown, inMemory, disk);
    const a = get(merged, 'annotationA');
    assert.equal(a.status, 'verified');
    assert.equal(a.note, 'From disk');
    assert.equal(a.anchor.start, 40, 'the open editor’s anchor wins');
    assert.equal(get(merged, 'annotationB').note, 'Mine', 'modified in memory beats deleted on disk');
    assert.ok(get(merged, 'annotationNew'));
    assert.ok(get(merged, 'annotationD'));
  });

  it('accepts a deletion on disk of something unchanged in memory, and works without a base', () => {
    const lastKnown = baseFile();
    const disk = { ...lastKnown, annotations: lastKnown.annotations.filter((a) => a.id !== 'annotationB') };
    assert.deepEqual(
      mergeWithDisk(lastKnown, lastKnown, disk).annotations.map((a) => a.id),
      ['annotationA'],
    );
    assert.equal(mergeWithDisk(undefined, lastKnown, disk).annotations.length, 2);
  });
});

import * as assert from 'node:assert/strict';
import {
  createAnnotation,
  parseSidecar,
  serializeSidecar,
  SIDECAR_VERSION,
  type Annotation,
  type ClaimStatus,
} from '../../../src/core/annotations';
import { EDITOR, ReviewHarness, until } from './reviewHarness';

const DRAFT = '/ws/story.md';
const SIDECAR = `${DRAFT}.factcheck.json`;
const TEXT = 'Unemployment fell 6 percent in 2023.\n\nThe council approved 40 new buses in March.\n\nIt rained.\n';
const FIRST = 'Unemployment fell 6 percent in 2023.';
const SECOND = 'The council approved 40 new buses in March.';

function annotationOf(text: string, quote: string, status: ClaimStatus, by = 'Other Window'): Annotation {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, `the draft lacks "${quote}"`);
  const created = createAnnotation({ text, start, end: start + quote.length, kind: 'statistic', by, now: '2026-01-01T00:00:00.000Z' });
  return { ...created, status };
}

function sidecarText(annotations: Annotation[], draft = 'story.md'): string {
  return serializeSidecar({ version: SIDECAR_VERSION, draft, annotations });
}

function onDisk(h: ReviewHarness, path = SIDECAR): Map<string, ClaimStatus> {
  const text = h.ws.read(path);
  assert.ok(text !== undefined, `${path} was not written`);
  const parsed = parseSidecar(text);
  assert.ok(parsed.ok, `${path} is not a valid sidecar`);
  return new Map(parsed.file.annotations.map((a) => [a.anchor.exact, a.status]));
}

describe('service: draft reviews over an in-memory workspace', () => {
  let h: ReviewHarness;
  beforeEach(() => {
    h = new ReviewHarness();
  });
  afterEach(() => h.dispose());

  it('shows a loading review until the sidecar is read, then the statuses from disk', async () => {
    h.ws.put(DRAFT, TEXT);
    h.ws.put(SIDECAR, sidecarText([annotationOf(TEXT, FIRST, 'disputed')]));
    const document = h.open(DRAFT);
    assert.equal(h.reviews.getReview(document).loading, true);
    const review = await h.loaded(document);
    assert.equal(review.loading, undefined);
    assert.equal(review.items.find((i) => i.text === FIRST)?.status, 'disputed');
    assert.equal(review.items.find((i) => i.text === SECOND)?.status, 'unreviewed');
  });

  it('writes an action to the sidecar with who did it, and only when something was annotated', async () => {
    h.ws.put(DRAFT, TEXT);
    const document = h.open(DRAFT);
    const review = await h.loaded(document);
    await h.reviews.flush();
    assert.equal(h.ws.read(SIDECAR), undefined, 'no sidecar for a draft nobody annotated');
    const item = review.items.find((i) => i.text === SECOND);
    assert.ok(item);
    const annotation = await h.reviews.setStatus(document, item, 'verified');
    assert.equal(annotation.history.at(-1)?.by, EDITOR);
    await h.reviews.flush();
    assert.deepEqual([...onDisk(h)], [[SECOND, 'verified']]);
  });

  it('merges before it writes: a change another window made meanwhile is kept, never overwritten', async () => {
    h.ws.put(DRAFT, TEXT);
    const document = h.open(DRAFT);
    const review = await h.loaded(document);
    // The other window writes while this one has not heard of it yet (no watcher event).
    h.ws.watchersOn = false;
    h.ws.put(SIDECAR, sidecarText([annotationOf(TEXT, FIRST, 'disputed')]));
    await h.reviews.setStatus(
      document,
      review.items.find((i) => i.text === SECOND)!,
      'verified',
    );
    await h.reviews.flush();
    assert.deepEqual(
      onDisk(h),
      new Map<string, ClaimStatus>([
        [FIRST, 'disputed'],
        [SECOND, 'verified'],
      ]),
    );
    const merged = h.reviews.getReview(document);
    assert.equal(merged.items.find((i) => i.text === FIRST)?.status, 'disputed');
  });

  it('merges an external sidecar change the watcher reports with edits still in memory', async () => {
    h.ws.put(DRAFT, TEXT);
    h.ws.put(SIDECAR, sidecarText([annotationOf(TEXT, FIRST, 'unverified')]));
    const document = h.open(DRAFT);
    const review = await h.loaded(document);
    await h.reviews.setStatus(
      document,
      review.items.find((i) => i.text === SECOND)!,
      'verified',
    ); // pending (300 ms debounce)
    h.ws.put(SIDECAR, sidecarText([annotationOf(TEXT, FIRST, 'disputed')]));
    await until(() => h.reviews.getReview(document).items.find((i) => i.text === FIRST)?.status === 'disputed', 'the external status');
    assert.equal(
      h.reviews.getReview(document).items.find((i) => i.text === SECOND)?.status,
      'verified',
      'the in-memory edit survives the merge',
    );
    await h.reviews.flush();
    assert.deepEqual(
      onDisk(h),
      new Map<string, ClaimStatus>([
        [FIRST, 'disputed'],
        [SECOND, 'verified'],
      ]),
    );
  });

  it('holds changes in memory while the sidecar is corrupt: one clear error, one backup, no overwrite', async () => {
    const corrupt = '{ "version": 2, "annotations": [ oops';
    h.ws.put(DRAFT, TEXT);
    h.ws.put(SIDECAR, corrupt);
    const document = h.open(DRAFT);
    const review = await h.loaded(document);
    assert.match(review.storeError ?? '', /line 1, column \d+/);
    assert.equal(h.user.errors.length, 1);
    assert.match(
      h.user.errors[0].message,
      /story\.md\.factcheck\.json could not be read: .*Your changes are kept in memory until it is fixed\./,
    );
    assert.equal(h.user.errors[0].open, SIDECAR);
    const backups = await until(
      () => h.ws.paths().filter((p) => /story\.md\.factcheck\.json\.corrupt-.*\.bak$/.test(p)).length > 0 && h.ws.paths(),
      'the backup',
    );
    const backup = backups.filter((p) => p.includes('.corrupt-'));
    assert.equal(backup.length, 1);
    assert.equal(h.ws.read(backup[0]), corrupt);

    await h.reviews.setStatus(
      document,
      review.items.find((i) => i.text === SECOND)!,
      'disputed',
    );
    await h.reviews.flush();
    assert.equal(h.ws.read(SIDECAR), corrupt, 'the unreadable file is never overwritten');
    assert.equal(h.reviews.getReview(document).items.find((i) => i.text === SECOND)?.status, 'disputed', 'the change is held in memory');
    assert.equal(h.user.errors.length, 1, 'one message per bad content, not per attempt');

    // Fixed by hand: the held change is merged with what the file now says, then written.
    h.ws.put(SIDECAR, sidecarText([annotationOf(TEXT, FIRST, 'verified')]));
    await until(() => h.reviews.getReview(document).storeError === undefined, 'the error to clear');
    await h.reviews.flush();
    assert.deepEqual(
      onDisk(h),
      new Map<string, ClaimStatus>([
        [FIRST, 'verified'],
        [SECOND, 'disputed'],
      ]),
    );
  });

  it('carries an untitled draft’s annotations over to the file it is saved as', async () => {
    const untitled = h.open('untitled:Untitled-1', TEXT);
    const review = await h.loaded(untitled);
    await h.reviews.setStatus(
      untitled,
      review.items.find((i) => i.text === FIRST)!,
      'unverified',
    );
    // What VS Code does on "Save As": the file opens empty and is filled by one change (not dirty)...
    h.ws.put(DRAFT, TEXT);
    const saved = h.open(DRAFT, '');
    h.edit(saved, 0, 0, TEXT, { dirty: false });
    // ...then the untitled buffer is emptied and closed.
    h.edit(untitled, 0, TEXT.length, '');
    h.close(untitled);
    await h.reviews.whenLoaded(saved);
    await until(() => h.reviews.getReview(saved).items.find((i) => i.text === FIRST)?.status === 'unverified', 'the carried-over status');
    await h.reviews.flush();
    assert.deepEqual([...onDisk(h)], [[FIRST, 'unverified']]);
  });

  it('does not carry annotations over to a file with other text', async () => {
    const untitled = h.open('untitled:Untitled-2', TEXT);
    const review = await h.loaded(untitled);
    await h.reviews.setStatus(
      untitled,
      review.items.find((i) => i.text === FIRST)!,
      'unverified',
    );
    h.close(untitled);
    h.ws.put('/ws/other.md', `${TEXT}More.\n`);
    const other = h.open('/ws/other.md');
    const otherReview = await h.loaded(other);
    assert.equal(otherReview.items.find((i) => i.text === FIRST)?.status, 'unreviewed');
  });

  it('moves the sidecar with its renamed draft, with the new name inside', async () => {
    h.ws.put(DRAFT, TEXT);
    h.ws.put(SIDECAR, sidecarText([annotationOf(TEXT, FIRST, 'verified')]));
    const document = h.open(DRAFT);
    await h.loaded(document);
    h.close(document);
    await h.ws.fs.rename(h.ws.uri(DRAFT), h.ws.uri('/ws/renamed.md'), { overwrite: false });
    await h.reviews.renamed([{ oldUri: h.ws.uri(DRAFT), newUri: h.ws.uri('/ws/renamed.md') }]);
    assert.equal(h.ws.read(SIDECAR), undefined, 'the old sidecar is gone');
    const moved = parseSidecar(h.ws.read('/ws/renamed.md.factcheck.json') ?? '');
    assert.ok(moved.ok);
    assert.equal(moved.file.draft, 'renamed.md');
    assert.equal(moved.file.annotations[0].status, 'verified');
    assert.deepEqual(h.user.errors, []);
  });

  it('moves the mirror folder of a renamed folder in the workspaceFolder mode', async () => {
    h.settings = { ...h.settings, sidecarLocation: 'workspaceFolder' };
    h.ws.put('/ws/desk/story.md', TEXT);
    h.ws.put('/ws/.factcheck/desk/story.md.factcheck.json', sidecarText([annotationOf(TEXT, FIRST, 'disputed')]));
    await h.ws.fs.rename(h.ws.uri('/ws/desk'), h.ws.uri('/ws/politics'), { overwrite: false });
    await h.reviews.renamed([{ oldUri: h.ws.uri('/ws/desk'), newUri: h.ws.uri('/ws/politics') }]);
    assert.ok(h.ws.read('/ws/.factcheck/politics/story.md.factcheck.json'));
    const document = h.open('/ws/politics/story.md');
    assert.equal((await h.loaded(document)).items.find((i) => i.text === FIRST)?.status, 'disputed');
  });

  it('refuses to read a sidecar that is a symbolic link, and leaves it where it is on a rename', async () => {
    h.ws.put(DRAFT, TEXT);
    h.ws.put(SIDECAR, sidecarText([annotationOf(TEXT, FIRST, 'verified')]), { link: true });
    const document = h.open(DRAFT);
    const review = await h.loaded(document);
    assert.match(review.storeError ?? '', /is a symbolic link; Fact-Check does not read or write files through links/);
    assert.equal(review.items.find((i) => i.text === FIRST)?.status, 'unreviewed', 'nothing is read through the link');
    assert.equal(h.ws.paths().filter((p) => p.includes('.corrupt-')).length, 0, 'a link target is never backed up');
    h.close(document);
    await h.ws.fs.rename(h.ws.uri(DRAFT), h.ws.uri('/ws/moved.md'), { overwrite: false });
    await h.reviews.renamed([{ oldUri: h.ws.uri(DRAFT), newUri: h.ws.uri('/ws/moved.md') }]);
    assert.ok(h.ws.files.get(SIDECAR)?.link, 'the link stays in place');
    assert.equal(h.ws.read('/ws/moved.md.factcheck.json'), undefined, 'nothing is written at the new place');
  });

  it('refuses a sidecar inside a linked folder', async () => {
    h.settings = { ...h.settings, sidecarLocation: 'workspaceFolder' };
    h.ws.put(DRAFT, TEXT);
    h.ws.put('/ws/.factcheck', 'target', { link: true });
    const document = h.open(DRAFT);
    const review = await h.loaded(document);
    assert.match(review.storeError ?? '', /is inside \.factcheck, which is a symbolic link/);
  });

  it('keeps changes in memory when the file system refuses the write, and says so once', async () => {
    h.ws.put(DRAFT, TEXT);
    const document = h.open(DRAFT);
    const review = await h.loaded(document);
    h.ws.failWrites = 'NoPermissions';
    await h.reviews.setStatus(
      document,
      review.items.find((i) => i.text === FIRST)!,
      'verified',
    );
    await h.reviews.flush();
    await h.reviews.flush();
    assert.equal(h.user.errors.length, 1);
    assert.match(h.user.errors[0].message, /could not be saved: the file system is read-only or refused the write/);
    h.ws.failWrites = undefined;
    await h.reviews.setNote(
      document,
      review.items.find((i) => i.text === FIRST)!,
      'checked with the statistics office',
    );
    await h.reviews.flush();
    assert.deepEqual([...onDisk(h)], [[FIRST, 'verified']]);
  });

  it('shifts annotations with typing and re-finds them after a reload from disk', async () => {
    h.ws.put(DRAFT, TEXT);
    h.ws.put(SIDECAR, sidecarText([annotationOf(TEXT, SECOND, 'verified')]));
    const document = h.open(DRAFT);
    await h.loaded(document);
    h.edit(document, 0, 0, 'Breaking. ');
    const shifted = h.reviews.getReview(document).items.find((i) => i.status === 'verified');
    assert.equal(shifted?.text, SECOND);
    assert.equal(shifted?.start, TEXT.indexOf(SECOND) + 'Breaking. '.length);
    // A reload replaces the whole text and leaves the document clean.
    const reloaded = `Intro.\n\n${TEXT}`;
    h.edit(document, 0, document.getText().length, reloaded, { dirty: false });
    assert.equal(h.reviews.getReview(document).items.find((i) => i.status === 'verified')?.start, reloaded.indexOf(SECOND));
  });

  it('drops the claim caches when a detection setting changes, not for other settings', async () => {
    h.ws.put(DRAFT, TEXT);
    const document = h.open(DRAFT);
    const before = await h.loaded(document);
    h.reviews.settingsChanged((section) => section === 'factCheck' || section === 'factCheck.highlights.style');
    assert.equal(h.reviews.getReview(document), before, 'same review object: nothing recomputed');
    h.settings = { ...h.settings, detect: { ...h.settings.detect, ignorePhrases: ['council'] } };
    h.reviews.settingsChanged((section) => section === 'factCheck' || section === 'factCheck.ignorePhrases');
    const after = h.reviews.getReview(document);
    assert.ok(before.items.some((i) => i.text === SECOND));
    assert.ok(!after.items.some((i) => i.text === SECOND), 'the ignored phrase hides the claim');
  });
});

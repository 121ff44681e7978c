import * as assert from 'node:assert/strict';
import {
  addSource,
  createAnnotation,
  editSource,
  hashText,
  makeAnchor,
  newId,
  reattachAnnotation,
  removeSource,
  setNote,
  setStatus,
  validateSourceUrl,
} from '../../../src/core/annotations';
import { annotate, DRAFT, T0, T1, T2 } from './fixtures';

describe('annotation ids and hashes', () => {
  it('makes distinct URL-safe ids of 16 characters', () => {
    const ids = new Set(Array.from({ length: 2000 }, () => newId()));
    assert.equal(ids.size, 2000);
    for (const id of ids) assert.match(id, /^[A-Za-z0-9_-]{16}$/);
  });

  it('hashes with 64-bit FNV-1a (known vectors; UTF-16 units low byte first)', () => {
    assert.equal(hashText(''), 'cbf29ce484222325');
    // 'a' is fed as the bytes 0x61 0x00.
    assert.equal(hashText('a'), '089be207b544f1e4');
    assert.equal(hashText('hello world'), 'f7f81a3f5bd66ddd');
    assert.notEqual(hashText('£4.2 million'), hashText('£4.3 million'));
    assert.equal(hashText('😀 emoji'), hashText('😀 emoji'));
  });
});

describe('anchors', () => {
  it('keeps up to 32 characters of context on each side', () => {
    const start = DRAFT.indexOf('£4.2 million');
    const anchor = makeAnchor(DRAFT, start, start + 12);
    assert.equal(anchor.exact, '£4.2 million');
    assert.equal(anchor.prefix, DRAFT.slice(start - 32, start));
    assert.equal(anchor.suffix, DRAFT.slice(start + 12, start + 44));
    assert.deepEqual(makeAnchor('abc', 0, 3), { exact: 'abc', prefix: '', suffix: '', start: 0, end: 3 });
  });

  it('never cuts an emoji in half at the context edge', () => {
    const text = `${'😀'.repeat(20)}CLAIM${'😀'.repeat(20)}`;
    const start = text.indexOf('CLAIM');
    const anchor = makeAnchor(text, start, start + 5);
    assert.equal(anchor.prefix.length, 32);
    assert.equal(anchor.suffix.length, 32);
    assert.ok(!/^[\udc00-\udfff]/.test(anchor.prefix) && !/[\ud800-\udbff]$/.test(anchor.suffix));
    const odd = `x${text}`;
    const oddAnchor = makeAnchor(odd, start + 1, start + 6);
    assert.equal(oddAnchor.prefix.length, 32);
    const tail = `CLAIMx${'😀'.repeat(20)}`;
    assert.equal(makeAnchor(tail, 0, 5).suffix, `x${'😀'.repeat(15)}`);
  });

  it('rejects ranges outside the text', () => {
    assert.throws(() => makeAnchor('abc', 2, 5), /outside the document/);
    assert.throws(() => makeAnchor('abc', 2, 1), /outside the document/);
  });
});

describe('annotation model', () => {
  it('creates an annotation whose history starts with created', () => {
    const a = annotate(DRAFT, '£4.2 million', { manual: true });
    assert.equal(a.status, 'unreviewed');
    assert.equal(a.manual, true);
    assert.equal(a.note, '');
    assert.deepEqual(a.sources, []);
    assert.deepEqual(a.history, [{ action: 'created', by: 'Ana', at: T0, to: 'unreviewed' }]);
    assert.equal(a.createdAt, T0);
    assert.equal(a.updatedAt, T0);
    assert.equal(a.verifiedTextHash, undefined);
    const verified = annotate(DRAFT, '£1.1 million', { status: 'verified' });
    assert.equal(verified.verifiedTextHash, hashText('£1.1 million'));
  });

  it('refuses an empty selection and unknown kinds or statuses', () => {
    assert.throws(() => createAnnotation({ text: DRAFT, start: 5, end: 5, kind: 'statistic', by: 'A', now: T0 }), /selection is empty/);
    // @ts-expect-error: testing untyped input
    assert.throws(() => createAnnotation({ text: DRAFT, start: 1, end: 5, kind: 'rumour', by: 'A', now: T0 }), /not a kind of claim/);
    assert.throws(
      // @ts-expect-error: testing untyped input
      () => createAnnotation({ text: DRAFT, start: 1, end: 5, kind: 'event', status: 'done', by: 'A', now: T0 }),
      /not a claim status/,
    );
  });

  it('records status changes with from/to and leaves the input untouched', () => {
    const a = annotate(DRAFT, '£4.2 million');
    const frozen = JSON.stringify(a);
    const flagged = setStatus(a, 'unverified', 'Ben', T1);
    assert.equal(JSON.stringify(a), frozen);
    assert.equal(flagged.status, 'unverified');
    assert.equal(flagged.updatedAt, T1);
    assert.deepEqual(flagged.history.at(-1), { action: 'status', by: 'Ben', at: T1, from: 'unreviewed', to: 'unverified' });
    assert.equal(setStatus(flagged, 'unverified', 'Ben', T2), flagged, 'no-op returns the same object');
  });

  it('stores the verified text hash and clears it (and the changed flag) when the status moves on', () => {
    const a = annotate(DRAFT, '£4.2 million');
    const verified = setStatus(a, 'verified', 'Ben', T1);
    assert.equal(verified.verifiedTextHash, hashText('£4.2 million'));
    const changed = { ...verified, changedSinceVerification: true, anchor: { ...verified.anchor, exact: '£4.3 million' } };
    const reverified = setStatus(changed, 'verified', 'Ben', T2);
    assert.notEqual(reverified, changed, 're-verifying a changed claim is a change');
    assert.equal(reverified.changedSinceVerification, undefined);
    assert.equal(reverified.verifiedTextHash, hashText('£4.3 million'));
    assert.deepEqual(reverified.history.at(-1), { action: 'status', by: 'Ben', at: T2, from: 'verified', to: 'verified' });
    const disputed = setStatus(changed, 'disputed', 'Cy', T2);
    assert.equal(disputed.verifiedTextHash, undefined);
    assert.equal(disputed.changedSinceVerification, undefined);
  });

  it('adds, edits and removes sources with history', () => {
    const a = annotate(DRAFT, '£4.2 million');
    const withSource = addSource(
      a,
      { url: ' https://council.example/budget.pdf ', title: ' Budget 2025 ', quote: ' p. 4 ', note: '  ' },
      'Ana',
      T1,
      'src-0001',
    );
    assert.deepEqual(withSource.sources, [
      { id: 'src-0001', url: 'https://council.example/budget.pdf', title: 'Budget 2025', quote: 'p. 4', addedBy: 'Ana', addedAt: T1 },
    ]);
    assert.deepEqual(withSource.history.at(-1), {
      action: 'source-added',
      by: 'Ana',
      at: T1,
      detail: 'https://council.example/budget.pdf',
    });
    assert.throws(() => addSource(withSource, { url: 'https://x.example', title: 'X' }, 'Ana', T1, 'src-0001'), /already has a source/);

    const edited = editSource(withSource, 'src-0001', { title: 'Budget 2025 (final)', quote: '' }, 'Ben', T2);
    assert.equal(edited.sources[0].title, 'Budget 2025 (final)');
    assert.equal(edited.sources[0].quote, undefined);
    assert.equal(edited.sources[0].editedBy, 'Ben');
    assert.equal(edited.sources[0].editedAt, T2);
    assert.equal(edited.history.at(-1)?.action, 'source-edited');
    assert.equal(editSource(edited, 'src-0001', { title: 'Budget 2025 (final)' }, 'Ben', T2), edited, 'unchanged edit is a no-op');
    assert.throws(() => editSource(edited, 'src-0001', { url: 'javascript:alert(1)' }, 'Ben', T2), /Only http and https/);
    assert.throws(() => editSource(edited, 'src-0001', { title: '  ' }, 'Ben', T2), /title/);
    assert.throws(() => editSource(edited, 'nope', { title: 'x' }, 'Ben', T2), /no longer attached/);

    const removed = removeSource(edited, 'src-0001', 'Cy', T2);
    assert.deepEqual(removed.sources, []);
    assert.deepEqual(removed.history.at(-1), { action: 'source-removed', by: 'Cy', at: T2, detail: 'https://council.example/budget.pdf' });
    assert.throws(() => removeSource(removed, 'src-0001', 'Cy', T2), /no longer attached/);
  });

  it('generates a source id when none is given', () => {
    const a = addSource(annotate(DRAFT, '£4.2 million'), { url: 'https://a.example', title: 'A' }, 'Ana', T1);
    assert.match(a.sources[0].id, /^[A-Za-z0-9_-]{16}$/);
  });

  it('sets notes (trailing space trimmed, unchanged is a no-op)', () => {
    const a = annotate(DRAFT, '£4.2 million');
    const noted = setNote(a, '  Ask the press office.  \n', 'Ana', T1);
    assert.equal(noted.note, '  Ask the press office.');
    assert.deepEqual(noted.history.at(-1), { action: 'note', by: 'Ana', at: T1 });
    assert.equal(setNote(noted, '  Ask the press office.', 'Ana', T2), noted);
  });

  it('re-attaches an annotation to a span an editor picks', () => {
    const a = { ...annotate(DRAFT, '£4.2 million'), orphaned: true };
    const start = DRAFT.indexOf('£1.1 million');
    const moved = reattachAnnotation(a, DRAFT, start, start + 12, 'Ana', T1);
    assert.equal(moved.orphaned, undefined);
    assert.equal(moved.anchor.exact, '£1.1 million');
    assert.equal(moved.history.at(-1)?.action, 'reattached');
    assert.throws(() => reattachAnnotation(a, DRAFT, 3, 3, 'Ana', T1), /selection is empty/);
  });
});

describe('source URL validation', () => {
  const accepted = ['https://example.com', 'http://example.com/a?b=c#d', 'HTTPS://EXAMPLE.COM/x', '  https://example.com/  '];
  for (const url of accepted) it(`accepts ${url.trim()}`, () => assert.equal(validateSourceUrl(url), undefined));

  const rejected: Array<[string, RegExp]> = [
    ['', /Enter the source URL/],
    ['   ', /Enter the source URL/],
    ['example.com', /not a valid URL/],
    ['javascript:alert(1)', /Only http and https.*javascript/],
    ['file:///etc/passwd', /Only http and https.*file/],
    ['ftp://example.com/a', /Only http and https.*ftp/],
    ['command:workbench.action.quit', /Only http and https/],
    ['https://user:secret@example.com/', /user name or password/],
    ['https://user@example.com/', /user name or password/],
    ['https://exa mple.com', /spaces/],
    ['http://', /not a valid URL/],
    // new URL() drops leading control characters, so these would pass as http(s) (issue 14).
    ['\u0001https://example.com', /control characters/],
    ['\u0000javascript:alert(1)', /control characters/],
    ['https://example.com/\u007f', /control characters/],
  ];
  for (const [url, message] of rejected) it(`rejects ${JSON.stringify(url)}`, () => assert.match(validateSourceUrl(url) ?? '', message));
});

import * as assert from 'node:assert/strict';
import { mergeSidecars, parseSidecar, serializeSidecar } from '../../../src/core/annotations';
import { editSource } from '../../../src/core/annotations/model';
import type { Source } from '../../../src/core/annotations/types';
import {
  applyFetchOutcome,
  describeSourceHealth,
  quoteFoundIn,
  slicer,
  sourceHealth,
  sourceHealthTone,
  suggestArchiveUrl,
  visibleText,
  type FetchOutcome,
} from '../../../src/core/sources';
import { SLICE_CHARS } from '../../../src/core/sources/slices';
import { annotate, DRAFT, sidecar, T0, T1, T2, T3 } from '../annotations/fixtures';

const BASE: Source = {
  id: 'src-0001',
  url: 'https://news.example/a',
  title: 'A',
  quote: 'the port handled 74 ships',
  addedBy: 'Ana',
  addedAt: T0,
};
const encoder = new TextEncoder();

/** A 200 response; contentType null means the server sent none. */
function page(html: string, contentType: string | null = 'text/html'): FetchOutcome {
  return {
    kind: 'response',
    status: 200,
    finalUrl: BASE.url,
    contentType: contentType ?? undefined,
    charset: undefined,
    body: encoder.encode(html),
    tooLarge: false,
  };
}

describe('source health: visible text', async () => {
  it('keeps what a reader sees, drops scripts, styles, head, templates and hidden elements, decodes entities', async () => {
    const html = `<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body>
      <p>Caf&eacute; &amp; bar&nbsp;opened <b>in</b> 2019.</p><script>var x = "secret";</script><!-- comment -->
      <template><p>template</p></template><div hidden>hidden text</div><noscript>enable js</noscript><ul><li>one</li><li>two</li></ul></body></html>`;
    const text = await visibleText(html);
    assert.equal(text, 'Café & bar opened in 2019.\none\ntwo');
  });

  it('survives broken markup (unclosed tags, stray closers, attributes with ">")', async () => {
    const text = await visibleText('<div><p title="a > b">First<p>Second</span></div><p>Third');
    assert.equal(text, 'First\nSecond\nThird');
  });

  it('does not run block words together', async () => {
    assert.equal(await visibleText('<h1>Title</h1><p>Body</p>'), 'Title\nBody');
  });
});

describe('source health: finding the quote', async () => {
  it('finds it across case, curly quotes, dashes, spaces and line breaks', async () => {
    assert.equal(
      await quoteFoundIn('He said: \u201cThe Port  handled\n74 ships \u2014 a record.\u201d', '"the port handled 74 ships - a record."'),
      true,
    );
  });

  it('finds it with a small difference (fuzzy, ≤ 20 % edits) but not a different sentence', async () => {
    const text = 'The harbour authority said the port handled 74 ships in March, a record for the season.';
    assert.equal(await quoteFoundIn(text, 'the port handeld 74 ships in March'), true);
    assert.equal(await quoteFoundIn(text, 'the airport closed for three days in June'), false);
  });

  it('never counts a quote with other figures as found, however close the words', async () => {
    const text = 'The port handled 80 ships in March, and 1,200 containers.';
    assert.equal(await quoteFoundIn(text, 'The port handled 74 ships in March'), false);
    assert.equal(await quoteFoundIn(text, 'The port handled 80 ship in March'), true);
    assert.equal(await quoteFoundIn(text, 'and 1,300 containers'), false);
  });

  it('finds a fuzzy quote that straddles two search slices', async () => {
    const text = `${'a'.repeat(SLICE_CHARS - 10)} the port handeld 74 ships in March ${'b'.repeat(100)}`;
    assert.equal(await quoteFoundIn(text, 'the port handled 74 ships in March'), true);
  });

  it('pauses between slices once the time budget is spent', async () => {
    let pauses = 0;
    const check = slicer(async () => void pauses++, 0);
    for (let i = 0; i < 3; i++) await check();
    assert.equal(pauses, 3);
  });

  it('needs an exact match for a short quote', async () => {
    assert.equal(await quoteFoundIn('We sold 75 ships.', '74 ships'), false);
    assert.equal(await quoteFoundIn('We sold 74 ships.', '74 ships'), true);
  });
});

describe('source health: recording a check and classifying it', async () => {
  it('records a found quote and a hash of the visible text only (markup changes do not count as "changed")', async () => {
    const first = await applyFetchOutcome(BASE, page('<p>The port handled 74 ships.</p><script>ad(1)</script>'), T1);
    assert.equal(first.quoteFound, true);
    const second = await applyFetchOutcome(
      first,
      page('<div class="new"><p>The port handled 74 ships.</p></div><script>ad(2)</script>'),
      T2,
    );
    assert.equal(second.contentHash, first.contentHash);
    assert.equal(second.contentChanged, undefined);
    const third = await applyFetchOutcome(second, page('<p>The port handled 80 ships.</p>'), T3);
    assert.equal(third.contentChanged, true);
    assert.deepEqual(sourceHealth(third).problems, ['changed', 'quote-not-found']);
  });

  it('a source without a quote: quoteFound null with the reason no-quote', async () => {
    const { quote: _quote, ...noQuote } = BASE;
    const checked = await applyFetchOutcome(noQuote, page('<p>Anything</p>'), T1);
    assert.equal(checked.quoteFound, null);
    assert.equal(checked.quoteUnchecked, 'no-quote');
    assert.deepEqual(describeSourceHealth(checked), ['ok (HTTP 200)']);
  });

  it('plain text and a missing content type are searched; a missing type with PDF bytes is not', async () => {
    assert.equal((await applyFetchOutcome(BASE, page('The port handled 74 ships.', 'text/plain'), T1)).quoteFound, true);
    assert.equal((await applyFetchOutcome(BASE, page('<!doctype html><p>The port handled 74 ships.</p>', null), T1)).quoteFound, true);
    assert.equal((await applyFetchOutcome(BASE, page('%PDF-1.4 the port handled 74 ships', null), T1)).quoteUnchecked, 'not-text');
  });

  it('a failed fetch keeps the last known hash and says why', async () => {
    const checked = await applyFetchOutcome(
      { ...BASE, contentHash: '0123456789abcdef', contentChanged: true },
      { kind: 'failed', error: 'dns', message: 'host not found' },
      T1,
    );
    assert.equal(checked.contentHash, '0123456789abcdef');
    assert.equal(checked.contentChanged, undefined);
    assert.equal(checked.fetchError, 'dns');
    assert.deepEqual(describeSourceHealth(checked), ['broken: host not found']);
  });

  it('moved only when the host differs (www. and http→https are the same place)', async () => {
    const at = (finalUrl: string) => sourceHealth({ ...BASE, checkedAt: T1, httpStatus: 200, finalUrl }).problems;
    assert.deepEqual(at('https://www.news.example/a?ref=1'), []);
    assert.deepEqual(at('http://news.example/b'), []);
    assert.deepEqual(at('https://news.example:8443/a'), ['moved']);
    assert.deepEqual(at('https://other.example/a'), ['moved']);
  });

  it('reads as a problem, fine, or a note when the quote could not be checked', async () => {
    const at = { ...BASE, checkedAt: T1, httpStatus: 200 };
    assert.equal(sourceHealthTone({ ...at, quoteFound: false }), 'problem');
    assert.equal(sourceHealthTone({ ...at, quoteFound: true }), 'ok');
    assert.equal(sourceHealthTone({ ...at, quoteFound: null, quoteUnchecked: 'no-quote' }), 'ok');
    assert.equal(sourceHealthTone({ ...at, quoteFound: null, quoteUnchecked: 'not-text' }), 'note');
  });

  it('an unchecked source has no problems and says so', async () => {
    assert.deepEqual(sourceHealth(BASE), { checked: false, problems: [] });
    assert.deepEqual(describeSourceHealth(BASE), ['not checked yet']);
  });

  it('builds a web-archive lookup for the time the source was attached, locally', async () => {
    assert.equal(suggestArchiveUrl(BASE), 'https://web.archive.org/web/20260110090000/https://news.example/a');
  });
});

describe('source health in the sidecar format', async () => {
  it('writes the new fields in a fixed order after the editor fields, and reads them back', async () => {
    const checked = await applyFetchOutcome(BASE, page('<p>nothing here</p>'), T1);
    const a = {
      ...annotate(DRAFT, '£4.2 million'),
      sources: [{ ...checked, archiveUrl: 'https://web.archive.org/web/2026/https://news.example/a' }],
    };
    const text = serializeSidecar(sidecar([a]));
    const keys = Object.keys(JSON.parse(text).annotations[0].sources[0]);
    assert.deepEqual(keys, [
      'id',
      'url',
      'title',
      'quote',
      'addedBy',
      'addedAt',
      'archiveUrl',
      'checkedAt',
      'httpStatus',
      'finalUrl',
      'contentType',
      'contentHash',
      'quoteFound',
    ]);
    const parsed = parseSidecar(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.file.annotations[0].sources[0], a.sources[0]);
  });

  it('an archive link is an editor edit: validated, http(s) only', async () => {
    const a = { ...annotate(DRAFT, '£4.2 million'), sources: [BASE] };
    const edited = editSource(a, BASE.id, { archiveUrl: 'https://web.archive.org/web/2026/https://news.example/a' }, 'Ben', T1);
    assert.equal(edited.sources[0].archiveUrl, 'https://web.archive.org/web/2026/https://news.example/a');
    assert.equal(edited.history.at(-1)?.action, 'source-edited');
    assert.throws(() => editSource(a, BASE.id, { archiveUrl: 'javascript:alert(1)' }, 'Ben', T1), /Only http and https/);
  });

  it("merge: the later check wins as a whole, without a conflict, and editors' edits still merge", async () => {
    const a = { ...annotate(DRAFT, '£4.2 million'), sources: [BASE] };
    const base = sidecar([a]);
    const ours = sidecar([{ ...a, sources: [await applyFetchOutcome(BASE, page('<p>The port handled 74 ships.</p>'), T2)] }]);
    const theirsSource = {
      ...(await applyFetchOutcome(BASE, { kind: 'failed', error: 'timeout', message: 't' }, T1)),
      note: 'call them',
      editedAt: T1,
      editedBy: 'Ben',
    };
    const theirs = sidecar([{ ...a, sources: [theirsSource] }]);
    const { file, conflicts } = mergeSidecars(base, ours, theirs);
    assert.deepEqual(conflicts, []);
    const merged = file.annotations[0].sources[0];
    assert.equal(merged.checkedAt, T2);
    assert.equal(merged.quoteFound, true);
    assert.equal(merged.fetchError, undefined);
    assert.equal(merged.note, 'call them');
    // Symmetric.
    assert.deepEqual(mergeSidecars(base, theirs, ours).file.annotations[0].sources[0], merged);
  });
});

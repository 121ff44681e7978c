/* eslint-disable @typescript-eslint/no-explicit-any -- these tests corrupt parsed JSON at arbitrary depths */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addSource,
  emptySidecar,
  hashText,
  needsMigration,
  parseSidecar,
  serializeSidecar,
  setNote,
  setStatus,
  type SidecarFile,
} from '../../../src/core/annotations';
import { annotate, DRAFT, sidecar, T1, T2 } from './fixtures';

function sample(): SidecarFile {
  const a = addSource(
    setStatus(annotate(DRAFT, '£4.2 million'), 'verified', 'Ana', T1),
    { url: 'https://council.example/b.pdf', title: 'Budget', quote: 'p. 4' },
    'Ana',
    T2,
    'src-bbbb',
  );
  const withTwo = addSource(a, { url: 'https://news.example/x', title: 'Report' }, 'Ben', T1, 'src-aaaa');
  const b = setNote(
    annotate(DRAFT, 'No other council in the region has published its figures', { kind: 'absolute' }),
    'Check the mayor said it.',
    'Ben',
    T2,
  );
  const c = annotate(DRAFT, 'three libraries', { kind: 'causal', manual: true });
  // Deliberately out of document order: the serializer sorts.
  return sidecar([c, withTwo, b]);
}

function parsed(text: string, draft?: string): SidecarFile {
  const result = parseSidecar(text, draft);
  if (!result.ok) assert.fail(result.error);
  return result.file;
}

function parseError(text: string, draft?: string): string {
  const result = parseSidecar(text, draft);
  assert.equal(result.ok, false, `expected an error for ${text.slice(0, 200)}`);
  return (result as { error: string }).error;
}

describe('sidecar format: writing', () => {
  it('round-trips and re-serialises byte for byte', () => {
    const file = sample();
    const text = serializeSidecar(file);
    const back = parsed(text);
    assert.equal(serializeSidecar(back), text);
    assert.deepEqual(
      back.annotations.map((a) => a.id),
      [...file.annotations].sort((x, y) => x.anchor.start - y.anchor.start).map((a) => a.id),
    );
  });

  it('writes 2-space JSON, one value per line, with a trailing newline and a fixed key order', () => {
    const text = serializeSidecar(sample());
    assert.ok(text.endsWith('}\n'));
    assert.match(text, /^\{\n {2}"version": 1,\n {2}"draft": "story.md",\n {2}"annotations": \[\n {4}\{\n {6}"id": /);
    const first = JSON.parse(text).annotations[0];
    assert.deepEqual(Object.keys(first), [
      'id',
      'kind',
      'status',
      'verifiedTextHash',
      'createdAt',
      'updatedAt',
      'anchor',
      'note',
      'sources',
      'history',
    ]);
    assert.deepEqual(Object.keys(first.anchor), ['start', 'end', 'prefix', 'exact', 'suffix']);
    assert.deepEqual(Object.keys(first.sources[1]), ['id', 'url', 'title', 'quote', 'addedBy', 'addedAt']);
    assert.deepEqual(Object.keys(first.history[1]), ['at', 'by', 'action', 'from', 'to']);
  });

  it('orders annotations by start then id, and sources by addedAt then id', () => {
    const file = sample();
    // '-' sorts first in the id alphabet: a random id may start with it, so the twin is all dashes.
    const twin = { ...file.annotations[1], id: '----------------' };
    const text = serializeSidecar({ ...file, annotations: [...file.annotations, twin] });
    const out = JSON.parse(text) as SidecarFile;
    const starts = out.annotations.map((a) => a.anchor.start);
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    assert.equal(out.annotations[0].id, '----------------');
    assert.deepEqual(
      out.annotations[1].sources.map((s) => s.id),
      ['src-aaaa', 'src-bbbb'],
    );
  });

  it('gives the same bytes whatever the input key and array order', () => {
    const file = sample();
    const shuffled: SidecarFile = {
      annotations: [...file.annotations].reverse().map((a) => ({ ...a, sources: [...a.sources].reverse() })),
      draft: file.draft,
      version: 1,
    };
    assert.equal(serializeSidecar(shuffled), serializeSidecar(file));
  });

  it('keeps unknown keys, after the known ones, at every level', () => {
    const text = serializeSidecar(sample());
    const raw = JSON.parse(text);
    raw.team = { desk: 'metro' };
    raw.annotations[0] = { zFuture: [1, 2], ...raw.annotations[0], reviewer: 'Cy' };
    raw.annotations[0].anchor.selector = 'css';
    raw.annotations[0].sources[0].archived = 'https://archive.example/x';
    raw.annotations[0].history[0].device = 'laptop';
    const again = serializeSidecar(parsed(JSON.stringify(raw)));
    const out = JSON.parse(again);
    assert.deepEqual(Object.keys(out), ['version', 'draft', 'annotations', 'team']);
    assert.deepEqual(Object.keys(out.annotations[0]).slice(-2), ['zFuture', 'reviewer']);
    assert.equal(out.annotations[0].anchor.selector, 'css');
    assert.equal(out.annotations[0].sources[0].archived, 'https://archive.example/x');
    assert.equal(out.annotations[0].history[0].device, 'laptop');
    assert.equal(serializeSidecar(parsed(again)), again);
  });

  it('writes false flags as absent', () => {
    const a = { ...annotate(DRAFT, 'three libraries'), manual: false, orphaned: false };
    const out = JSON.parse(serializeSidecar(sidecar([a]))).annotations[0];
    assert.equal('manual' in out, false);
    assert.equal('orphaned' in out, false);
  });

  it('writes an empty sidecar', () => {
    assert.equal(serializeSidecar(emptySidecar('a.md')), '{\n  "version": 1,\n  "draft": "a.md",\n  "annotations": []\n}\n');
  });
});

describe('sidecar format: reading errors', () => {
  const good = () => JSON.parse(serializeSidecar(sample()));

  function withChange(change: (raw: any) => void): string {
    const raw = good();
    change(raw);
    return JSON.stringify(raw, null, 2);
  }

  it('says "empty file" for empty and whitespace-only files', () => {
    assert.equal(parseError(''), 'empty file');
    assert.equal(parseError(' \n\t\n'), 'empty file');
  });

  it('reports JSON syntax errors with line and column', () => {
    const text = serializeSidecar(sample()).replace('"draft": "story.md",', '"draft": "story.md",,');
    const line = text.split('\n').findIndex((l) => l.includes(',,')) + 1;
    assert.match(parseError(text), new RegExp(`^line ${line}, column \\d+: `));
    assert.match(parseError('{\n  "version": 1,\n  x\n}'), /^line 3, column 3: /);
    assert.match(parseError('{"version": 1, "draft": "a.md", "annotations": ['), /^line 1, column \d+: /);
    assert.doesNotMatch(parseError('{,}'), /at position/);
  });

  const syntax: Array<[string, string]> = [
    ['{"version": 1,}', 'line 1, column 15: expected a property name in double quotes, found "}"'],
    ["{'version': 1}", 'line 1, column 2: expected a property name in double quotes, found "\'"'],
    ['{\n  "a": [1 2]\n}', 'line 2, column 11: expected "," or "]", found "2"'],
    ['{"a": 1 "b": 2}', `line 1, column 9: expected "," or "}", found """`],
    ['{"a" 1}', 'line 1, column 6: expected ":" after the property name, found "1"'],
    ['{"a": "unterminated\n}', 'line 1, column 20: a string runs past the end of the line (missing closing quote?)'],
    ['{"a": "bad \\x escape"}', 'line 1, column 12: invalid escape "\\x" in a string'],
    ['{"a": NaN}', 'line 1, column 7: unexpected "N" where a value should be'],
    ['{"a": -}', 'line 1, column 7: invalid number'],
    ['{"a": [', 'line 1, column 8: the file ends where a value should be (is it cut off?)'],
    ['{} {}', 'line 1, column 4: unexpected "{" after the end of the JSON value'],
  ];
  for (const [text, message] of syntax) {
    it(`locates the JSON error in ${JSON.stringify(text)}`, () => assert.equal(parseError(text), message));
  }

  it('accepts a byte order mark', () => {
    assert.equal(parsed(`\ufeff${serializeSidecar(sample())}`).annotations.length, 3);
  });

  it('refuses files from a newer version, saying which', () => {
    const error = parseError(withChange((raw) => (raw.version = 7)));
    assert.match(error, /written by a newer version of Draft Fact-Check \(version 7\)/);
    assert.match(error, /reads up to version 1/);
  });

  it('refuses non-object files', () => {
    assert.equal(parseError('[]'), 'the file: must be an object, not an array');
    assert.equal(parseError('42'), 'the file: must be an object, not 42');
    assert.equal(parseError('"x"'), 'the file: must be an object, not "x"');
    assert.equal(parseError('null'), 'the file: must be an object, not null');
  });

  it('checks the draft name', () => {
    assert.match(parseError(withChange((raw) => delete raw.draft)), /^draft: missing/);
    assert.match(parseError(withChange((raw) => (raw.draft = '../secret.md'))), /^draft: must be a file name without folders/);
    assert.match(parseError(serializeSidecar(sample()), 'other.md'), /^draft: this file holds annotations for "story.md", not "other.md"/);
    assert.equal(parsed(serializeSidecar(sample()), 'story.md').draft, 'story.md');
  });

  const cases: Array<[string, (raw: any) => void, RegExp]> = [
    ['version missing', (raw) => delete raw.version, /^version: missing/],
    ['version not a number', (raw) => (raw.version = '1'), /^version: must be a whole number, not "1"/],
    ['annotations missing', (raw) => delete raw.annotations, /^annotations: missing \(must be a list\)/],
    ['annotations not a list', (raw) => (raw.annotations = {}), /^annotations: must be a list, not an object/],
    ['annotation not an object', (raw) => (raw.annotations[1] = 'x'), /^annotations\[1\]: must be an object, not "x"/],
    ['bad id', (raw) => (raw.annotations[2].id = 'a b'), /^annotations\[2\]\.id: "a b" is not an id/],
    [
      'duplicate id',
      (raw) => (raw.annotations[2].id = raw.annotations[0].id),
      /^annotations\[2\]\.id: duplicate annotation id ".*" \(also annotations\[0\]\)/,
    ],
    ['bad kind', (raw) => (raw.annotations[0].kind = 'rumour'), /^annotations\[0\]\.kind: must be one of statistic, comparison/],
    [
      'bad status',
      (raw) => (raw.annotations[1].status = 'done'),
      /^annotations\[1\]\.status: must be one of unreviewed, verified, unverified, disputed, dismissed \(not "done"\)/,
    ],
    ['missing status', (raw) => delete raw.annotations[1].status, /^annotations\[1\]\.status: must be one of .* \(missing\)/],
    ['bad flag', (raw) => (raw.annotations[0].orphaned = 'yes'), /^annotations\[0\]\.orphaned: must be true or false/],
    [
      'bad hash',
      (raw) => (raw.annotations[0].verifiedTextHash = 'XYZ'),
      /^annotations\[0\]\.verifiedTextHash: "XYZ" is not 16 lowercase hex digits/,
    ],
    [
      'bad createdAt',
      (raw) => (raw.annotations[0].createdAt = 'yesterday'),
      /^annotations\[0\]\.createdAt: "yesterday" is not a date and time/,
    ],
    [
      'impossible date',
      (raw) => (raw.annotations[0].updatedAt = '2026-13-45T99:00:00Z'),
      /^annotations\[0\]\.updatedAt: .* is not a real date/,
    ],
    ['anchor missing', (raw) => delete raw.annotations[0].anchor, /^annotations\[0\]\.anchor: missing \(must be an object\)/],
    ['negative start', (raw) => (raw.annotations[0].anchor.start = -1), /^annotations\[0\]\.anchor\.start: must be at least 0, not -1/],
    ['fractional end', (raw) => (raw.annotations[0].anchor.end = 1.5), /^annotations\[0\]\.anchor\.end: must be a whole number, not 1\.5/],
    [
      'end before start',
      (raw) => (raw.annotations[0].anchor.end = raw.annotations[0].anchor.start - 1),
      /^annotations\[0\]\.anchor\.end: must not be before start/,
    ],
    ['empty exact', (raw) => (raw.annotations[0].anchor.exact = ''), /^annotations\[0\]\.anchor\.exact: must not be empty/],
    ['prefix not text', (raw) => (raw.annotations[0].anchor.prefix = null), /^annotations\[0\]\.anchor\.prefix: must be text, not null/],
    ['note missing', (raw) => delete raw.annotations[0].note, /^annotations\[0\]\.note: missing \(must be text\)/],
    ['sources not a list', (raw) => (raw.annotations[0].sources = 'x'), /^annotations\[0\]\.sources: must be a list/],
    [
      'source url unsafe',
      (raw) => (raw.annotations[0].sources[1].url = 'javascript:alert(1)'),
      /^annotations\[0\]\.sources\[1\]\.url: Only http and https/,
    ],
    [
      'source with credentials',
      (raw) => (raw.annotations[0].sources[0].url = 'https://a:b@x.example'),
      /^annotations\[0\]\.sources\[0\]\.url: .*user name or password/,
    ],
    [
      'source title empty',
      (raw) => (raw.annotations[0].sources[0].title = ' '),
      /^annotations\[0\]\.sources\[0\]\.title: must not be empty/,
    ],
    [
      'source duplicate id',
      (raw) => (raw.annotations[0].sources[1].id = raw.annotations[0].sources[0].id),
      /^annotations\[0\]\.sources\[1\]\.id: duplicate source id/,
    ],
    ['source addedAt', (raw) => delete raw.annotations[0].sources[0].addedAt, /^annotations\[0\]\.sources\[0\]\.addedAt: missing/],
    [
      'source editedAt',
      (raw) => (raw.annotations[0].sources[0].editedAt = 3),
      /^annotations\[0\]\.sources\[0\]\.editedAt: must be text, not 3/,
    ],
    ['source quote', (raw) => (raw.annotations[0].sources[0].quote = 3), /^annotations\[0\]\.sources\[0\]\.quote: must be text/],
    [
      'history entry action',
      (raw) => (raw.annotations[0].history[0].action = 'deleted'),
      /^annotations\[0\]\.history\[0\]\.action: must be one of created, status/,
    ],
    ['history entry by', (raw) => delete raw.annotations[0].history[0].by, /^annotations\[0\]\.history\[0\]\.by: missing/],
    ['history entry at', (raw) => (raw.annotations[0].history[0].at = ''), /^annotations\[0\]\.history\[0\]\.at: "" is not a date/],
    [
      'history entry detail',
      (raw) => (raw.annotations[0].history[0].detail = {}),
      /^annotations\[0\]\.history\[0\]\.detail: must be text, not an object/,
    ],
  ];
  for (const [name, change, message] of cases) {
    it(`explains: ${name}`, () => assert.match(parseError(withChange(change)), message));
  }
});

describe('sidecar format: migration from version 0', () => {
  const v0 = JSON.stringify({
    draft: 'story.md',
    claims: [
      {
        quote: '£4.2 million',
        start: 37,
        end: 49,
        status: 'verified',
        kind: 'statistic',
        editor: 'Ana',
        updated: '2025-11-02T08:00:00Z',
        sources: ['https://council.example/budget.pdf', { url: 'https://news.example/a', title: 'Local news' }],
        note: 'From the annual report.',
      },
      { quote: 'three libraries', start: 170, end: 185, status: 'flagged' },
      { quote: 'according to the mayor', start: 140, end: 162, status: 'ignored' },
    ],
    team: 'metro',
  });

  it('migrates claims to annotations and says it did', () => {
    const result = parseSidecar(v0, 'story.md');
    assert.ok(result.ok);
    assert.equal(result.migratedFrom, 0);
    assert.equal(needsMigration(result), true);
    const [a, b, c] = result.file.annotations;
    assert.equal(result.file.version, 1);
    assert.equal((result.file as unknown as Record<string, unknown>).team, 'metro', 'unknown keys survive migration');
    assert.deepEqual(a.anchor, { start: 37, end: 49, prefix: '', exact: '£4.2 million', suffix: '' });
    assert.equal(a.status, 'verified');
    assert.equal(a.verifiedTextHash, hashText('£4.2 million'));
    assert.equal(a.note, 'From the annual report.');
    assert.deepEqual(
      a.sources.map((s) => [s.url, s.title, s.addedBy, s.addedAt]),
      [
        ['https://council.example/budget.pdf', 'council.example', 'Ana', '2025-11-02T08:00:00Z'],
        ['https://news.example/a', 'Local news', 'Ana', '2025-11-02T08:00:00Z'],
      ],
    );
    assert.deepEqual(a.history, [
      { action: 'created', by: 'Ana', at: '2025-11-02T08:00:00Z', to: 'verified', detail: 'migrated from sidecar version 0' },
    ]);
    assert.equal(b.status, 'unverified');
    assert.equal(b.kind, 'event');
    assert.equal(b.history[0].by, 'unknown (migrated)');
    assert.equal(c.status, 'dismissed');
  });

  it('gives the same ids on every migration, so two editors migrating merge cleanly', () => {
    const one = parsed(v0, 'story.md');
    const two = parsed(v0, 'story.md');
    assert.deepEqual(one, two);
    assert.match(one.annotations[0].id, /^v0[0-9a-f]{16}$/);
  });

  it('writes a valid version 1 file that reads back unchanged', () => {
    const text = serializeSidecar(parsed(v0, 'story.md'));
    const again = parseSidecar(text, 'story.md');
    assert.ok(again.ok);
    assert.equal(again.migratedFrom, undefined);
    assert.equal(needsMigration(again), false);
    assert.equal(serializeSidecar(again.file), text);
  });

  it('accepts an explicit version 0 and takes the draft name from the caller when missing', () => {
    const file = parsed(JSON.stringify({ version: 0, claims: [] }), 'x.md');
    assert.equal(file.draft, 'x.md');
    assert.match(parseError(JSON.stringify({ claims: [] })), /^draft: missing/);
  });

  it('explains bad version 0 data with its own paths', () => {
    assert.match(
      parseError(JSON.stringify({ claims: [{ quote: 'x', start: 0, end: 1, status: 'maybe' }] }), 'a.md'),
      /^claims\[0\]\.status: must be one of unchecked, verified, flagged, disputed, ignored/,
    );
    assert.match(
      parseError(JSON.stringify({ claims: [{ quote: 'x', start: 0, end: 1, status: 'flagged', sources: ['ftp://x'] }] }), 'a.md'),
      /^claims\[0\]\.sources\[0\]: Only http and https/,
    );
    assert.match(
      parseError(JSON.stringify({ claims: [{ quote: '', start: 0, end: 1, status: 'flagged' }] }), 'a.md'),
      /^claims\[0\]\.quote: must not be empty/,
    );
    assert.match(
      parseError(JSON.stringify({ claims: [{ quote: 'x', start: 0, end: 1, status: 'flagged', kind: 'rumour' }] }), 'a.md'),
      /^claims\[0\]\.kind: must be one of statistic/,
    );
    assert.match(parseError(JSON.stringify({ claims: 'x' }), 'a.md'), /^version: missing/);
  });
});

describe('sidecar format: the documented examples', () => {
  // Tests run from out/test/unit/annotations; the docs stay in the repository.
  const doc = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'annotation-format.md'), 'utf8');
  const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);

  it('documents a version 1 file exactly as the writer writes it', () => {
    const file = parsed(blocks[0], 'story.md');
    assert.equal(serializeSidecar(file), blocks[0]);
  });

  it('documents a version 0 file that migrates', () => {
    const result = parseSidecar(blocks[1], 'story.md');
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.equal(result.migratedFrom, 0);
    assert.equal(result.file.annotations[0].status, 'unverified');
  });
});

/* eslint-disable @typescript-eslint/no-explicit-any -- these tests build hostile JSON at arbitrary depths */
import * as assert from 'node:assert/strict';
import { makeAnchor, mergeSidecars, parseSidecar, reanchor, serializeSidecar, type SidecarFile } from '../../../src/core/annotations';
import { MAX_JSON_DEPTH } from '../../../src/core/annotations/jsonLimits';
import { moveTo } from '../../../src/core/annotations/model';
import { annotate, DRAFT, sidecar, T1 } from './fixtures';

/** Sidecars arrive through git from other people: whatever they hold is kept or refused with a place, never dropped or crashed on (issue 14). */

const base = sidecar([{ ...annotate(DRAFT, '£4.2 million'), id: 'annotationA' }]);

function withTopLevel(json: string): string {
  return serializeSidecar(base).replace('"version": 1,', `"version": 1,\n  ${json},`);
}

function nested(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

function read(text: string): SidecarFile {
  const result = parseSidecar(text);
  if (!result.ok) assert.fail(result.error);
  return result.file;
}

describe('hostile sidecars', () => {
  it('refuses nesting deeper than the limit at parse time, with the place, and accepts the limit itself', () => {
    // The file object and the key's value: depth - 1 more levels inside it.
    const atLimit = withTopLevel(`"deep": ${nested(MAX_JSON_DEPTH - 1)}`);
    const written = serializeSidecar(read(atLimit));
    assert.deepEqual(JSON.parse(written).deep, JSON.parse(atLimit).deep);
    assert.equal(serializeSidecar(read(written)), written);
    const over = parseSidecar(withTopLevel(`"deep": ${nested(MAX_JSON_DEPTH)}`));
    assert.equal(over.ok, false);
    assert.match((over as { error: string }).error, /^line 3, column \d+: nested deeper than 64 levels/);
  });

  it('refuses 5,000 levels without a stack overflow, in valid and in broken JSON', () => {
    for (const text of [withTopLevel(`"deep": ${nested(5000)}`), withTopLevel(`"deep": ${'['.repeat(5000)}`), '['.repeat(200_000)]) {
      const result = parseSidecar(text);
      assert.equal(result.ok, false);
      assert.match((result as { error: string }).error, /^line \d+, column \d+: nested deeper than 64 levels/);
    }
  });

  it('refuses numbers that would not be written back as they are, with the place', () => {
    const cases: Array<[string, RegExp]> = [
      ['"n": 1e400', /^line 3, column 8: the number 1e400 is too large to store \(it would be written back as null\)/],
      ['"n": -1E+999', /^line 3, column 8: the number -1E\+999 is too large/],
      ['"n": 123456789012345678901', /^line 3, column 8: the whole number 123456789012345678901 is too large to keep exactly/],
      ['"a": [1, {"b": 1e309}]', /^line 3, column 18: the number 1e309/],
    ];
    for (const [json, message] of cases) {
      const result = parseSidecar(withTopLevel(json));
      assert.equal(result.ok, false, json);
      assert.match((result as { error: string }).error, message);
    }
    // Numbers inside strings are text, and exact large numbers are fine.
    const fine = withTopLevel('"s": "1e400", "n": 1e21, "m": 9007199254740993.5, "k": -0.5');
    assert.equal(read(fine).annotations.length, 1);
  });

  it('keeps unknown keys named like Object.prototype members through parse, serialize and merge', () => {
    const hostile = withTopLevel(
      '"constructor": 1, "toString": "t", "hasOwnProperty": [true], "__proto__": {"polluted": 1}, "valueOf": null',
    );
    const file = read(hostile);
    const written = serializeSidecar(file);
    assert.deepEqual(JSON.parse(written), JSON.parse(hostile));
    const keys = (f: SidecarFile) =>
      Object.keys(f)
        .filter((k) => !['version', 'draft', 'annotations'].includes(k))
        .sort();
    // Added on one side, on the other, or on both: kept every time.
    for (const [o, t] of [
      [file, base],
      [base, file],
      [file, file],
    ] as const) {
      const merged = mergeSidecars(base, o, t).file;
      assert.deepEqual(keys(merged), ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf']);
      assert.deepEqual(JSON.parse(serializeSidecar(merged)), JSON.parse(written));
    }
    // Removed on one side: removed, not resurrected from Object.prototype.
    assert.deepEqual(keys(mergeSidecars(file, file, base).file), []);
    assert.equal(({} as any).polluted, undefined);
  });

  it('keeps unknown keys of annotations named like Object.prototype members through merges', () => {
    const raw = JSON.parse(serializeSidecar(base));
    raw.annotations[0].constructor = 'kept';
    raw.annotations[0].toString = 7;
    const theirs = read(JSON.stringify(raw));
    const merged = mergeSidecars(base, base, theirs).file.annotations[0] as any;
    assert.equal(Object.hasOwn(merged, 'constructor') && merged.constructor, 'kept');
    assert.equal(Object.hasOwn(merged, 'toString') && merged.toString, 7);
  });

  it('keeps unknown anchor keys when an annotation moves or its context is refreshed', () => {
    const a = { ...base.annotations[0], anchor: { ...base.annotations[0].anchor, selector: 'css' } };
    const moved = moveTo(a, makeAnchor(`Intro. ${DRAFT}`, a.anchor.start + 7, a.anchor.end + 7), 'Ana', T1);
    assert.equal((moved.anchor as any).selector, 'css');
    // Same place, new words around it: the kept anchor gets fresh context.
    const refreshed = reanchor([a], DRAFT.replace('on consultants', 'on contractors')).annotations[0];
    assert.notEqual(refreshed.anchor.suffix, a.anchor.suffix);
    assert.equal((refreshed.anchor as any).selector, 'css');
  });
});

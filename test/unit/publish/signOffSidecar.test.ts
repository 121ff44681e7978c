/* eslint-disable @typescript-eslint/no-explicit-any -- these tests corrupt parsed JSON */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { mergeSidecars, parseSidecar, serializeSidecar, setStatus, type SidecarFile } from '../../../src/core/annotations';
import { createSignOff, mergePolicy } from '../../../src/core/publish';
import { annotate, DRAFT, sidecar, T1, T2, T3 } from '../annotations/fixtures';

const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'schemas', 'factcheck.schema.json'), 'utf8'));
const validateWithSchema = new Ajv({ allErrors: true, strict: true }).compile(schema);

function signed(by = 'Ana', at = T2): SidecarFile {
  const file = sidecar([setStatus(annotate(DRAFT, '£4.2 million'), 'verified', 'Ana', T1)]);
  return { ...file, signOff: createSignOff(DRAFT, mergePolicy(), by, at) };
}

describe('signOff in the sidecar', () => {
  it('is written after draft, with its keys in a fixed order, and reads back equal', () => {
    const file = signed();
    const shuffled = {
      annotations: file.annotations,
      signOff: { policy: { minScore: 0.7, failOn: file.signOff!.policy.failOn }, textHash: file.signOff!.textHash, at: T2, by: 'Ana' },
      draft: file.draft,
      version: 1,
    };
    const text = serializeSidecar(shuffled as SidecarFile);
    assert.equal(text, serializeSidecar(file));
    assert.deepEqual(Object.keys(JSON.parse(text)), ['version', 'draft', 'signOff', 'annotations']);
    assert.deepEqual(Object.keys(JSON.parse(text).signOff), ['by', 'at', 'textHash', 'policy']);
    assert.deepEqual(Object.keys(JSON.parse(text).signOff.policy), ['failOn', 'minScore']);
    const read = parseSidecar(text, 'story.md');
    assert.ok(read.ok);
    if (read.ok) assert.deepEqual(read.file.signOff, file.signOff);
  });

  it('is optional: a file without it has no signOff key', () => {
    const text = serializeSidecar({ ...signed(), signOff: undefined });
    assert.equal('signOff' in JSON.parse(text), false);
    assert.equal(validateWithSchema(JSON.parse(text)), true);
  });

  it('unknown keys inside it are kept', () => {
    const raw: any = JSON.parse(serializeSidecar(signed()));
    raw.signOff.comment = 'for the 6pm edition';
    const read = parseSidecar(JSON.stringify(raw));
    assert.ok(read.ok);
    if (read.ok) assert.equal(JSON.parse(serializeSidecar(read.file)).signOff.comment, 'for the 6pm edition');
  });

  it('the example in docs/annotation-format.md is a valid signOff', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'annotation-format.md'), 'utf8');
    const example = /### The sign-off[\s\S]*?```jsonc\n([\s\S]*?)```/.exec(doc)?.[1];
    assert.ok(example, 'no example');
    const raw: any = JSON.parse(serializeSidecar(signed()));
    raw.signOff = JSON.parse(`{${example}}`).signOff;
    assert.ok(parseSidecar(JSON.stringify(raw)).ok);
    assert.equal(validateWithSchema(raw), true);
  });

  const bad: Array<[string, (raw: any) => void, RegExp]> = [
    ['not an object', (raw) => (raw.signOff = 'yes'), /^signOff: must be an object/],
    ['no by', (raw) => delete raw.signOff.by, /^signOff\.by: missing/],
    ['bad date', (raw) => (raw.signOff.at = 'today'), /^signOff\.at: "today" is not a date and time/],
    ['bad hash', (raw) => (raw.signOff.textHash = 'ABC'), /^signOff\.textHash: "ABC" is not 16 lowercase hex digits/],
    ['no policy', (raw) => delete raw.signOff.policy, /^signOff\.policy: missing/],
    ['unknown condition', (raw) => (raw.signOff.policy.failOn = ['maybe']), /^signOff\.policy\.failOn\[0\]: must be one of/],
    ['score out of range', (raw) => (raw.signOff.policy.minScore = 2), /^signOff\.policy\.minScore: must be from 0 to 1/],
  ];
  for (const [name, change, message] of bad) {
    it(`the validator and the schema both refuse a bad signOff: ${name}`, () => {
      const raw: any = JSON.parse(serializeSidecar(signed()));
      assert.equal(validateWithSchema(raw), true);
      change(raw);
      const read = parseSidecar(JSON.stringify(raw));
      assert.equal(read.ok, false);
      if (!read.ok) assert.match(read.error, message);
      assert.equal(validateWithSchema(raw), false, 'the schema accepted it');
    });
  }
});

describe('signOff in three-way merges', () => {
  const unsigned = (): SidecarFile => ({ ...signed(), signOff: undefined });

  it('takes a sign-off made on one side only', () => {
    const { file, conflicts } = mergeSidecars(unsigned(), signed(), unsigned());
    assert.deepEqual(file.signOff, signed().signOff);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(mergeSidecars(unsigned(), unsigned(), signed()).file.signOff, signed().signOff);
  });

  it('takes a revocation made on one side only', () => {
    const { file, conflicts } = mergeSidecars(signed(), signed(), unsigned());
    assert.equal(file.signOff, undefined);
    assert.equal('signOff' in JSON.parse(serializeSidecar(file)), false);
    assert.deepEqual(conflicts, []);
  });

  it('two different sign-offs: the later one, reported as a conflict, the same whichever side is ours', () => {
    const early = signed('Ana', T2);
    const late = signed('Ben', T3);
    for (const [ours, theirs] of [
      [early, late],
      [late, early],
    ]) {
      const { file, conflicts } = mergeSidecars(unsigned(), ours, theirs);
      assert.equal(file.signOff?.by, 'Ben');
      assert.deepEqual(
        conflicts.map((c) => [c.field, c.message]),
        [['signOff', `signOff: kept "signed off by Ben at ${T3}" over "signed off by Ana at ${T2}"`]],
      );
    }
  });

  it('revoked on one side, signed again on the other: revoked, reported as a conflict', () => {
    const { file, conflicts } = mergeSidecars(signed('Ana', T2), unsigned(), signed('Ben', T3));
    assert.equal(file.signOff, undefined);
    assert.deepEqual(
      conflicts.map((c) => c.field),
      ['signOff'],
    );
  });
});

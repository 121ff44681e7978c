/* eslint-disable @typescript-eslint/no-explicit-any -- these tests corrupt parsed JSON at arbitrary depths */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { addSource, CLAIM_STATUSES, emptySidecar, parseSidecar, serializeSidecar, setStatus } from '../../../src/core/annotations';
import { KEY_ORDER } from '../../../src/core/annotations/sidecarFormat';
import { HISTORY_ACTIONS } from '../../../src/core/annotations/validate';
import { CLAIM_KINDS } from '../../../src/core/claims/types';
import { annotate, DRAFT, sidecar, T1, T2 } from './fixtures';

// Tests run from out/test/unit/annotations; the schema stays in the repository.
const schemaPath = join(__dirname, '..', '..', '..', '..', 'schemas', 'factcheck.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const validateWithSchema = new Ajv({ allErrors: true, strict: true }).compile(schema);

function validFixture(): any {
  const a = addSource(
    setStatus(annotate(DRAFT, '£4.2 million'), 'verified', 'Ana', T1),
    { url: 'https://council.example/b.pdf', title: 'Budget', quote: 'p. 4', note: 'n' },
    'Ana',
    T2,
    'src-0001',
  );
  const b = { ...annotate(DRAFT, 'three libraries', { kind: 'causal', manual: true }), orphaned: true, changedSinceVerification: true };
  return JSON.parse(serializeSidecar(sidecar([a, b])));
}

function agree(raw: unknown): { hand: boolean; schema: boolean; handError?: string; schemaErrors?: string } {
  const hand = parseSidecar(JSON.stringify(raw));
  const schemaOk = validateWithSchema(raw) as boolean;
  return {
    hand: hand.ok,
    schema: schemaOk,
    handError: hand.ok ? undefined : hand.error,
    schemaErrors: schemaOk ? undefined : JSON.stringify(validateWithSchema.errors),
  };
}

function mutated(change: (raw: any) => void): any {
  const raw = validFixture();
  change(raw);
  return raw;
}

describe('sidecar JSON Schema and the hand-written validator agree', () => {
  it('is a valid draft-07 schema with an $id and a description on every field', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.match(schema.$id, /^https:\/\//);
    const missing: string[] = [];
    const walk = (node: any, path: string) => {
      for (const [name, sub] of Object.entries<any>(node.properties ?? {})) {
        if (!sub.description && !sub.$ref) missing.push(`${path}.${name}`);
        walk(sub, `${path}.${name}`);
      }
    };
    walk(schema, '#');
    for (const [name, def] of Object.entries<any>(schema.definitions)) {
      if (!def.description) missing.push(`#/definitions/${name}`);
      walk(def, `#/definitions/${name}`);
    }
    assert.deepEqual(missing, []);
  });

  it('lists exactly the fields, kinds, statuses and actions the code knows', () => {
    const keys = (def: any) => Object.keys(def.properties).sort();
    assert.deepEqual(keys(schema), [...KEY_ORDER.file].sort());
    assert.deepEqual(keys(schema.definitions.annotation), [...KEY_ORDER.annotation].sort());
    assert.deepEqual(keys(schema.definitions.anchor), [...KEY_ORDER.anchor].sort());
    assert.deepEqual(keys(schema.definitions.source), [...KEY_ORDER.source].sort());
    assert.deepEqual(keys(schema.definitions.historyEntry), [...KEY_ORDER.history].sort());
    assert.deepEqual(schema.definitions.annotation.properties.kind.enum, [...CLAIM_KINDS]);
    assert.deepEqual(schema.definitions.annotation.properties.status.enum, [...CLAIM_STATUSES]);
    assert.deepEqual(schema.definitions.historyEntry.properties.action.enum, [...HISTORY_ACTIONS]);
  });

  it('both accept what the extension writes', () => {
    const checked = mutated((raw) =>
      Object.assign(raw.annotations[0].sources[0], {
        archiveUrl: 'https://web.archive.org/web/20260110/https://council.example/b.pdf',
        checkedAt: T2,
        httpStatus: 200,
        finalUrl: 'https://www.council.example/b.pdf',
        contentType: 'application/pdf',
        contentHash: '0123456789abcdef',
        contentChanged: true,
        quoteFound: null,
        quoteUnchecked: 'not-text',
      }),
    );
    const failed = mutated((raw) =>
      Object.assign(raw.annotations[0].sources[0], { checkedAt: T2, fetchError: 'timeout', quoteFound: false }),
    );
    for (const fixture of [
      validFixture(),
      checked,
      failed,
      JSON.parse(serializeSidecar(emptySidecar('a.md'))),
      mutated((raw) => (raw.future = { x: 1 })),
    ]) {
      assert.deepEqual(agree(fixture), { hand: true, schema: true, handError: undefined, schemaErrors: undefined });
    }
  });

  const bothReject: Array<[string, (raw: any) => void]> = [
    ['no version', (raw) => delete raw.version],
    ['newer version', (raw) => (raw.version = 2)],
    ['draft with a folder', (raw) => (raw.draft = 'a/b.md')],
    ['empty draft', (raw) => (raw.draft = '')],
    ['annotations not a list', (raw) => (raw.annotations = {})],
    ['bad id', (raw) => (raw.annotations[0].id = 'no spaces please')],
    ['short id', (raw) => (raw.annotations[0].id = 'abc')],
    ['bad kind', (raw) => (raw.annotations[0].kind = 'rumour')],
    ['bad status', (raw) => (raw.annotations[0].status = 'flagged')],
    ['flag not boolean', (raw) => (raw.annotations[1].manual = 1)],
    ['bad hash', (raw) => (raw.annotations[0].verifiedTextHash = 'abc')],
    ['bad date', (raw) => (raw.annotations[0].createdAt = '10/01/2026')],
    ['date without zone', (raw) => (raw.annotations[0].updatedAt = '2026-01-10T10:00:00')],
    ['no anchor', (raw) => delete raw.annotations[0].anchor],
    ['negative start', (raw) => (raw.annotations[0].anchor.start = -3)],
    ['fractional end', (raw) => (raw.annotations[0].anchor.end = 2.5)],
    ['empty exact', (raw) => (raw.annotations[0].anchor.exact = '')],
    ['no prefix', (raw) => delete raw.annotations[0].anchor.prefix],
    ['no note', (raw) => delete raw.annotations[0].note],
    ['note not text', (raw) => (raw.annotations[0].note = 5)],
    ['no history', (raw) => delete raw.annotations[0].history],
    ['javascript: source', (raw) => (raw.annotations[0].sources[0].url = 'javascript:alert(1)')],
    ['relative source URL', (raw) => (raw.annotations[0].sources[0].url = '/budget.pdf')],
    ['blank source title', (raw) => (raw.annotations[0].sources[0].title = '   ')],
    ['no addedBy', (raw) => delete raw.annotations[0].sources[0].addedBy],
    ['bad editedAt', (raw) => (raw.annotations[0].sources[0].editedAt = 'now')],
    ['bad history action', (raw) => (raw.annotations[0].history[0].action = 'deleted')],
    ['history from not text', (raw) => (raw.annotations[0].history[1].from = 1)],
    ['file: archive URL', (raw) => (raw.annotations[0].sources[0].archiveUrl = 'file:///etc/passwd')],
    ['javascript: final URL', (raw) => (raw.annotations[0].sources[0].finalUrl = 'javascript:alert(1)')],
    ['bad checkedAt', (raw) => (raw.annotations[0].sources[0].checkedAt = 'yesterday')],
    ['HTTP status out of range', (raw) => (raw.annotations[0].sources[0].httpStatus = 999)],
    ['HTTP status as text', (raw) => (raw.annotations[0].sources[0].httpStatus = '200')],
    ['bad content hash', (raw) => (raw.annotations[0].sources[0].contentHash = 'xyz')],
    ['quoteFound as text', (raw) => (raw.annotations[0].sources[0].quoteFound = 'yes')],
    ['unknown quoteUnchecked reason', (raw) => (raw.annotations[0].sources[0].quoteUnchecked = 'lazy')],
    ['unknown fetchError', (raw) => (raw.annotations[0].sources[0].fetchError = 'gremlins')],
  ];
  for (const [name, change] of bothReject) {
    it(`both reject: ${name}`, () => {
      const result = agree(mutated(change));
      assert.equal(result.hand, false, 'hand-written validator accepted it');
      assert.equal(result.schema, false, 'schema accepted it');
    });
  }

  // What a JSON Schema cannot express; the validator is stricter here on purpose.
  const validatorOnly: Array<[string, (raw: any) => void]> = [
    ['duplicate annotation ids', (raw) => (raw.annotations[1].id = raw.annotations[0].id)],
    ['end before start', (raw) => (raw.annotations[0].anchor.end = raw.annotations[0].anchor.start - 1)],
    ['credentials in a source URL', (raw) => (raw.annotations[0].sources[0].url = 'https://user:pw@council.example/')],
    ['impossible date', (raw) => (raw.annotations[0].createdAt = '2026-02-31T25:00:00Z')],
  ];
  for (const [name, change] of validatorOnly) {
    it(`only the validator rejects: ${name}`, () => {
      const result = agree(mutated(change));
      assert.equal(result.hand, false);
      assert.equal(result.schema, true);
    });
  }
});

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectClaims, streamClaims } from '../../../src/core/claims';
import { goldenHashes, unitGoldenInputs } from './goldenCorpus';

const ROOT = join(__dirname, '../../../..');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'claims-golden.json');

interface GoldenFile {
  regenerate: string;
  hashes: Record<string, { input: string; output: string }>;
}

describe('claim detection golden output', () => {
  it('returns exactly the stored claims for samples/, the fixtures (with option variants) and a seeded varied corpus', function () {
    this.timeout(60_000);
    const golden = JSON.parse(readFileSync(FIXTURE, 'utf8')) as GoldenFile;
    const inputs = unitGoldenInputs(ROOT);
    const changedInput: string[] = [];
    const changedOutput: string[] = [];
    for (const input of inputs) {
      const found = goldenHashes(input);
      const expected = golden.hashes[input.name];
      if (expected?.input !== found.input) changedInput.push(input.name);
      else if (expected.output !== found.output) changedOutput.push(input.name);
    }
    const gone = Object.keys(golden.hashes).filter((name) => !inputs.some((i) => i.name === name));
    const how = `If the change is intended, regenerate the hashes with \`${golden.regenerate}\` and commit test/fixtures/claims-golden.json.`;
    assert.deepEqual(changedOutput, [], `detectClaims output changed for ${changedOutput.length} of ${inputs.length} inputs. ${how}`);
    assert.deepEqual([...changedInput, ...gone], [], `the golden inputs changed (a draft added, edited or removed). ${how}`);
    assert.ok(inputs.length > 100, `only ${inputs.length} golden inputs`);
  });

  it('streams exactly the claims detectClaims returns, in the same order, for every golden input', function () {
    this.timeout(60_000);
    for (const input of unitGoldenInputs(ROOT)) {
      assert.deepEqual(
        [...streamClaims(input.text, input.language, input.options)],
        detectClaims(input.text, input.language, input.options),
        input.name,
      );
    }
  });
});

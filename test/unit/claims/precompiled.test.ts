import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import '../../../src/core/claims';
import '../../../src/core/consistency/check';
import '../../../src/core/library/fingerprint';
import { precompiled, precompiledCount, precompilePatterns } from '../../../src/core/text/precompiled';

const root = join(__dirname, '..', '..', '..', '..');
/** The modules whose patterns run on every draft in the editor: the engine, figures and the library's fingerprints. */
const ENGINE_FILES = [
  ...readdirSync(join(root, 'src', 'core', 'claims')).map((f) => join('claims', f)),
  join('text', 'quantities.ts'),
  join('consistency', 'check.ts'),
  join('library', 'fingerprint.ts'),
].filter((f) => f.endsWith('.ts'));

/** Module-level pattern constants (`const X = /…/`, `const X = new RegExp(…)`, or either on the next line). */
const PATTERN_CONSTANT = /^(?:export )?const (\w+)(?:: RegExp)? =\s*(precompiled\()?\s*(?:\/(?!\/)|new RegExp\()/gm;

describe('precompiled patterns', () => {
  it('registers every module-level pattern of the engine, so none is left to the regexp interpreter', () => {
    const unregistered: string[] = [];
    let registered = 0;
    for (const file of ENGINE_FILES) {
      const source = readFileSync(join(root, 'src', 'core', file), 'utf8');
      for (const match of source.matchAll(PATTERN_CONSTANT)) {
        if (match[2]) registered++;
        else unregistered.push(`${file}: ${match[1]}`);
      }
    }
    assert.deepEqual(unregistered, [], 'wrap these in precompiled(…)');
    assert.ok(registered > 100, `${registered} patterns found`);
    assert.ok(precompiledCount() >= registered, `${precompiledCount()} registered, ${registered} in the sources`);
  });

  it('compiles until told to stop, keeps each pattern lastIndex, and then has nothing left', () => {
    const sticky = precompiled(/ab/gy);
    sticky.lastIndex = 1;
    assert.equal(
      precompilePatterns(() => true),
      false,
      'stopped before the first pattern',
    );
    assert.equal(sticky.lastIndex, 1);
    assert.equal(precompilePatterns(), true);
    assert.equal(sticky.lastIndex, 1, 'compiling left lastIndex as it was');
    assert.equal(sticky.exec('xab')?.index, 1, 'the pattern still matches from its lastIndex');
    let asked = 0;
    assert.equal(
      precompilePatterns(() => ++asked > 0),
      true,
    );
    assert.equal(asked, 0, 'nothing left to compile');
  });
});

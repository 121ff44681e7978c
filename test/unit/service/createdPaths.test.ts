import * as assert from 'node:assert/strict';
import { ignoredCreatedPath, sweepOfCreated } from '../../../src/service/library/createdPaths';

describe('service: sweeping new folders for sidecars a watcher missed', () => {
  it('keeps only the top-most created paths, whatever order they were reported in', () => {
    const sweep = sweepOfCreated(
      ['file:///ws/desk/archive/port.md', 'file:///ws/desk', 'file:///ws/desk/archive', 'file:///ws/desk-b', 'file:///ws/notes.md'],
      10,
    );
    // "desk-b" is no child of "desk": only a path below "desk/" is covered by it.
    assert.deepEqual(sweep, { kind: 'paths', paths: ['file:///ws/desk', 'file:///ws/desk-b', 'file:///ws/notes.md'] });
  });

  it('leaves sidecars to the library watcher and counts a path reported twice once', () => {
    const sweep = sweepOfCreated(['/ws/a.md.factcheck.json', '/ws/new', '/ws/new'], 10);
    assert.deepEqual(sweep, { kind: 'paths', paths: ['/ws/new'] });
  });

  it('a burst bigger than the limit (a checkout) checks the whole library instead', () => {
    const burst = Array.from({ length: 11 }, (_, i) => `/ws/story-${i}`);
    assert.deepEqual(sweepOfCreated(burst.slice(0, 10), 10).kind, 'paths');
    assert.deepEqual(sweepOfCreated(burst, 10), { kind: 'all' });
    // Paths below one new folder count as that folder.
    assert.deepEqual(sweepOfCreated(['/ws/desk', ...burst.map((p) => p.replace('/ws/', '/ws/desk/'))], 10), {
      kind: 'paths',
      paths: ['/ws/desk'],
    });
  });

  it('ignores version control and installed packages, as the library walk does, but not the .factcheck folder', () => {
    assert.equal(ignoredCreatedPath('.git/refs/heads/main'), true);
    assert.equal(ignoredCreatedPath('site/node_modules/pkg'), true);
    assert.equal(ignoredCreatedPath('stories/.factcheck/a.md.factcheck.json'), false);
    assert.equal(ignoredCreatedPath('stories/2026/march'), false);
  });
});

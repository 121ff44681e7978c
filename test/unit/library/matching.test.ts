import * as assert from 'node:assert/strict';
import { reuseVerification } from '../../../src/core/annotations';
import type { Annotation } from '../../../src/core/annotations/types';
import { ClaimLibrary, libraryEntries, type LibraryEntry } from '../../../src/core/library';

const NOW = '2026-12-03T10:00:00.000Z';

function entry(draft: string, id: string, text: string, status: LibraryEntry['status'] = 'verified'): LibraryEntry {
  return {
    draft,
    id,
    status,
    text,
    by: 'Ana',
    at: NOW,
    sources: [{ id: `${id}-s`, url: 'https://example.org/a', title: 'Report', addedBy: 'Ana', addedAt: NOW }],
  };
}

function annotation(partial: Partial<Annotation> & { text: string }): Annotation {
  return {
    id: partial.id ?? 'ann-0001',
    anchor: { exact: partial.text, prefix: '', suffix: '', start: 0, end: partial.text.length },
    kind: 'statistic',
    status: partial.status ?? 'verified',
    sources: partial.sources ?? [],
    note: '',
    history: partial.history ?? [{ action: 'created', by: 'Ana', at: NOW, to: partial.status ?? 'verified' }],
    createdAt: NOW,
    updatedAt: NOW,
  };
}

describe('claim library matching', () => {
  const library = new ClaimLibrary();
  library.setDraft('port-strike.md', [entry('port-strike.md', 'a1', 'The strike stranded 74 ships in the harbour of Rotterdam.')]);
  library.setDraft('huawei.md', [entry('huawei.md', 'h1', 'Huawei has signed commercial 5G contracts with more than 20 countries.')]);
  library.setDraft('budget.md', [entry('budget.md', 'b1', 'The council approved a budget of €2.3m on 3 December.', 'disputed')]);

  it('finds the same fact in other words, with figures written differently', () => {
    const [match] = library.match('Huawei has 5G contracts with more than twenty countries');
    assert.equal(match?.entry.id, 'h1');
    assert.equal(match.conflict, false);
    assert.ok(match.similarity >= 0.6 && match.similarity <= 1);
  });

  it('shows the same wording with other figures as a conflict, never as the same fact', () => {
    const [match] = library.match('The strike stranded 47 ships in the harbour of Rotterdam.');
    assert.equal(match?.entry.id, 'a1');
    assert.equal(match.conflict, true);
    assert.deepEqual(match.theySay, ['74 ships']);
  });

  it('requires the same dates and names', () => {
    assert.equal(library.match('The council approved a budget of €2.3m on 4 December.')[0]?.conflict, true);
    assert.deepEqual(library.match('The strike stranded 74 ships in the harbour of Antwerp.'), [], 'another port is another fact');
  });

  it('does not match unrelated claims or the draft itself', () => {
    assert.deepEqual(library.match('The mayor opened a new library in the old station.'), []);
    assert.deepEqual(library.match('The strike stranded 74 ships in the harbour of Rotterdam.', { excludeDraft: 'port-strike.md' }), []);
  });

  it('updates incrementally: replacing and removing a draft', () => {
    const lib = new ClaimLibrary();
    lib.setDraft('a.md', [entry('a.md', 'x1', 'The bridge carries 38,000 vehicles a day.')]);
    assert.equal(lib.size, 1);
    lib.setDraft('a.md', [entry('a.md', 'x2', 'The tunnel carries 12,000 vehicles a day.')]);
    assert.equal(lib.size, 1);
    assert.equal(lib.match('The bridge carries 38,000 vehicles daily.').length, 0);
    assert.equal(lib.match('The tunnel carries 12,000 vehicles daily.')[0]?.entry.id, 'x2');
    lib.removeDraft('a.md');
    assert.equal(lib.size, 0);
    assert.deepEqual(lib.match('The tunnel carries 12,000 vehicles daily.'), []);
  });

  it('changes its revision with every change of its entries, and only then (matches are kept per revision)', () => {
    const lib = new ClaimLibrary();
    const revisions = [lib.revision];
    lib.setDraft('a.md', [entry('a.md', 'x1', 'The bridge carries 38,000 vehicles a day.')]);
    revisions.push(lib.revision);
    lib.match('The bridge carries 38,000 vehicles daily.');
    lib.removeDraft('b.md'); // not in the library: nothing changes
    revisions.push(lib.revision);
    lib.setDraft('a.md', []);
    revisions.push(lib.revision);
    lib.setDraft('a.md', []);
    revisions.push(lib.revision);
    assert.equal(new Set(revisions.slice(0, 2)).size, 2);
    assert.equal(revisions[2], revisions[1], 'matching and removing an absent draft change nothing');
    assert.notEqual(revisions[3], revisions[2]);
  });

  it('indexes only reviewed annotations, with who set the status', () => {
    const entries = libraryEntries('d.md', [
      annotation({
        id: 'ann-0001',
        text: 'Verified claim',
        status: 'verified',
        history: [
          { action: 'created', by: 'Bo', at: NOW },
          { action: 'status', by: 'Ana', at: '2026-12-04T00:00:00.000Z', from: 'unreviewed', to: 'verified' },
        ],
      }),
      annotation({ id: 'ann-0002', text: 'Unreviewed claim', status: 'unreviewed' }),
      annotation({ id: 'ann-0003', text: 'Dismissed', status: 'dismissed' }),
      annotation({ id: 'ann-0004', text: 'Disputed claim', status: 'disputed' }),
    ]);
    assert.deepEqual(
      entries.map((e) => e.id),
      ['ann-0001', 'ann-0004'],
    );
    assert.equal(entries[0].by, 'Ana');
    assert.equal(entries[0].at, '2026-12-04T00:00:00.000Z');
  });
});

describe('reuseVerification', () => {
  it('copies status and sources with one reused entry whose detail is path#id', () => {
    const target = annotation({ text: 'Huawei has 5G contracts with 20 countries', status: 'unreviewed', sources: [] });
    const reused = reuseVerification(
      target,
      { origin: 'stories/huawei.md#h1', status: 'verified', sources: entry('x', 'h1', 'x').sources },
      'Bo',
      NOW,
    );
    assert.equal(reused.status, 'verified');
    assert.equal(reused.sources.length, 1);
    assert.equal(reused.sources[0].url, 'https://example.org/a');
    assert.notEqual(reused.sources[0].id, 'h1-s', 'copies get their own ids');
    assert.equal(reused.sources[0].addedBy, 'Bo');
    const last = reused.history[reused.history.length - 1];
    assert.deepEqual(
      { action: last.action, detail: last.detail, from: last.from, to: last.to },
      { action: 'reused', detail: 'stories/huawei.md#h1', from: 'unreviewed', to: 'verified' },
    );
    assert.ok(reused.verifiedTextHash, 'a reused verification is a verification of this text');
  });

  it('does not add a source twice and refuses unsafe URLs', () => {
    const sources = [
      { id: 'src-0001', url: 'https://example.org/a', title: 'A', addedBy: 'Ana', addedAt: NOW },
      { id: 'src-0002', url: 'javascript:alert(1)', title: 'bad', addedBy: 'Ana', addedAt: NOW },
    ];
    const target = annotation({ text: 'claim', status: 'unverified', sources: [sources[0]] });
    const reused = reuseVerification(target, { origin: 'a.md#x', status: 'disputed', sources }, 'Bo', NOW);
    assert.deepEqual(
      reused.sources.map((s) => s.url),
      ['https://example.org/a'],
    );
    assert.equal(reused.status, 'disputed');
    assert.throws(() => reuseVerification(target, { origin: 'a.md#x', status: 'unreviewed', sources }, 'Bo', NOW), /Only a verified/);
  });
});

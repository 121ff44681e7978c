import * as assert from 'node:assert/strict';
import { CLAIM_STATUSES, type HistoryAction } from '../../../src/core/annotations/types';
import { KIND_LABELS } from '../../../src/core/claims/describe';
import { CLAIM_KINDS } from '../../../src/core/claims/types';
import { translator } from '../../../src/webview/context';
import { formatScore, formatTimestamp, snippet } from '../../../src/webview/model/format';
import { buildMeter } from '../../../src/webview/model/meter';
import { validateSourceForm } from '../../../src/webview/model/sourceForm';
import { INITIAL_VIEW_STATE, restoreViewState } from '../../../src/webview/model/viewState';
import { DESK_STRINGS, format } from '../../../src/webview/strings';
import { manyItems, reviewItem } from './items';

describe('desk meter', () => {
  it('counts statuses and shares, leaving dismissed claims out of the total', () => {
    const items = [
      reviewItem(0, 'a', { status: 'verified' }),
      reviewItem(2, 'b', { status: 'verified' }),
      reviewItem(4, 'c', { status: 'disputed' }),
      reviewItem(6, 'd'),
    ];
    const meter = buildMeter(items, [reviewItem(8, 'e', { status: 'dismissed' })]);
    assert.equal(meter.counts.total, 4);
    assert.equal(meter.dismissed, 1);
    assert.deepEqual(
      meter.segments.map((s) => [s.status, s.count, s.percent]),
      [
        ['verified', 2, 50],
        ['unverified', 0, 0],
        ['disputed', 1, 25],
        ['unreviewed', 1, 25],
      ],
    );
  });

  it('is all zeros for a draft without claims', () => {
    const meter = buildMeter([], []);
    assert.equal(meter.counts.total, 0);
    assert.ok(meter.segments.every((s) => s.percent === 0));
  });

  it('adds up to 100% on a long draft', () => {
    const meter = buildMeter(manyItems(5000), []);
    assert.equal(Math.round(meter.segments.reduce((sum, s) => sum + s.percent, 0)), 100);
    assert.equal(meter.counts.verified, 1000);
  });
});

describe('desk source form', () => {
  const blank = { url: '', title: '', quote: '', note: '' };

  it('requires a URL', () => {
    const result = validateSourceForm(blank);
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.errors.url);
  });

  it('accepts only http and https', () => {
    for (const url of [
      'javascript:alert(1)',
      'command:workbench.action.terminal.new',
      'file:///etc/passwd',
      'data:text/html,<script>x</script>',
      'ftp://example.org',
      'example.org',
      'https://user:pw@example.org',
    ]) {
      const result = validateSourceForm({ ...blank, url });
      assert.equal(result.ok, false, `${url} must be refused`);
      assert.ok(
        !result.ok && result.errors.url && 'text' in result.errors.url && result.errors.url.text.length > 0,
        `${url} gets a message`,
      );
    }
    assert.ok(validateSourceForm({ ...blank, url: 'http://example.org/a?b=c' }).ok);
  });

  it('trims values and defaults the title to the URL', () => {
    const result = validateSourceForm({ url: '  https://example.org/report  ', title: '  ', quote: ' q ', note: '' });
    assert.deepEqual(result, {
      ok: true,
      values: { url: 'https://example.org/report', title: 'https://example.org/report', quote: 'q', note: '' },
    });
  });

  it('reports fields over their length caps', () => {
    const result = validateSourceForm({ url: 'https://example.org', title: 'x'.repeat(501), quote: '', note: 'n'.repeat(10_001) });
    assert.ok(!result.ok);
    assert.deepEqual(!result.ok && result.errors.title, { key: 'tooLong', args: [500] });
    assert.deepEqual(!result.ok && result.errors.note, { key: 'tooLong', args: [10_000] });
  });
});

describe('desk view state', () => {
  it('round-trips a valid state', () => {
    const state = {
      uri: 'file:///a.md',
      filter: { status: 'disputed', kind: 'legal', search: 'court', checkFirst: true, order: 'score' },
      selectedId: 'a1',
      detailId: 'a1',
      listScroll: 300,
      detailScroll: 20,
    };
    assert.deepEqual(restoreViewState(JSON.parse(JSON.stringify(state))), state);
  });

  it('falls back field by field on bad or missing data', () => {
    assert.deepEqual(restoreViewState(undefined), INITIAL_VIEW_STATE);
    assert.deepEqual(restoreViewState('junk'), INITIAL_VIEW_STATE);
    assert.deepEqual(
      restoreViewState({
        filter: { status: 'approved', kind: 7, search: 'x'.repeat(600) },
        selectedId: 5,
        listScroll: -3,
        detailScroll: Number.NaN,
      }),
      INITIAL_VIEW_STATE,
    );
  });
});

describe('desk strings and formatting', () => {
  it('has a label for every status, kind and history action', () => {
    const t = translator({});
    for (const status of CLAIM_STATUSES) assert.ok(!t(`status_${status}`).startsWith('status_'), status);
    for (const kind of CLAIM_KINDS) assert.ok(!t(`kind_${kind}`).startsWith('kind_'), kind);
    const actions: HistoryAction[] = [
      'created',
      'status',
      'source-added',
      'source-removed',
      'source-edited',
      'note',
      'text-changed',
      'orphaned',
      'reattached',
      'merge-conflict',
    ];
    for (const action of actions) assert.ok(`history_${action}` in DESK_STRINGS, action);
  });

  it('names each kind as the editor does (one table for hover, diagnostics and desk)', () => {
    const t = translator({});
    for (const kind of CLAIM_KINDS) assert.equal(t(`kind_${kind}`), KIND_LABELS[kind], kind);
  });

  it('uses the translated table and falls back to English, then to the key', () => {
    const t = translator({ noDraft: 'Öffnen Sie einen Entwurf.' });
    assert.equal(t('noDraft'), 'Öffnen Sie einen Entwurf.');
    assert.equal(t('meterSummary', 3, 10), '3 of 10 claims verified');
    assert.equal(t('history_unknown' as 'noDraft'), 'history_unknown');
  });

  it('fills placeholders and leaves missing ones', () => {
    assert.equal(format('{0} of {1}', 1), '1 of {1}');
    assert.equal(format('{1}{0}', 'a', 'b'), 'ba');
  });

  it('snips long text at a word boundary', () => {
    assert.equal(snippet('  short\n text '), 'short text');
    const long = snippet('word '.repeat(100), 40);
    assert.ok(long.length <= 40 && long.endsWith('…'), long);
    assert.ok(!long.includes('wor…'), 'cut at a space');
  });

  it('formats scores and timestamps', () => {
    assert.equal(formatScore(0.834), '83%');
    assert.equal(formatScore(2), '100%');
    assert.equal(formatScore(Number.NaN), '–');
    assert.equal(formatTimestamp('not a date'), 'not a date');
    assert.match(formatTimestamp('2026-01-05T10:00:00Z', 'en-GB'), /2026/);
  });
});

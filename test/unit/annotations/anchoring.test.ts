import * as assert from 'node:assert/strict';
import { applyContentChanges, hashText, setStatus, type Annotation, type ContentChange } from '../../../src/core/annotations';
import { annotate, DRAFT, slice, T1, T2 } from './fixtures';
import { applyEvent, insert, remove, replace } from './edits';

const CLAIM = '£4.2 million';

function edit(text: string, annotations: Annotation[], changes: ContentChange[]): { text: string; annotations: Annotation[] } {
  const next = applyEvent(text, changes);
  return { text: next, annotations: applyContentChanges(annotations, changes, next, 'Ben', T2) };
}

describe('anchoring through editor changes', () => {
  const start = DRAFT.indexOf(CLAIM);
  const end = start + CLAIM.length;

  it('shifts a claim when text is inserted or deleted before it', () => {
    const a = annotate(DRAFT, CLAIM);
    const r = edit(DRAFT, [a], [insert(2, 'Big ')]);
    assert.equal(r.annotations[0].anchor.start, start + 4);
    assert.equal(slice(r.text, r.annotations[0]), CLAIM);
    const d = edit(DRAFT, [a], [remove(0, 2)]);
    assert.equal(d.annotations[0].anchor.start, start - 2);
    assert.equal(slice(d.text, d.annotations[0]), CLAIM);
  });

  it('keeps the same object when an edit is far after the claim', () => {
    const a = annotate(DRAFT, CLAIM);
    const r = edit(DRAFT, [a], [insert(DRAFT.length, 'More.')]);
    assert.equal(r.annotations[0], a);
  });

  it('refreshes the context when an edit touches only the surroundings', () => {
    const a = annotate(DRAFT, CLAIM);
    const r = edit(DRAFT, [a], [replace(end + 1, end + 3, 'in')]);
    assert.equal(r.annotations[0].anchor.start, start);
    assert.equal(r.annotations[0].anchor.suffix, r.text.slice(end, end + 32));
    assert.equal(r.annotations[0].history.length, 1, 'context changes write no history');
  });

  it('does not grow the claim when typing exactly at either boundary', () => {
    const a = annotate(DRAFT, CLAIM);
    const atEnd = edit(DRAFT, [a], [insert(end, ' (about $5m)')]);
    assert.equal(slice(atEnd.text, atEnd.annotations[0]), CLAIM);
    const atStart = edit(DRAFT, [a], [insert(start, 'about ')]);
    assert.equal(atStart.annotations[0].anchor.start, start + 6);
    assert.equal(slice(atStart.text, atStart.annotations[0]), CLAIM);
  });

  it('grows and shrinks with edits inside the claim', () => {
    const a = annotate(DRAFT, CLAIM);
    const grown = edit(DRAFT, [a], [insert(start + 4, '5')]);
    assert.equal(grown.annotations[0].anchor.exact, '£4.25 million');
    const shrunk = edit(DRAFT, [a], [remove(start + 2, start + 4)]);
    assert.equal(shrunk.annotations[0].anchor.exact, '£4 million');
    assert.equal(slice(shrunk.text, shrunk.annotations[0]), '£4 million');
  });

  it('trims a claim when an edit spans its start or its end', () => {
    const a = annotate(DRAFT, CLAIM);
    const overStart = edit(DRAFT, [a], [replace(start - 6, start + 1, 'spent ')]);
    assert.equal(overStart.annotations[0].anchor.exact, '4.2 million');
    const overEnd = edit(DRAFT, [a], [replace(end - 3, end + 3, 'lion ON')]);
    assert.equal(overEnd.annotations[0].anchor.exact, '£4.2 mill');
    assert.equal(slice(overEnd.text, overEnd.annotations[0]), '£4.2 mill');
  });

  it('orphans a claim whose whole text is deleted, keeping its last text', () => {
    const a = annotate(DRAFT, CLAIM);
    const r = edit(DRAFT, [a], [remove(start - 1, end + 1)]);
    const o = r.annotations[0];
    assert.equal(o.orphaned, true);
    assert.equal(o.anchor.exact, CLAIM);
    assert.equal(o.anchor.start, start - 1);
    assert.equal(o.anchor.end, start - 1);
    assert.equal(o.history.at(-1)?.action, 'orphaned');
    // Later edits keep the orphan inside the document and never lose it.
    const later = edit(r.text, r.annotations, [remove(0, 20)]);
    assert.equal(later.annotations[0].anchor.start, start - 21);
    assert.equal(later.annotations[0].history.length, o.history.length);
  });

  it('follows the same words when the claim is replaced by text containing it (whole-document replace)', () => {
    const a = annotate(DRAFT, CLAIM);
    const r = edit(DRAFT, [a], [replace(0, DRAFT.length, `Intro.\n${DRAFT}`)]);
    assert.equal(r.annotations[0].orphaned, undefined);
    assert.equal(r.annotations[0].anchor.start, start + 7);
    assert.equal(r.annotations[0].history.length, 1);
  });

  it('re-attaches when a paragraph is cut and pasted elsewhere in one event or two', () => {
    const paragraph = 'The council spent £4.2 million on consultants last year, up from £1.1 million in 2019.\n\n';
    const from = DRAFT.indexOf(paragraph);
    const a = annotate(DRAFT, CLAIM);
    const target = DRAFT.length;
    // One event: delete + insert (offsets against the text before the event).
    const one = edit(DRAFT, [a], [insert(target, paragraph), remove(from, from + paragraph.length)]);
    assert.equal(one.annotations[0].orphaned, undefined);
    assert.equal(slice(one.text, one.annotations[0]), CLAIM);
    assert.equal(one.annotations[0].anchor.start, one.text.lastIndexOf(CLAIM));
    // Two events: cut (orphans), then paste (re-attaches).
    const cut = edit(DRAFT, [a], [remove(from, from + paragraph.length)]);
    assert.equal(cut.annotations[0].orphaned, true);
    const pasted = edit(cut.text, cut.annotations, [insert(cut.text.length, paragraph)]);
    assert.equal(pasted.annotations[0].orphaned, undefined);
    assert.equal(slice(pasted.text, pasted.annotations[0]), CLAIM);
    assert.deepEqual(
      pasted.annotations[0].history.slice(-2).map((h) => h.action),
      ['orphaned', 'reattached'],
    );
  });

  it('does not re-attach a short orphan to chance repeats in typed text', () => {
    const text = 'Turnout was 5% this year.';
    const a = annotate(text, '5%');
    const cut = edit(text, [a], [remove(12, 14)]);
    assert.equal(cut.annotations[0].orphaned, true);
    const typed = edit(cut.text, cut.annotations, [insert(0, '5% ')]);
    assert.equal(typed.annotations[0].orphaned, true);
  });

  it('flags a verified claim whose text changed, once, keeping its status', () => {
    const a = setStatus(annotate(DRAFT, CLAIM), 'verified', 'Ana', T1);
    const r = edit(DRAFT, [a], [replace(start + 1, start + 2, '5')]);
    const changed = r.annotations[0];
    assert.equal(changed.status, 'verified');
    assert.equal(changed.changedSinceVerification, true);
    assert.deepEqual(changed.history.at(-1), { action: 'text-changed', by: 'Ben', at: T2, from: CLAIM, to: '£5.2 million' });
    const again = edit(r.text, r.annotations, [insert(start + 2, '0')]);
    assert.equal(again.annotations[0].history.length, changed.history.length, 'one entry, not one per keystroke');
    // Typing it back to what was verified clears the flag.
    const back = edit(again.text, again.annotations, [replace(start + 1, start + 3, '4')]);
    assert.equal(back.annotations[0].anchor.exact, CLAIM);
    assert.equal(hashText(back.annotations[0].anchor.exact), a.verifiedTextHash);
    assert.equal(back.annotations[0].changedSinceVerification, undefined);
  });

  it('handles several changes in one event given in any order (multi-cursor)', () => {
    const a = annotate(DRAFT, CLAIM);
    const b = annotate(DRAFT, 'three libraries');
    const changes = [
      insert(0, '>> '),
      insert(start + 4, '9'),
      insert(DRAFT.indexOf('three'), 'all '),
      remove(DRAFT.length - 1, DRAFT.length),
    ];
    for (const order of [changes, [...changes].reverse(), [changes[2], changes[0], changes[3], changes[1]]]) {
      const r = edit(DRAFT, [a, b], order);
      assert.equal(slice(r.text, r.annotations[0]), '£4.29 million');
      assert.equal(r.annotations[0].anchor.exact, '£4.29 million');
      assert.equal(slice(r.text, r.annotations[1]), 'three libraries');
    }
  });

  it('works on CRLF text and with emoji (UTF-16 offsets)', () => {
    const crlf = DRAFT.replace(/\n/g, '\r\n');
    const a = annotate(crlf, 'three libraries');
    const r = edit(
      crlf,
      [a],
      [insert(0, '🧾 Draft\r\n\r\n'), replace(crlf.indexOf('\r\n\r\nNo other'), crlf.indexOf('\r\n\r\nNo other') + 2, '\n')],
    );
    assert.equal(slice(r.text, r.annotations[0]), 'three libraries');
    const emoji = 'Fans 😀😀 said 😀 turnout hit 40% 🎉 today.';
    const e = annotate(emoji, 'turnout hit 40%');
    const r2 = edit(emoji, [e], [insert(emoji.indexOf('said'), '🎉🎉 '), insert(emoji.indexOf('40%'), '👍')]);
    assert.equal(r2.annotations[0].anchor.exact, 'turnout hit 👍40%');
  });

  it('falls back to finding the quote when the changes do not fit (a missed event)', () => {
    const a = annotate(DRAFT, CLAIM);
    const moved = `Intro paragraph.\n\n${DRAFT}`;
    // The caller claims nothing changed near the claim, but the text says otherwise.
    const r = applyContentChanges([a], [insert(DRAFT.length + 5, 'x')], moved, 'Ben', T2);
    assert.equal(slice(moved, r[0]), CLAIM);
  });

  it('returns a copy of the list when there are no changes', () => {
    const list = [annotate(DRAFT, CLAIM)];
    const r = applyContentChanges(list, [], DRAFT, 'Ben', T2);
    assert.notEqual(r, list);
    assert.equal(r[0], list[0]);
  });
});

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimAnalyzer, detectClaims } from '../../../src/core/claims';
import { splitBlocks } from '../../../src/core/claims/blocks';
import type { DraftLanguage } from '../../../src/core/document';
import { assertWellFormed } from './helpers';

const SAMPLES = join(__dirname, '../../../../samples');
const samples = readdirSync(SAMPLES)
  .filter((f) => /\.(md|txt)$/.test(f))
  .map((f) => ({
    name: f,
    text: readFileSync(join(SAMPLES, f), 'utf8'),
    language: (f.endsWith('.md') ? 'markdown' : 'plaintext') as DraftLanguage,
  }));

/** Small deterministic PRNG (mulberry32) so failures reproduce. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Edits that matter most: structure (line breaks, fences, comments, list markers) and ordinary typing.
const INSERTS = [
  'x',
  ' ',
  '\n',
  '\n\n',
  '.',
  '`',
  '```\n',
  '<!--',
  '-->',
  '<!-- factcheck-ignore -->\n',
  ' <!-- factcheck-ignore -->',
  '- ',
  '# ',
  '12',
  'said ',
  '"',
  '\r\n',
  '🚀',
  '    ',
];

/** One random edit: typing (structure-changing inserts included), deleting or replacing. */
function randomEdit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const r = next();
  if (r < 0.45) return text.slice(0, at) + INSERTS[Math.floor(next() * INSERTS.length)] + text.slice(at);
  if (r < 0.85) return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
  return text.slice(0, at) + 'y' + text.slice(at + 1);
}

describe('ClaimAnalyzer', () => {
  it('returns exactly what detectClaims returns through random edits (markdown and plain text)', function () {
    this.timeout(60_000);
    const next = random(20260521);
    for (const sample of samples) {
      const analyzer = new ClaimAnalyzer();
      let text = sample.text;
      for (let step = 0; step < 150; step++) {
        text = randomEdit(text, next);
        const incremental = analyzer.analyze(text, sample.language);
        const full = detectClaims(text, sample.language);
        assert.deepEqual(incremental, full, `${sample.name}, step ${step}`);
        assertWellFormed(text, incremental);
      }
    }
  });

  it('re-analyses only the edited paragraph', () => {
    const base = samples.map((s) => s.text).join('\n\n');
    const analyzer = new ClaimAnalyzer();
    analyzer.analyze(base, 'markdown');
    const cached = analyzer.cachedParagraphs;
    const at = base.indexOf('Fish stocks have recovered');
    const edited = base.slice(0, at) + 'Indeed, ' + base.slice(at);
    assert.deepEqual(analyzer.analyze(edited, 'markdown'), detectClaims(edited, 'markdown'));
    assert.equal(analyzer.cachedParagraphs, cached + 1);
  });

  it('keeps its cache bounded', () => {
    const analyzer = new ClaimAnalyzer({}, 10);
    for (let i = 0; i < 50; i++) analyzer.analyze(`Paragraph ${i} says 40 ships sank.\n\nAnother ${i} paragraph.`, 'plaintext');
    assert.ok(analyzer.cachedParagraphs <= 10);
  });

  it('does not let callers corrupt later results', () => {
    const text = 'The ferry carried 40 cars.\n\nThe fare rose 5%.';
    const analyzer = new ClaimAnalyzer();
    const first = analyzer.analyze(text, 'plaintext');
    assert.throws(() => {
      (first[0] as { start: number }).start = 99;
    });
    assert.deepEqual(analyzer.analyze(text, 'plaintext'), detectClaims(text, 'plaintext'));
  });

  it('is deterministic', () => {
    for (const sample of samples) {
      const a = JSON.stringify(detectClaims(sample.text, sample.language));
      assert.equal(JSON.stringify(detectClaims(sample.text, sample.language)), a);
      assert.equal(JSON.stringify(new ClaimAnalyzer().analyze(sample.text, sample.language)), a);
    }
  });
});

describe('ClaimAnalyzer.update (claims held per paragraph)', () => {
  it('gives what detectClaims gives, whole and by range, after each of many random edits', function () {
    this.timeout(60_000);
    const next = random(20261201);
    for (const sample of samples) {
      const analyzer = new ClaimAnalyzer();
      let text = sample.text;
      for (let step = 0; step < 200; step++) {
        text = randomEdit(text, next);
        const placed = analyzer.update(text, sample.language);
        const full = detectClaims(text, sample.language);
        const from = Math.floor(next() * text.length);
        const to = from + Math.floor(next() * 400);
        // inRange returns whole paragraphs around the range: every claim overlapping it, and only full-result claims.
        const ranged = placed.inRange(from, to);
        const fullJson = new Set(full.map((c) => JSON.stringify(c)));
        for (const claim of ranged) assert.ok(fullJson.has(JSON.stringify(claim)), `${sample.name}, step ${step}: ${claim.text}`);
        const rangedJson = new Set(ranged.map((c) => JSON.stringify(c)));
        for (const claim of full.filter((c) => c.start < to && c.end > from))
          assert.ok(rangedJson.has(JSON.stringify(claim)), `${sample.name}, step ${step}`);
        assert.equal(placed.length, full.length, `${sample.name}, step ${step}`);
        assert.deepEqual(placed.toArray(), full, `${sample.name}, step ${step}`);
      }
    }
  });

  it('keeps the claim objects of paragraphs an edit only moves', () => {
    const base = samples.map((s) => s.text).join('\n\n');
    const analyzer = new ClaimAnalyzer();
    analyzer.update(base, 'markdown');
    const cachedBefore = analyzer.cachedParagraphs;
    const at = base.indexOf('Fish stocks have recovered');
    const edited = base.slice(0, at) + 'Indeed, ' + base.slice(at);
    const placed = analyzer.update(edited, 'markdown');
    assert.equal(analyzer.cachedParagraphs, cachedBefore + 1, 'only the edited paragraph was analysed');
    assert.deepEqual(placed.toArray(), detectClaims(edited, 'markdown'));
  });

  it('after a blank line is typed or removed, looks up only the paragraphs the edit touched', () => {
    const base = samples.map((s) => s.text.replace(/^---\n[\s\S]*?\n---\n/, '')).join('\n\n');
    const analyzer = new ClaimAnalyzer();
    analyzer.update(base, 'markdown');
    const paragraphs = splitBlocks(base, 'markdown').length;
    const at = base.indexOf('. ', base.indexOf('Fish stocks have recovered')) + 2;
    const lookedUp = (edited: string) => {
      const before = analyzer.paragraphsLookedUp;
      const placed = analyzer.update(edited, 'markdown');
      assert.deepEqual(placed.toArray(), detectClaims(edited, 'markdown'));
      return analyzer.paragraphsLookedUp - before;
    };
    assert.ok(paragraphs > 20);
    // A paragraph split in two, joined again, then a fence that turns the rest of the draft into code: the paragraph
    // before the edit and those it made are looked up (the one before from the cache), none of the others.
    const cached = analyzer.cachedParagraphs;
    assert.ok(lookedUp(base.slice(0, at) + '\n\n' + base.slice(at)) <= 3);
    assert.equal(analyzer.cachedParagraphs, cached + 2, 'the two halves were analysed, nothing else');
    assert.ok(lookedUp(base) <= 2);
    const fenced = base.slice(0, at) + '\n```\n' + base.slice(at);
    assert.ok(lookedUp(fenced) <= 2);
    // The fence removed: the paragraph it cut and those after it are back (from the cache).
    const kept = splitBlocks(fenced, 'markdown').length - 1;
    const back = lookedUp(base);
    assert.ok(back >= paragraphs - kept && back <= paragraphs - kept + 1, String(back));
    // Blank lines at the draft's first and last characters.
    assert.ok(lookedUp(`\n\n${base}`) <= 1);
    assert.ok(lookedUp(base) <= 1);
    assert.ok(lookedUp(`${base}\n\nA last line.`) <= 2);
  });

  it('refuses to read a view after a later edit instead of giving wrong offsets, but keeps what it materialised', () => {
    const text = 'Opening line of the story here.\n\nThe ferry carried 40 cars last year.\n\nThe fare rose 5% in May.';
    const analyzer = new ClaimAnalyzer();
    analyzer.update(text, 'plaintext');
    const first = analyzer.update(text.replace('carried', 'carried only'), 'plaintext');
    const kept = first.toArray();
    const stale = analyzer.update(text.replace('carried', 'carried only some'), 'plaintext');
    analyzer.update(text.replace('carried', 'carried only some of'), 'plaintext');
    assert.throws(() => stale.toArray(), /earlier version/);
    assert.throws(() => stale.inRange(0, 10), /earlier version/);
    assert.deepEqual(first.toArray(), kept);
    assert.deepEqual(kept, detectClaims(text.replace('carried', 'carried only'), 'plaintext'));
  });
});

describe('DetectionPass', () => {
  it('equals detectClaims whatever order its paragraphs run in, and primes the analyzer for edits', () => {
    const next = random(7);
    for (const sample of samples) {
      const analyzer = new ClaimAnalyzer();
      const pass = analyzer.beginPass(sample.text, sample.language);
      const order = [...Array(pass.blockCount).keys()].sort(() => next() - 0.5);
      const full = detectClaims(sample.text, sample.language);
      order.forEach((index, n) => {
        assert.equal(analyzer.primed, false);
        pass.analyzeBlock(index);
        pass.analyzeBlock(index); // a no-op the second time
        assert.equal(pass.remaining, order.length - n - 1);
        if (n === 0)
          assert.ok(
            pass
              .claims()
              .toArray()
              .every((c) => full.some((f) => JSON.stringify(f) === JSON.stringify(c))),
          );
      });
      assert.deepEqual(pass.claims().toArray(), full, sample.name);
      assert.equal(analyzer.primed, true, sample.name);
      const cached = analyzer.cachedParagraphs;
      const edited = sample.text + ' More text.';
      assert.deepEqual(analyzer.update(edited, sample.language).toArray(), detectClaims(edited, sample.language));
      assert.ok(analyzer.cachedParagraphs <= cached + 1);
    }
  });

  it('finds the paragraph at an offset', () => {
    const pass = new ClaimAnalyzer().beginPass('One.\n\nTwo two.\n\nThree.', 'plaintext');
    assert.equal(pass.blockCount, 3);
    assert.equal(pass.blockAt(0), 0);
    assert.equal(pass.blockAt(5), 1);
    assert.equal(pass.blockAt(pass.blockStart(2)), 2);
    assert.equal(pass.blockAt(1000), 3);
  });
});

describe('samples', () => {
  it('are well formed and together show every claim kind', () => {
    const kinds = new Set<string>();
    for (const sample of samples) {
      const claims = detectClaims(sample.text, sample.language);
      assertWellFormed(sample.text, claims);
      for (const c of claims) kinds.add(c.kind);
    }
    assert.deepEqual([...kinds].sort(), ['absolute', 'attribution', 'causal', 'comparison', 'event', 'evidence', 'legal', 'statistic']);
  });

  it('find few claims in the opinion column', () => {
    const column = samples.find((s) => s.name.startsWith('column'));
    assert.ok(column);
    assert.ok(detectClaims(column.text, column.language).length <= 3);
  });
});

import * as assert from 'node:assert/strict';
import { detectClaims } from '../../../src/core/claims';
import type { DraftLanguage } from '../../../src/core/document';

/**
 * Scanning must take time linear in the draft's size whatever the draft holds: drafts come
 * through git from other people, and the editor runs the same code. Each family below repeats
 * what one rule stumbles on (long runs of spaces, punctuation, brackets, "![", "](", pipes,
 * backticks, quotes, capitalised words, digits with separators, lines without blank lines).
 * Each input is timed at two sizes; quadratic behaviour shows as a time ratio near the square of
 * the size ratio, linear as about the size ratio. CPU time (not wall time), best of a few runs, so
 * a busy machine does not fail the test.
 */

const SMALL = 25_000;
const RATIO = 4;
/** Times below this are too short to compare: a quadratic rule at these sizes takes far longer. */
const NOISE_MS = 60;

/** Each family makes an input of about `size` characters. */
const FAMILIES: Record<string, (size: number) => string> = {
  'reading time: digit, spaces, words (issue 14)': (n) => `1${' '.repeat(n)}a b c\n`,
  'table delimiter after a row, then spaces (issue 14)': (n) => `| a | b |\n${' '.repeat(n)}x`,
  'byline with a run of dots (issue 14)': (n) => `by A${'.'.repeat(n)} x y z`,
  'image openers without a closing bracket (issue 14)': (n) => `]Text 40% said. ${'!['.repeat(n / 2)}`,
  'link destinations without an opening bracket (issue 14)': (n) => `The rate rose 40% here${' a](b)'.repeat(n / 6)}`,
  'backtick runs of growing length (issue 14)': (n) => {
    let text = 'The rate rose 40% here. ';
    for (let run = 1; text.length < n; run++) text += `${'`'.repeat(run)} `;
    return text;
  },
  'short lines without blank lines (issue 14)': (n) => 'Line 12 says 40%.\n'.repeat(n / 18),
  'one long line of sentences': (n) => 'The rate rose 40% in 2020. '.repeat(n / 27),
  'spaces only': (n) => ' '.repeat(n),
  'spaces between words': (n) => `${'a '.repeat(n / 2)}.`,
  'one long word': (n) => 'a'.repeat(n),
  'full stops': (n) => '.'.repeat(n),
  'full stops and spaces': (n) => '. '.repeat(n / 2),
  'mixed terminators and closers': (n) => '?!.…")'.repeat(n / 6),
  'clause marks': (n) => `It rose 40%${'; :'.repeat(n / 3)}`,
  'opening brackets': (n) => '['.repeat(n),
  'closing brackets': (n) => ']'.repeat(n),
  'bracket pairs': (n) => '[]('.repeat(n / 3),
  'reference labels': (n) => `][${'['.repeat(n)}`,
  'footnote openers': (n) => '[^'.repeat(n / 2),
  'image with an unclosed destination': (n) => `${'!['.repeat(n / 4)}](${'x'.repeat(n / 2)}`,
  'destination with an unclosed title': (n) => `[a](b "${'](c '.repeat(n / 4)}`,
  'comment openers': (n) => '<!--'.repeat(n / 4),
  'tag openers': (n) => '<a '.repeat(n / 3),
  'autolink openers': (n) => '<http:'.repeat(n / 6),
  'email-like runs': (n) => `<${'a.'.repeat(n / 2)}`,
  'bare URL prefixes': (n) => 'http://'.repeat(n / 7),
  'www prefixes': (n) => 'www.'.repeat(n / 4),
  pipes: (n) => '|'.repeat(n),
  'table rows without blank lines': (n) => '| a | b |\n'.repeat(n / 10),
  'pipes and dashes': (n) => `| a |\n${'|--'.repeat(n / 3)} x`,
  backticks: (n) => '`'.repeat(n),
  'alternating backtick runs': (n) => '` ``'.repeat(n / 4),
  'straight quotes': (n) => '"'.repeat(n),
  'curly quotes and words': (n) => '“a ”b '.repeat(n / 6),
  apostrophes: (n) => "a'".repeat(n / 2),
  'capitalised words': (n) => 'Aa '.repeat(n / 3),
  capitals: (n) => 'A'.repeat(n),
  'capitals with dots': (n) => `By ${'A.'.repeat(n / 2)} x`,
  'title and capitals': (n) => `Dr ${'Ab'.repeat(n / 2)} said it rose 40%`,
  'digits with separators': (n) => '1,'.repeat(n / 2),
  'digits with points and colons': (n) => '1.2:'.repeat(n / 4),
  'digits and spaces': (n) => '1 '.repeat(n / 2),
  'currency and percent': (n) => '$1% '.repeat(n / 4),
  'list markers': (n) => '- 1. '.repeat(n / 5),
  'list items without blank lines': (n) => '- item 40%\n'.repeat(n / 11),
  'blockquote markers': (n) => '>'.repeat(n),
  'heading markers': (n) => '#'.repeat(n),
  dashes: (n) => '-'.repeat(n),
  'emphasis markers': (n) => '*_'.repeat(n / 2),
  backslashes: (n) => '\\'.repeat(n),
  'escaped brackets in image text': (n) => `![${'\\]'.repeat(n / 2)}`,
  'line breaks only': (n) => '\n'.repeat(n),
  'carriage returns and text': (n) => 'a\r\n'.repeat(n / 3),
  'said and names': (n) => 'Smith said '.repeat(n / 11),
  'according to and numbers': (n) => 'according to 12 '.repeat(n / 16),
};

/** The best CPU time of `runs` runs, in ms. */
function cpuMs(run: () => void, runs = 2): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('scanning time is linear in the input size', function () {
  this.timeout(120_000);
  for (const [name, make] of Object.entries(FAMILIES)) {
    for (const language of ['markdown', 'plaintext'] as DraftLanguage[]) {
      it(`${name} (${language})`, () => {
        const small = make(SMALL);
        const large = make(SMALL * RATIO);
        const smallMs = cpuMs(() => detectClaims(small, language));
        const largeMs = cpuMs(() => detectClaims(large, language));
        const ratio = largeMs / Math.max(smallMs, 1);
        const limit = 2 * (large.length / small.length);
        assert.ok(
          largeMs < NOISE_MS || ratio <= limit,
          `${large.length} characters took ${largeMs.toFixed(0)} ms, ${ratio.toFixed(1)} times ${small.length} characters (${smallMs.toFixed(0)} ms); linear would be about ${(large.length / small.length).toFixed(1)} times`,
        );
      });
    }
  }
});

describe('scanning very large drafts', function () {
  this.timeout(180_000);
  const budgetMs = 10_000;

  it('scans a 10 MB single line within 10 s', () => {
    const text = 'The rate rose 40% in 2020. '.repeat(Math.ceil(10_000_000 / 27));
    const ms = cpuMs(() => assert.ok(detectClaims(text, 'plaintext').length > 300_000), 1);
    assert.ok(ms < budgetMs, `10 MB on one line took ${ms.toFixed(0)} ms of CPU time`);
  });

  it('scans a file of 1,000,000 short lines within 10 s', () => {
    const text = 'Line 12 says 40%.\n'.repeat(1_000_000);
    const ms = cpuMs(() => assert.equal(detectClaims(text, 'plaintext').length, 1_000_000), 1);
    assert.ok(ms < budgetMs, `1,000,000 lines took ${ms.toFixed(0)} ms of CPU time`);
  });

  it('scans a 10 MB line without any sentence end within 10 s', () => {
    const text = 'Dr Ab Cd said that about 12,5 of the Aaa Bbb '.repeat(Math.ceil(10_000_000 / 45));
    const ms = cpuMs(() => detectClaims(text, 'markdown'), 1);
    assert.ok(ms < budgetMs, `10 MB without a sentence end took ${ms.toFixed(0)} ms of CPU time`);
  });
});

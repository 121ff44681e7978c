import * as assert from 'node:assert/strict';
import type { Source } from '../../../src/core/annotations/types';
import { csvField, reportHtml, reportMarkdown, type Report, type ReportClaim } from '../../../src/core/report';
import { GENERATED_AT } from './reportFixture';

/** A report of one claim with one source, built by hand: the report code must not rely on the sidecar validator alone. */
function reportWithSource(source: Partial<Source>): Report {
  const claim: ReportClaim = {
    number: 1,
    line: 3,
    kind: 'statistic',
    status: 'verified',
    changedSinceVerification: false,
    score: 0.8,
    text: 'The council spent £4.2m.',
    note: '',
    sources: [{ id: 'src-0001', url: 'https://council.example/a', title: 'Budget', addedBy: 'Ana', addedAt: GENERATED_AT, ...source }],
    history: [],
    historyLength: 0,
  };
  return {
    generatedAt: GENERATED_AT,
    drafts: [
      {
        path: 'story.md',
        title: 'Story',
        editors: ['Ana'],
        counts: { total: 1, unreviewed: 0, verified: 1, unverified: 0, disputed: 0 },
        claims: [claim],
      },
    ],
  };
}

describe('reports of hostile records', () => {
  it('html and md link only http(s) URLs; anything else is shown as text', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', ' javascript:alert(1)']) {
      const html = reportHtml(reportWithSource({ url }));
      assert.doesNotMatch(html, /href="(?!https?:)/, url);
      assert.doesNotMatch(html, /<script>/, url);
      const md = reportMarkdown(reportWithSource({ url }));
      assert.doesNotMatch(md, /\]\((?!https?:)/, url);
    }
    assert.match(reportHtml(reportWithSource({})), /<a href="https:\/\/council\.example\/a">Budget<\/a>/);
  });

  it('md: a backslash at the end of a link cannot swallow what follows it', () => {
    const md = reportMarkdown(reportWithSource({ url: 'https://council.example/a\\', quote: 'x) [y](https://evil.example)' }));
    assert.match(md, /\]\(https:\/\/council\.example\/a%5C\)/);
  });

  it('csv: defuses formulas behind leading spaces, NUL and full-width signs too', () => {
    for (const value of [' =1+1', '\u00a0=HYPERLINK("x")', '\n=1+1', '\u0000=1', '＝1+1', '  @SUM(A1)', '\t=1', '\r=1']) {
      const field = csvField(value);
      assert.match(field, /^"?'/, JSON.stringify(value));
    }
    assert.equal(csvField('0.80'), '0.80');
    assert.equal(csvField('a =b'), 'a =b');
  });
});

describe('bidirectional controls in records (Trojan Source)', () => {
  const RLO = '\u202e';
  const spoofed = reportWithSource({ addedBy: `Ana${RLO}01-01`, title: `Budget${RLO}`, url: `https://council.example/a${RLO}b` });

  it('html shows them as code points, so a name cannot reorder the date after it; the link keeps its target', () => {
    const html = reportHtml(spoofed);
    assert.ok(!html.includes(RLO), 'a raw U+202E is left in the page');
    assert.match(html, /Ana\[U\+202E\]01-01/);
    assert.match(html, /href="https:\/\/council\.example\/a%E2%80%AEb"/);
  });

  it('md shows them as code points too', () => {
    const md = reportMarkdown(spoofed);
    assert.ok(!md.includes(RLO));
    // Its brackets escaped, as Markdown needs: it renders as "Ana[U+202E]01-01".
    assert.match(md, /Ana\\\[U\+202E\\\]01-01/);
  });
});

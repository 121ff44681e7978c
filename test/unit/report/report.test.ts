import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { buildReport, csvField, draftTitle, renderReport, REPORT_FORMATS, reportCsv, reportHtml } from '../../../src/core/report';
import { brokenInput, fixtureReport, GENERATED_AT, storyInput } from './reportFixture';

const ROOT = join(__dirname, '..', '..', '..', '..');
const GOLDEN = join(ROOT, 'test', 'fixtures', 'reports');

describe('fact-check reports', () => {
  for (const format of REPORT_FORMATS) {
    it(`${format}: matches the golden file (UPDATE_GOLDEN=1 rewrites it after a deliberate change)`, () => {
      const actual = renderReport(fixtureReport(), format);
      const path = join(GOLDEN, `report.${format}`);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
      assert.ok(existsSync(path), `${path} is missing: run the unit tests with UPDATE_GOLDEN=1 once`);
      assert.equal(actual, readFileSync(path, 'utf8'));
    });
  }

  it('has the header, the summary and every claim in order', () => {
    const report = fixtureReport();
    const [story, broken] = report.drafts;
    assert.equal(story.title, 'Budget <b>vote</b> | the facts');
    assert.deepEqual(story.editors, ['Ana', 'Ben', 'Cleo', 'Dana']);
    assert.deepEqual(story.signOff, { by: 'Dana', at: '2026-01-10T16:00:00.000Z', valid: true });
    assert.deepEqual(
      story.claims.map((c) => [c.status, c.line]),
      [
        ['verified', 7],
        ['disputed', 9],
        ['unverified', 11],
      ],
    );
    assert.equal(story.counts.total, 3);
    assert.equal(story.claims[0].sources[0].title, 'Budget 2025 | Annex "B"');
    assert.match(broken.error!, /line 1, column 15/);
    assert.deepEqual(broken.claims, []);
  });

  it('a corrupt record is marked as an error in every format, never listed as unreviewed claims', () => {
    const report = buildReport([brokenInput()], GENERATED_AT);
    assert.match(renderReport(report, 'md'), /> \*\*Error:\*\* the fact-check record cannot be read/);
    assert.match(renderReport(report, 'html'), /<p class="error"><strong>Error:<\/strong>/);
    assert.match(renderReport(report, 'csv'), /drafts\/notes\.md,Notes,,,,,,,,,,"?line 1, column 15/);
    assert.equal(JSON.parse(renderReport(report, 'json')).drafts[0].claims.length, 0);
  });

  it('html: self-contained, no script, everything escaped, a page break between drafts', () => {
    const html = reportHtml(fixtureReport());
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\b(src|href)="(?!https:\/\/council\.example)/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /<title>Fact-check report: 2 drafts<\/title>/);
    assert.match(html, /section\.draft \+ section\.draft \{ break-before: page;/);
    assert.match(html, /@page \{ size: A4;/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  });

  it('markdown: untrusted text cannot make markup', () => {
    const md = renderReport(fixtureReport(), 'md');
    assert.match(md, /# Fact-check report: Budget \\<b\\>vote\\<\/b\\> \\\| the facts/);
    assert.match(md, /- Note: Checked against the \\\*annual\\\* report; see \\\[annex\\\]\./);
    assert.match(md, /\[Budget 2025 \\\| Annex "B"\]\(https:\/\/council\.example\/budget-2025\.pdf\)/);
  });

  it('csv: RFC 4180 quoting and CRLF, one row per claim, formulas defused', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('=SUM(A1)'), "'=SUM(A1)");
    const csv = reportCsv(buildReport([storyInput()], GENERATED_AT));
    const rows = csv.split('\r\n');
    assert.equal(rows.at(-1), '');
    assert.equal(rows[0], 'draft,title,number,line,kind,status,score,claim,note,sources,last_change,error');
    assert.match(csv, /,'=SUM\(A1\) Critics say/);
    // A note with a line break stays one field: 1 header + 3 claims, however many physical lines.
    const records = csv.match(/^drafts\/story\.md,/gm) ?? [];
    assert.equal(records.length, 3);
  });

  it('json: valid against schemas/factcheck-report.schema.json', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schemas', 'factcheck.schema.json'), 'utf8')));
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'factcheck-report.schema.json'), 'utf8')));
    const json = JSON.parse(renderReport(fixtureReport(), 'json'));
    assert.equal(validate(json), true, JSON.stringify(validate.errors));
    json.drafts[0].claims[0].status = 'dismissed';
    assert.equal(validate(json), false);
  });

  it('titles come from front matter, then the first heading, then the file name', () => {
    assert.equal(draftTitle('---\ntitle: Hello\n---\n# Other\n', 'a.md'), 'Hello');
    assert.equal(draftTitle("---\ntitle: 'Quoted'\n---\n", 'a.md'), 'Quoted');
    assert.equal(draftTitle('Intro\n\n## Second level ##\n', 'a.md'), 'Second level');
    assert.equal(draftTitle('No heading.', 'drafts/a.md'), 'a.md');
  });
});

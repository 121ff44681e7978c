import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeSidecar } from '../../../src/core/annotations';
import { runCommandLine } from '../../../src/cli/dispatch';
import { STORY, storyAnnotations } from '../report/reportFixture';
import { assertCliBuilt, isOneCleanErrorLine, runCli, tempTree } from './cliHarness';

const SIDECAR = serializeSidecar({ version: 1, draft: 'story.md', annotations: storyAnnotations() });
const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'annotations');

describe('draft-factcheck report and import-annotations', () => {
  before(assertCliBuilt);

  it('report: exit 0, every format, to stdout or atomically to a file', () => {
    const tree = tempTree({ 'drafts/story.md': STORY, 'drafts/story.md.factcheck.json': SIDECAR });
    try {
      const md = runCli(['report', '--date', '2026-02-01T08:00:00Z', 'drafts'], { cwd: tree.dir });
      assert.equal(md.status, 0, md.stderr);
      assert.match(md.stdout, /^# Fact-check report: Budget/);
      for (const format of ['html', 'csv', 'json']) {
        const run = runCli(['report', '--format', format, '-o', `out.${format}`, 'drafts/story.md'], { cwd: tree.dir });
        assert.equal(run.status, 0, run.stderr);
        assert.equal(run.stdout, '');
        assert.ok(readFileSync(tree.path(`out.${format}`), 'utf8').length > 100);
      }
      assert.deepEqual(
        readdirSync(tree.dir).filter((n) => n.includes('.tmp')),
        [],
      );
      const claimreview = runCli(
        ['report', '-f', 'claimreview', '--publisher-name', 'Gazette', '--url-template', 'https://g.example/{draft}#c-{id}', 'drafts'],
        { cwd: tree.dir },
      );
      assert.equal(claimreview.status, 0, claimreview.stderr);
      assert.equal(JSON.parse(claimreview.stdout).length, 2);
      const anno = runCli(['report', '-f', 'webannotation', 'drafts'], { cwd: tree.dir });
      assert.equal(anno.status, 0, anno.stderr);
      assert.equal(JSON.parse(anno.stdout).total, 3);
    } finally {
      tree.remove();
    }
  });

  it('report: applies the same policy as check: the policy file, then --min-score and --fail-on', () => {
    const text = ['# Council budget', '', 'The council spent £4.2 million on consultants in 2025.', ''].join('\n');
    const tree = tempTree({ 'story.md': text, '.factcheck-policy.json': '{"minScore": 0.99}' });
    try {
      const stateOf = (args: string[]) => {
        const run = runCli(['report', '-f', 'json', ...args, 'story.md'], { cwd: tree.dir });
        assert.equal(run.status, 0, run.stderr);
        return (JSON.parse(run.stdout) as { drafts: { state: string }[] }).drafts[0].state;
      };
      // The claim is unreviewed and scores below 0.99: the file's policy lets it pass.
      assert.equal(stateOf([]), 'ready');
      assert.equal(stateOf(['--min-score', '0.5']), 'needs-work');
      assert.equal(stateOf(['--min-score', '0.5', '--fail-on', 'disputed']), 'ready');
      assert.equal(runCli(['check', '--min-score', '0.5', 'story.md'], { cwd: tree.dir }).status, 1, 'check agrees');
    } finally {
      tree.remove();
    }
  });

  it('report: exit 2 for a corrupt sidecar: the report marks it, an export writes nothing', () => {
    const tree = tempTree({ 'a.md': STORY, 'a.md.factcheck.json': '[', 'b.md': 'Fine.\n' });
    try {
      const run = runCli(['report', '-o', 'r.md', '.'], { cwd: tree.dir });
      assert.equal(run.status, 2);
      assert.match(readFileSync(tree.path('r.md'), 'utf8'), /\*\*Error:\*\* the fact-check record cannot be read/);
      assert.match(run.stderr, /^draft-factcheck: a\.md: its sidecar a\.md\.factcheck\.json cannot be read/);
      const exported = runCli(['report', '-f', 'webannotation', '-o', 'w.json', '.'], { cwd: tree.dir });
      assert.equal(exported.status, 2);
      assert.equal(existsSync(tree.path('w.json')), false);
      assert.match(exported.stderr, /nothing written/);
    } finally {
      tree.remove();
    }
  });

  it('report: exit 2 for bad usage, one clean line each', () => {
    const tree = tempTree({ 'story.md': STORY });
    try {
      const cases: Array<[string[], RegExp]> = [
        [['report'], /no paths given/],
        [['report', '-f', 'pdf', 'story.md'], /unknown format 'pdf' for report/],
        [['report', '-f', 'claimreview', 'story.md'], /needs --publisher-name/],
        [['report', '-f', 'claimreview', '--publisher-name', 'G', '--url-template', 'javascript:x', 'story.md'], /--url-template/],
        [['report', '--date', 'yesterday', 'story.md'], /--date must be an ISO 8601/],
        [['report', '-o', 'no/such/folder/r.md', 'story.md'], /no\/such\/folder\/r\.md: no such file or directory/],
      ];
      for (const [args, message] of cases) {
        const run = runCli(args, { cwd: tree.dir });
        assert.equal(run.status, 2, args.join(' '));
        assert.ok(isOneCleanErrorLine(run.stderr), run.stderr);
        assert.match(run.stderr, message);
      }
    } finally {
      tree.remove();
    }
  });

  it('report and import-annotations: exit 1 for an internal error', async () => {
    const tree = tempTree({ 'story.md': STORY });
    try {
      let stderr = '';
      const io = {
        cwd: tree.dir,
        stdout: () => {
          throw new Error('broken pipe');
        },
        stderr: (t: string) => void (stderr += t),
      };
      assert.equal(await runCommandLine(['report', 'story.md'], io, '0'), 1);
      assert.match(stderr, /internal error: broken pipe/);
      const exported = tree.path('anno.json');
      writeFileSync(exported, readFileSync(join(FIXTURES, 'hypothesis-export.json')));
      writeFileSync(tree.path('h.md'), readFileSync(join(FIXTURES, 'hypothesis-draft.md')));
      assert.equal(await runCommandLine(['import-annotations', 'anno.json', '--draft', 'h.md', '--by', 'Eve'], io, '0'), 1);
    } finally {
      tree.remove();
    }
  });

  it('import-annotations: exit 0, merges into the sidecar (beside the draft, new or existing) and never overwrites', () => {
    const tree = tempTree({
      'h.md': readFileSync(join(FIXTURES, 'hypothesis-draft.md')),
      'hyp.json': readFileSync(join(FIXTURES, 'hypothesis-export.json')),
    });
    try {
      const first = runCli(['import-annotations', 'hyp.json', '--draft', 'h.md', '--by', 'Eve'], { cwd: tree.dir });
      assert.equal(first.status, 0, first.stderr);
      assert.equal(first.stdout, 'imported 2 annotations into h.md.factcheck.json (0 already present, 0 not found in the draft)\n');
      const written = readFileSync(tree.path('h.md.factcheck.json'), 'utf8');
      const again = runCli(['import-annotations', 'hyp.json', '--draft', 'h.md'], { cwd: tree.dir });
      assert.equal(again.status, 0);
      assert.match(again.stdout, /imported 0 annotations .*\(2 already present/);
      assert.equal(readFileSync(tree.path('h.md.factcheck.json'), 'utf8'), written);
      // The gate reads what was imported: one claim is flagged unverified.
      const check = runCli(['check', '--fail-on', 'unverified', 'h.md'], { cwd: tree.dir });
      assert.equal(check.status, 1);
    } finally {
      tree.remove();
    }
  });

  it('import-annotations: exit 2 when the file targets another draft, the sidecar is corrupt, or arguments are missing', () => {
    const tree = tempTree({
      'story.md': STORY,
      'other.md': STORY,
      'story.md.factcheck.json': SIDECAR,
      'corrupt.md': STORY,
      'corrupt.md.factcheck.json': '{',
    });
    try {
      const exported = runCli(['report', '-f', 'webannotation', '-o', 'story.json', 'story.md'], { cwd: tree.dir });
      assert.equal(exported.status, 0, exported.stderr);
      const cases: Array<[string[], RegExp]> = [
        [
          ['import-annotations', 'story.json', '--draft', 'other.md'],
          /the annotations are for "story\.md", not "other\.md": nothing was imported/,
        ],
        [
          ['import-annotations', 'story.json', '--draft', 'corrupt.md'],
          /corrupt\.md\.factcheck\.json cannot be read, so nothing was imported/,
        ],
        [['import-annotations', 'story.json'], /needs --draft PATH/],
        [['import-annotations', '--draft', 'story.md'], /takes one annotation FILE/],
        [['import-annotations', 'missing.json', '--draft', 'story.md'], /missing\.json: no such file or directory/],
      ];
      for (const [args, message] of cases) {
        const run = runCli(args, { cwd: tree.dir });
        assert.equal(run.status, 2, args.join(' '));
        assert.ok(isOneCleanErrorLine(run.stderr), run.stderr);
        assert.match(run.stderr, message);
      }
      assert.equal(existsSync(tree.path('other.md.factcheck.json')), false);
      assert.equal(readFileSync(tree.path('corrupt.md.factcheck.json'), 'utf8'), '{');
    } finally {
      tree.remove();
    }
  });
});

import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createAnnotation, serializeSidecar, setStatus, type Annotation } from '../../../src/core/annotations';
import { createSignOff, mergePolicy } from '../../../src/core/publish';
import { runCheck } from '../../../src/cli/commands/check';
import { assertCliBuilt, isOneCleanErrorLine, runCli, tempTree } from './cliHarness';

const TEXT = [
  '# Council budget',
  '',
  'The council spent £4.2 million on consultants in 2025.',
  '',
  'Unemployment rose to 7.2 percent in 2023.',
  '',
].join('\n');
const T = '2026-01-10T09:00:00.000Z';

function on(quote: string, status: Annotation['status']): Annotation {
  const start = TEXT.indexOf(quote);
  const a = createAnnotation({ text: TEXT, start, end: start + quote.length, kind: 'statistic', by: 'Ana', now: T });
  return status === 'unreviewed' ? a : setStatus(a, status, 'Ana', T);
}

function sidecarText(annotations: Annotation[], extra: object = {}): string {
  return serializeSidecar({ version: 1, draft: 'story.md', annotations, ...extra });
}

const ALL_VERIFIED = () =>
  sidecarText([
    on('The council spent £4.2 million on consultants in 2025.', 'verified'),
    on('Unemployment rose to 7.2 percent in 2023.', 'verified'),
  ]);

describe('draft-factcheck check (the CI gate)', () => {
  before(assertCliBuilt);

  it('exit 0 when every draft passes; the verdict names the state', () => {
    const tree = tempTree({ 'drafts/story.md': TEXT, 'drafts/story.md.factcheck.json': ALL_VERIFIED() });
    try {
      const run = runCli(['check', 'drafts'], { cwd: tree.dir });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^PASS {2}drafts\/story\.md {2}ready to sign off, 2\/2 verified$/m);
      assert.match(run.stdout, /1 draft checked: 1 passed, 0 failed, 0 unreadable/);
      assert.equal(run.stderr, '');
    } finally {
      tree.remove();
    }
  });

  it('exit 1 when a draft fails, listing the blocking claims with their places', () => {
    const sidecar = sidecarText([
      on('The council spent £4.2 million on consultants in 2025.', 'disputed'),
      on('Unemployment rose to 7.2 percent in 2023.', 'verified'),
    ]);
    const tree = tempTree({ 'story.md': TEXT, 'story.md.factcheck.json': sidecar, 'other.md': 'Nothing to check here.\n' });
    try {
      const run = runCli(['check', 'story.md', 'other.md'], { cwd: tree.dir });
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /^FAIL {2}story\.md {2}blocked by a disputed claim, 1\/2 verified, 1 blocking$/m);
      assert.match(run.stdout, /story\.md:3:1 {2}error {4}Disputed claim: The council spent £4\.2 million/);
      assert.match(run.stdout, /^PASS {2}other\.md/m);
    } finally {
      tree.remove();
    }
  });

  it('finds sidecars in a .factcheck/ folder that mirrors the draft path', () => {
    const tree = tempTree({
      'drafts/story.md': TEXT,
      '.factcheck/drafts/story.md.factcheck.json': sidecarText([on('Unemployment rose to 7.2 percent in 2023.', 'unverified')]),
    });
    try {
      const run = runCli(['check', '--format', 'json', 'drafts/story.md'], { cwd: tree.dir });
      assert.equal(run.status, 1, run.stderr);
      const json = JSON.parse(run.stdout);
      assert.equal(json.drafts[0].sidecar, '.factcheck/drafts/story.md.factcheck.json');
      assert.deepEqual(
        json.drafts[0].blockers.map((b: { condition: string }) => b.condition),
        ['unreviewed', 'unverified'],
      );
    } finally {
      tree.remove();
    }
  });

  it('exit 2 for a corrupt sidecar: every draft still gets its verdict and the file is named', () => {
    const tree = tempTree({ 'a.md': TEXT, 'a.md.factcheck.json': '{"version": 1,', 'b.md': 'Nothing to check here.\n' });
    try {
      const run = runCli(['check', '.'], { cwd: tree.dir });
      assert.equal(run.status, 2);
      assert.match(run.stdout, /^ERROR a\.md {2}unreadable: its sidecar a\.md\.factcheck\.json cannot be read: line 1, column 15/m);
      assert.match(run.stdout, /^PASS {2}b\.md/m);
      assert.match(run.stderr, /^draft-factcheck: a\.md: its sidecar a\.md\.factcheck\.json cannot be read/);
    } finally {
      tree.remove();
    }
  });

  it('exit 2 for bad options, a missing path and a bad policy file, with one clean line', () => {
    const tree = tempTree({ 'story.md': TEXT, 'bad-policy.json': '{"failOn": ["disputed"], "minScore": 0.5, "strict": true}' });
    try {
      const cases: Array<[string[], RegExp]> = [
        [['check'], /no paths given/],
        [['check', '--format', 'xml', 'story.md'], /unknown format 'xml' for check/],
        [['check', '--fail-on', 'disputed,rumour', 'story.md'], /unknown condition 'rumour' in --fail-on/],
        [['check', '--min-score', '7', 'story.md'], /--min-score must be a number from 0 to 1/],
        [['check', 'missing.md'], /missing\.md: no such file or directory/],
        [['check', '--policy', 'nope.json', 'story.md'], /nope\.json: no such file or directory/],
        [
          ['check', '--policy', 'bad-policy.json', 'story.md'],
          /bad policy file: bad-policy\.json: line 1, column 43: strict: unknown setting/,
        ],
      ];
      for (const [args, message] of cases) {
        const run = runCli(args, { cwd: tree.dir });
        assert.equal(run.status, 2, `${args.join(' ')}: ${run.stdout}`);
        assert.ok(isOneCleanErrorLine(run.stderr), run.stderr);
        assert.match(run.stderr, message);
      }
    } finally {
      tree.remove();
    }
  });

  it('paths that hold no draft fail the gate (exit 2, one line), unless --allow-empty says that is expected', () => {
    const tree = tempTree({ 'docs/notes.json': '{}', 'drafts/story.md': TEXT, 'drafts/story.md.factcheck.json': ALL_VERIFIED() });
    try {
      const empty = runCli(['check', 'docs'], { cwd: tree.dir });
      assert.equal(empty.status, 2, empty.stdout);
      assert.equal(empty.stdout, '');
      assert.ok(isOneCleanErrorLine(empty.stderr), empty.stderr);
      assert.match(empty.stderr, /no drafts \(\.md, \.markdown, \.txt\) found in docs: nothing was checked \(pass --allow-empty/);
      const allowed = runCli(['check', '--allow-empty', 'docs'], { cwd: tree.dir });
      assert.equal(allowed.status, 0, allowed.stderr);
      // One path with drafts is enough: the gate checked something.
      assert.equal(runCli(['check', 'docs', 'drafts'], { cwd: tree.dir }).status, 0);
    } finally {
      tree.remove();
    }
  });

  it('exit 2 for an internal error (not 1, which means "a draft fails")', async () => {
    const tree = tempTree({ 'story.md': TEXT });
    try {
      let stderr = '';
      const io = {
        cwd: tree.dir,
        stdout: () => {
          throw new Error('disk full');
        },
        stderr: (text: string) => void (stderr += text),
      };
      assert.equal(await runCheck(['story.md'], io, '0.0.0'), 2);
      assert.match(stderr, /^draft-factcheck: internal error: disk full\n$/);
    } finally {
      tree.remove();
    }
  });

  it('reads .factcheck-policy.json and lets --fail-on and --min-score override it', () => {
    const tree = tempTree({ 'story.md': TEXT, '.factcheck-policy.json': '{"minScore": 0.99}' });
    try {
      // Unreviewed claims score below 0.99, so the file's policy passes the draft.
      const lenient = runCli(['check', 'story.md'], { cwd: tree.dir });
      assert.equal(lenient.status, 0, lenient.stdout);
      assert.match(
        lenient.stdout,
        /policy: \.factcheck-policy\.json; fail on disputed, unverified, changed, unreviewed, stale-sign-off; min score 0\.99/,
      );
      assert.equal(runCli(['check', '--min-score', '0.5', 'story.md'], { cwd: tree.dir }).status, 1);
      assert.equal(runCli(['check', '--min-score', '0.5', '--fail-on', 'none', 'story.md'], { cwd: tree.dir }).status, 0);
    } finally {
      tree.remove();
    }
  });

  it('a signed-off draft passes until its text changes; then it is "changed since sign-off" and fails', () => {
    const signOff = createSignOff(TEXT, mergePolicy(), 'Ana', T);
    const sidecar = sidecarText(
      [
        on('The council spent £4.2 million on consultants in 2025.', 'verified'),
        on('Unemployment rose to 7.2 percent in 2023.', 'verified'),
      ],
      { signOff },
    );
    const tree = tempTree({ 'story.md': TEXT, 'story.md.factcheck.json': sidecar });
    try {
      const signed = runCli(['check', 'story.md'], { cwd: tree.dir });
      assert.equal(signed.status, 0, signed.stdout);
      assert.match(signed.stdout, /PASS {2}story\.md {2}signed off/);
      writeFileSync(tree.path('story.md'), TEXT.replace('# Council budget', '# Council budget, updated'));
      const changed = runCli(['check', 'story.md'], { cwd: tree.dir });
      assert.equal(changed.status, 1);
      assert.match(changed.stdout, /FAIL {2}story\.md {2}changed since sign-off/);
      assert.match(
        changed.stdout,
        /story\.md:1:1 {2}warning {2}The draft changed since it was signed off \(signed off by Ana at 2026-01-10T09:00:00\.000Z\)/,
      );
    } finally {
      tree.remove();
    }
  });

  it('sarif: levels follow status, the status is in properties, fingerprints come from annotation ids and survive edits', () => {
    const disputed = on('The council spent £4.2 million on consultants in 2025.', 'disputed');
    const sidecar = sidecarText([disputed, on('Unemployment rose to 7.2 percent in 2023.', 'unverified')]);
    const tree = tempTree({ 'story.md': TEXT, 'story.md.factcheck.json': sidecar });
    try {
      const first = JSON.parse(runCli(['check', '--format', 'sarif', 'story.md'], { cwd: tree.dir }).stdout);
      const results = first.runs[0].results;
      assert.deepEqual(
        results.map((r: { level: string; properties: { status: string } }) => [r.level, r.properties.status]),
        [
          ['error', 'disputed'],
          ['warning', 'unverified'],
        ],
      );
      assert.equal(results[0].partialFingerprints['factCheckAnnotation/v1'], disputed.id);
      const run = first.runs[0];
      assert.equal(first.version, '2.1.0');
      for (const result of results) {
        assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId, 'ruleIndex points at ruleId');
        assert.equal(run.artifacts[result.locations[0].physicalLocation.artifactLocation.index].location.uri, 'story.md');
      }
      for (const rule of run.tool.driver.rules) assert.ok(rule.shortDescription.text && rule.help.text, rule.id);
      assert.equal(results[0].locations[0].physicalLocation.artifactLocation.uri, 'story.md');
      // Text added above the claims moves them; the alerts keep their fingerprints.
      writeFileSync(tree.path('story.md'), `An extra opening line.\n\n${TEXT}`);
      const second = JSON.parse(runCli(['check', '--format', 'sarif', 'story.md'], { cwd: tree.dir }).stdout).runs[0].results;
      assert.deepEqual(
        second.map((r: { partialFingerprints: object }) => r.partialFingerprints),
        results.map((r: { partialFingerprints: object }) => r.partialFingerprints),
      );
      assert.equal(second[0].locations[0].physicalLocation.region.startLine, results[0].locations[0].physicalLocation.region.startLine + 2);
    } finally {
      tree.remove();
    }
  });

  it('github: workflow commands with file, line and column, escaped', () => {
    const tree = tempTree({
      'a,b.md': TEXT,
      'a,b.md.factcheck.json': sidecarText([on('Unemployment rose to 7.2 percent in 2023.', 'disputed')]).replace('"story.md"', '"a,b.md"'),
    });
    try {
      const run = runCli(['check', '--format', 'github', '--fail-on', 'disputed', 'a,b.md'], { cwd: tree.dir });
      assert.equal(run.status, 1, run.stderr);
      assert.equal(
        run.stdout,
        '::error file=a%2Cb.md,line=5,col=1,endLine=5,endColumn=42,title=Fact-check%3A disputed::Disputed claim: Unemployment rose to 7.2 percent in 2023.\n',
      );
    } finally {
      tree.remove();
    }
  });

  it('--help describes the exit codes', () => {
    const run = runCli(['check', '--help']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /0 every draft passes,\s+1 a draft fails the policy, 2 bad input/);
    assert.match(runCli(['--help']).stdout, /draft-factcheck check \[options\] PATH/);
  });
});

// Runs the README's CI gate snippets (GitHub Actions, GitLab CI, git pre-push hook) for real.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnnotation, serializeSidecar, setStatus } from '../../../src/core/annotations';
import { detectClaims } from '../../../src/core/claims';
import { assertCliBuilt, CLI, ROOT, tempTree } from './cliHarness';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const DRAFT = '# Port budget\n\nThe port authority approved a £310 million expansion on Monday.\n';

/** The first fenced block of `language` after the heading. */
function snippet(heading: string, language: string): string {
  const after = README.slice(README.indexOf(`### ${heading}\n`));
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(after);
  if (!match || README.indexOf(`### ${heading}\n`) < 0) throw new Error(`README: no ${language} block under "### ${heading}"`);
  return match[1];
}

/** The draft-factcheck commands a CI job runs, from `- run: …` (GitHub) or `script:` items (GitLab). */
function gateCommands(yaml: string): string[] {
  return [...yaml.matchAll(/^\s*-\s+(?:run:\s+)?(draft-factcheck .+)$/gm)].map((m) => m[1]);
}

function verifiedSidecar(): string {
  const claims = detectClaims(DRAFT, 'markdown');
  const annotations = claims.map((c) =>
    setStatus(
      createAnnotation({ text: DRAFT, start: c.start, end: c.end, kind: c.kind, by: 'Ana', now: '2026-01-10T09:00:00.000Z' }),
      'verified',
      'Ana',
      '2026-01-10T09:05:00.000Z',
    ),
  );
  return serializeSidecar({ version: 1, draft: 'story.md', annotations });
}

/** A repository with drafts/story.md and `draft-factcheck` on the PATH as a shim to the built CLI. */
function repository() {
  const tree = tempTree({ 'drafts/story.md': DRAFT, 'bin/draft-factcheck': `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n` });
  chmodSync(tree.path('bin/draft-factcheck'), 0o755);
  const env = {
    ...process.env,
    PATH: `${tree.path('bin')}:${process.env.PATH}`,
    GIT_AUTHOR_NAME: 'Ana',
    GIT_AUTHOR_EMAIL: 'ana@example.org',
    GIT_COMMITTER_NAME: 'Ana',
    GIT_COMMITTER_EMAIL: 'ana@example.org',
    NO_COLOR: '1',
  };
  const sh = (command: string, cwd = tree.dir) => spawnSync('sh', ['-c', command], { cwd, env, encoding: 'utf8', timeout: 60000 });
  return { tree, sh };
}

describe('README CI gate snippets', () => {
  before(assertCliBuilt);

  it("GitHub Actions: the job's check step fails with annotations on the claim lines, then passes once the claims are verified", () => {
    const commands = gateCommands(snippet('GitHub Actions', 'yaml'));
    assert.deepEqual(commands, ['draft-factcheck check --format github drafts/']);
    const { tree, sh } = repository();
    try {
      const failing = sh(commands[0]);
      assert.equal(failing.status, 1, failing.stderr);
      assert.match(
        failing.stdout,
        /^::notice file=drafts\/story\.md,line=3,col=1,endLine=3,endColumn=\d+,title=Fact-check%3A unreviewed::Unreviewed claim/m,
      );
      writeFileSync(tree.path('drafts/story.md.factcheck.json'), verifiedSidecar());
      const passing = sh(commands[0]);
      assert.equal(passing.status, 0, passing.stdout);
      assert.match(
        passing.stdout,
        /^::notice file=drafts\/story\.md,title=Fact-check%3A passes::drafts\/story\.md: ready to sign off, 1\/1 verified$/m,
      );
    } finally {
      tree.remove();
    }
  });

  it('GitLab CI: the script writes the report artifact and the gate fails the job, then passes', () => {
    const yaml = snippet('GitLab CI', 'yaml');
    const commands = gateCommands(yaml);
    assert.equal(commands.length, 2);
    const artifact = /paths:\n\s+- (\S+)/.exec(yaml)?.[1];
    assert.equal(artifact, 'factcheck-report.html');
    const { tree, sh } = repository();
    try {
      // GitLab runs the script lines in order and stops at the first that fails.
      const job = () => sh(commands.join(' && '));
      const failing = job();
      assert.equal(failing.status, 1, failing.stderr);
      assert.match(readFileSync(tree.path(artifact), 'utf8'), /<h1>Fact-check report: Port budget<\/h1>/);
      assert.match(failing.stdout, /^FAIL {2}drafts\/story\.md {2}needs work/m);
      writeFileSync(tree.path('drafts/story.md.factcheck.json'), verifiedSidecar());
      assert.equal(job().status, 0);
    } finally {
      tree.remove();
    }
  });

  it('pre-push hook: a real git push is refused while a draft fails and goes through once it passes', () => {
    const hook = snippet('Git pre-push hook', 'sh');
    const { tree, sh } = repository();
    try {
      const remote = join(tree.dir, 'remote.git');
      const work = join(tree.dir, 'work');
      mkdirSync(work);
      const setup = sh(
        `git init -q --bare "${remote}" && git init -q -b main && git remote add origin "${remote}" && cp -r ../drafts . && git add drafts && git commit -q -m draft`,
        work,
      );
      assert.equal(setup.status, 0, setup.stderr);
      writeFileSync(join(work, '.git/hooks/pre-push'), hook);
      chmodSync(join(work, '.git/hooks/pre-push'), 0o755);

      const refused = sh('git push -q origin main', work);
      assert.notEqual(refused.status, 0);
      assert.match(refused.stdout + refused.stderr, /FAIL {2}drafts\/story\.md/);
      assert.match(refused.stderr, /pre-push: fix the claims above/);
      assert.notEqual(sh(`git --git-dir="${remote}" rev-parse -q --verify refs/heads/main`).status, 0, 'nothing reached the remote');

      writeFileSync(join(work, 'drafts/story.md.factcheck.json'), verifiedSidecar());
      assert.equal(sh('git add drafts && git commit -q -m verified', work).status, 0);
      const pushed = sh('git push -q origin main', work);
      assert.equal(pushed.status, 0, pushed.stderr);
      assert.equal(sh(`git --git-dir="${remote}" rev-parse -q --verify refs/heads/main`).status, 0);
    } finally {
      tree.remove();
    }
  });
});

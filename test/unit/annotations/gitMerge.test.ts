import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  addSource,
  parseSidecar,
  serializeSidecar,
  setNote,
  setStatus,
  type Annotation,
  type SidecarFile,
} from '../../../src/core/annotations';
import { NOTE_MERGE_SEPARATOR } from '../../../src/core/annotations/merge';
import { annotate, DRAFT, sidecar, T1, T2, T3 } from './fixtures';

// The built CLI (npm run build / test:unit build it); tests run from out/test/unit/annotations.
const CLI = resolve(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');
const SIDECAR = 'story.md.factcheck.json';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: gitEnv(cwd), stdio: ['ignore', 'pipe', 'pipe'] });
}

/** An isolated git: no user or system config, fixed identity. */
function gitEnv(home: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 't@example.com',
  };
}

function update(file: SidecarFile, id: string, change: (a: Annotation) => Annotation): SidecarFile {
  return { ...file, annotations: file.annotations.map((a) => (a.id === id ? change(a) : a)) };
}

function commitSidecar(repo: string, file: SidecarFile, message: string): void {
  writeFileSync(join(repo, SIDECAR), serializeSidecar(file));
  git(repo, 'commit', '-qam', message);
}

describe('git merge with the sidecar merge driver', function () {
  this.timeout(30_000);
  let repo = '';
  let base: SidecarFile;

  before(function () {
    if (!existsSync(CLI)) assert.fail(`${CLI} is missing: run npm run build first`);
    const version = spawnSync('git', ['--version'], { encoding: 'utf8' });
    if (version.status !== 0) assert.fail('git is not installed');
  });

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'factcheck-merge-'));
    git(repo, 'init', '-q', '-b', 'main');
    writeFileSync(join(repo, '.gitattributes'), '*.factcheck.json merge=factcheck\n');
    git(repo, 'config', 'merge.factcheck.name', 'Draft Fact-Check sidecar merge');
    git(repo, 'config', 'merge.factcheck.driver', `node ${JSON.stringify(CLI)} merge-sidecar %O %A %B %P`);
    writeFileSync(join(repo, 'story.md'), DRAFT);
    base = sidecar([
      { ...annotate(DRAFT, '£4.2 million'), id: 'annotationA' },
      { ...annotate(DRAFT, 'according to the mayor', { kind: 'attribution' }), id: 'annotationB' },
    ]);
    writeFileSync(join(repo, SIDECAR), serializeSidecar(base));
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'draft with annotations');
  });

  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('merges two editors’ annotations of the same draft, keeping everything', () => {
    git(repo, 'checkout', '-qb', 'ana');
    let ana = update(base, 'annotationA', (a) =>
      setNote(
        addSource(a, { url: 'https://council.example/budget.pdf', title: 'Budget' }, 'Ana', T1, 'source-ana'),
        'Ana: page 4.',
        'Ana',
        T1,
      ),
    );
    ana = update(ana, 'annotationB', (a) => setStatus(a, 'unverified', 'Ana', T1));
    commitSidecar(repo, ana, 'Ana annotates');

    git(repo, 'checkout', '-q', 'main');
    git(repo, 'checkout', '-qb', 'ben');
    let ben = update(base, 'annotationA', (a) => setNote(setStatus(a, 'verified', 'Ben', T2), 'Ben: clerk confirmed.', 'Ben', T2));
    ben = update(ben, 'annotationB', (a) => setStatus(a, 'disputed', 'Ben', T3));
    ben = {
      ...ben,
      annotations: [
        ...ben.annotations,
        { ...annotate(DRAFT, 'three libraries', { kind: 'causal', by: 'Ben', now: T2 }), id: 'annotationC' },
      ],
    };
    commitSidecar(repo, ben, 'Ben annotates');

    git(repo, 'checkout', '-q', 'ana');
    const merge = spawnSync('git', ['merge', '--no-edit', 'ben'], { cwd: repo, encoding: 'utf8', env: gitEnv(repo) });
    assert.equal(merge.status, 0, `git merge failed: ${merge.stdout}${merge.stderr}`);
    assert.match(merge.stderr, /annotation annotationB: status: kept "disputed" \(the later change\) over "unverified"/);

    const text = readFileSync(join(repo, SIDECAR), 'utf8');
    assert.doesNotMatch(text, /^(<<<<<<<|>>>>>>>)/m);
    const parsed = parseSidecar(text, 'story.md');
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    const byId = new Map(parsed.file.annotations.map((a) => [a.id, a]));
    const a = byId.get('annotationA') as Annotation;
    assert.equal(a.status, 'verified');
    assert.deepEqual(
      a.sources.map((s) => s.id),
      ['source-ana'],
    );
    assert.equal(a.note, `Ana: page 4.${NOTE_MERGE_SEPARATOR}Ben: clerk confirmed.`);
    assert.equal((byId.get('annotationB') as Annotation).status, 'disputed');
    assert.ok(byId.has('annotationC'));
    assert.ok((byId.get('annotationB') as Annotation).history.some((h) => h.action === 'merge-conflict'));
    assert.equal(serializeSidecar(parsed.file), text, 'the merged file is in canonical form');
    assert.equal(git(repo, 'status', '--porcelain'), '');
  });

  it('leaves a conflict for git to report when one side is not a valid sidecar', () => {
    git(repo, 'checkout', '-qb', 'broken');
    writeFileSync(join(repo, SIDECAR), '{ "version": 1, "draft": "story.md", "annotations": [ }');
    git(repo, 'commit', '-qam', 'broken sidecar');
    git(repo, 'checkout', '-q', 'main');
    const ours = update(base, 'annotationA', (a) => setStatus(a, 'verified', 'Ana', T1));
    commitSidecar(repo, ours, 'verify A');
    const merge = spawnSync('git', ['merge', '--no-edit', 'broken'], { cwd: repo, encoding: 'utf8', env: gitEnv(repo) });
    assert.notEqual(merge.status, 0);
    assert.match(
      merge.stderr,
      /merge-sidecar: cannot merge story\.md\.factcheck\.json: the THEIRS version is not a valid sidecar \(line 1, column \d+: /,
    );
    assert.match(merge.stdout, /CONFLICT/);
  });
});

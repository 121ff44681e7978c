import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { addSource, createAnnotation, serializeSidecar } from '../../../src/core/annotations';
import type { ClaimStatus } from '../../../src/core/annotations/types';
import { assertCliBuilt, runCli, scanJson, tempTree } from './cliHarness';

const NOW = '2026-12-03T09:00:00.000Z';
const PORT = 'The strike stranded 74 ships in the harbour of Rotterdam, port officials said on Tuesday.\n';
const PORT_AGAIN = 'Port officials said on Tuesday that the strike had stranded 74 ships in the harbour of Rotterdam.\n';
const PORT_CONFLICT = 'The strike stranded 47 ships in the harbour of Rotterdam, port officials said on Tuesday.\n';

/** Writes a sidecar beside `draft` annotating every claim the CLI finds in it with `status` and one source. */
function annotateAll(dir: string, draft: string, status: ClaimStatus): void {
  const [file] = scanJson([draft], dir).files;
  const text = readFileSync(`${dir}/${draft}`, 'utf8');
  const annotations = file.claims.map((claim) => {
    const created = createAnnotation({ text, start: claim.start, end: claim.end, kind: 'statistic', by: 'Ana', now: NOW, status });
    return addSource(created, { url: 'https://example.org/port', title: 'Port authority' }, 'Ana', NOW);
  });
  assert.ok(annotations.length > 0, `the CLI finds a claim in ${draft}`);
  writeFileSync(`${dir}/${draft}.factcheck.json`, serializeSidecar({ version: 1, draft: draft.split('/').pop()!, annotations }));
}

describe('cli scan: claim library and figures that disagree', () => {
  before(assertCliBuilt);

  it('matches claims against the sidecars of the other scanned drafts, never the draft itself', () => {
    const tree = tempTree({ 'drafts/monday.md': PORT, 'drafts/thursday.md': PORT_AGAIN });
    try {
      annotateAll(tree.dir, 'drafts/monday.md', 'verified');
      const report = scanJson(['drafts'], tree.dir);
      const monday = report.files.find((f) => f.path === 'drafts/monday.md')!;
      const thursday = report.files.find((f) => f.path === 'drafts/thursday.md')!;
      assert.deepEqual(
        monday.claims.flatMap((c) => c.matches ?? []),
        [],
        'a draft does not match its own annotations',
      );
      const matches = thursday.claims.flatMap((c) => c.matches ?? []);
      assert.equal(matches.length, 1);
      assert.deepEqual(Object.keys(matches[0]), ['path', 'id', 'status', 'similarity', 'conflict']);
      assert.equal(matches[0].path, 'drafts/monday.md');
      assert.equal(matches[0].status, 'verified');
      assert.equal(matches[0].conflict, false);
      assert.ok(matches[0].similarity >= 0.6 && matches[0].similarity <= 1);
    } finally {
      tree.remove();
    }
  });

  it('reads --library folders (repeatable), reports a corrupt sidecar once by name (even when reached twice) and goes on', () => {
    const tree = tempTree({
      'archive/2025/monday.md': PORT,
      'archive/2025/broken.md': 'x',
      'archive/2025/broken.md.factcheck.json': '{"version": 1, "draft": ',
      'today.md': PORT_CONFLICT,
    });
    try {
      annotateAll(tree.dir, 'archive/2025/monday.md', 'verified');
      const run = runCli(['scan', '--format', 'json', '--library', 'archive/2025', '--library', 'archive', 'today.md'], { cwd: tree.dir });
      assert.equal(run.status, 0, run.stderr);
      const warnings = run.stderr.trim().split('\n');
      assert.equal(warnings.length, 1, run.stderr);
      assert.match(warnings[0], /warning: skipped library sidecar archive\/2025\/broken\.md\.factcheck\.json: line 1, column 25: /);
      const matches = (
        JSON.parse(run.stdout) as { files: { claims: { matches: { conflict: boolean; path: string }[] }[] }[] }
      ).files[0].claims.flatMap((c) => c.matches);
      assert.equal(matches.length, 1);
      assert.equal(matches[0].conflict, true, 'same wording, other figure: a conflict, never the same fact');
      assert.equal(matches[0].path, 'archive/2025/monday.md');

      const text = runCli(['scan', '--library', 'archive', 'today.md'], { cwd: tree.dir });
      assert.match(text.stdout, /today\.md:1:1 .*\[conflict: archive\/2025\/monday\.md#[\w-]+ says 74 ships \(verified\)\]/);
    } finally {
      tree.remove();
    }
  });

  it('refuses a --library path that does not exist with one line', () => {
    const tree = tempTree({ 'today.md': PORT });
    try {
      const run = runCli(['scan', '--library', 'nowhere', 'today.md'], { cwd: tree.dir });
      assert.equal(run.status, 2);
      assert.equal(run.stderr, 'draft-factcheck: nowhere: no such file or directory\n');
    } finally {
      tree.remove();
    }
  });

  it('lists figures that disagree per file, with UTF-16 offsets, in json and text', () => {
    const draft =
      '# Plant 🏭\n\nThe plant employs 640 workers on three shifts.\n\nIf it closes, 460 workers will lose their jobs, the union said.\n';
    const tree = tempTree({ 'plant.md': draft, 'calm.md': PORT });
    try {
      const [plant, calm] = scanJson(['plant.md', 'calm.md'], tree.dir).files;
      assert.deepEqual(calm.inconsistencies, []);
      assert.equal(plant.inconsistencies?.length, 1);
      const [found] = plant.inconsistencies!;
      assert.deepEqual(Object.keys(found), ['fact', 'spans']);
      assert.ok(found.spans.length >= 2);
      for (const span of found.spans) assert.equal(draft.slice(span.start, span.end), span.text);
      const text = runCli(['scan', 'plant.md'], { cwd: tree.dir }).stdout;
      assert.match(text, /plant\.md:3:19 {2}figures disagree {2}number of employees: "640" \(3:19\) vs "460" \(5:15\)/);
    } finally {
      tree.remove();
    }
  });
});

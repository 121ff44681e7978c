import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { addSource, createAnnotation, parseSidecar, serializeSidecar } from '../../../src/core/annotations';
import { runCommandLine } from '../../../src/cli/dispatch';
import type { CliIo } from '../../../src/cli/io';
import { tempTree } from '../cli/cliHarness';
import { startServer, type LocalServer } from './localServer';

const DRAFT = 'The port handled 74 ships in March.\n\nThe mayor said 3,000 jobs are at risk.\n';
const T = '2026-03-01T09:00:00.000Z';

function sidecarFor(origin: string): string {
  const at = (quote: string) => DRAFT.indexOf(quote);
  const ships = addSource(
    createAnnotation({ text: DRAFT, start: at('74 ships'), end: at('74 ships') + 8, kind: 'statistic', by: 'Ana', now: T }),
    { url: `${origin}/report`, title: 'Port report', quote: 'handled 74 ships in March' },
    'Ana',
    T,
    'src-ships',
  );
  const jobs = addSource(
    createAnnotation({ text: DRAFT, start: at('3,000 jobs'), end: at('3,000 jobs') + 10, kind: 'statistic', by: 'Ana', now: T }),
    { url: `${origin}/gone`, title: 'Mayor', quote: '3,000 jobs' },
    'Ana',
    T,
    'src-jobs',
  );
  return serializeSidecar({ version: 1, draft: 'story.md', annotations: [ships, jobs] });
}

function captureIo(cwd: string): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', cwd, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describe('cli check-sources (local server on 127.0.0.1)', function () {
  this.timeout(15_000);
  let server: LocalServer;
  before(async () => {
    server = await startServer({
      '/report': {
        status: 200,
        headers: { 'content-type': 'text/html' },
        body: '<html><body><p>The port handled 74 ships in March.</p></body></html>',
      },
    });
  });
  after(() => server.close());

  it('checks every source, saves each result in the sidecar atomically and reports problems', async () => {
    const tree = tempTree({ 'drafts/story.md': DRAFT, 'drafts/story.md.factcheck.json': sidecarFor(server.origin) });
    try {
      const io = captureIo(tree.dir);
      const code = await runCommandLine(['check-sources', '--allow-private-addresses', '--timeout', '2', 'drafts'], io, 'test');
      assert.equal(code, 0, io.err);
      assert.match(io.out, /ok: quote found/);
      assert.match(io.out, /PROBLEM: broken: HTTP 404/);
      assert.match(io.out, /2 source\(s\) checked, 1 with problems/);
      const saved = parseSidecar(readFileSync(tree.path('drafts/story.md.factcheck.json'), 'utf8'));
      assert.ok(saved.ok);
      const sources = saved.file.annotations.flatMap((a) => a.sources);
      const byId = new Map(sources.map((s) => [s.id, s]));
      assert.equal(byId.get('src-ships')?.quoteFound, true);
      assert.equal(byId.get('src-ships')?.httpStatus, 200);
      assert.equal(byId.get('src-jobs')?.httpStatus, 404);
      assert.ok(byId.get('src-jobs')?.checkedAt);
      assert.deepEqual(readdirSync(tree.path('drafts')).sort(), ['story.md', 'story.md.factcheck.json'], 'no temp files left');
    } finally {
      tree.remove();
    }
  });

  it('prints JSON with the health of each source', async () => {
    const tree = tempTree({ 'story.md': DRAFT, 'story.md.factcheck.json': sidecarFor(server.origin) });
    try {
      const io = captureIo(tree.dir);
      assert.equal(
        await runCommandLine(['check-sources', '--allow-private-addresses', '--format', 'json', 'story.md'], io, 'test'),
        0,
        io.err,
      );
      const report = JSON.parse(io.out);
      assert.deepEqual(
        report.sources.map((s: { sourceId: string; problems: string[] }) => [s.sourceId, s.problems]),
        [
          ['src-ships', []],
          ['src-jobs', ['broken']],
        ],
      );
    } finally {
      tree.remove();
    }
  });

  it('finds sidecars kept in a .factcheck folder, and skips a corrupt one with its name', async () => {
    const tree = tempTree({
      'a/story.md': DRAFT,
      '.factcheck/a/story.md.factcheck.json': sidecarFor(server.origin),
      'b/story.md': DRAFT,
      'b/story.md.factcheck.json': '{ not json',
    });
    try {
      const io = captureIo(tree.dir);
      assert.equal(await runCommandLine(['check-sources', 'a', 'b'], io, 'test'), 0);
      assert.match(io.out, /2 source\(s\) checked/);
      assert.match(io.err, /warning: skipped .*b\/story\.md\.factcheck\.json: line 1/);
    } finally {
      tree.remove();
    }
  });

  it('refuses the local server without --allow-private-addresses, and says why and how to allow it', async () => {
    const tree = tempTree({ 'story.md': DRAFT, 'story.md.factcheck.json': sidecarFor(server.origin) });
    const before = server.requests.length;
    try {
      const io = captureIo(tree.dir);
      assert.equal(await runCommandLine(['check-sources', 'story.md'], io, 'test'), 0, io.err);
      assert.match(io.out, /address refused/);
      assert.match(io.out, /why: refused: 127\.0\.0\.1 is a loopback address; .*--allow-private-addresses/);
      assert.match(io.out, /2 source\(s\) checked, 2 with problems/);
      assert.equal(server.requests.length, before, 'nothing reached the server');
      const json = captureIo(tree.dir);
      assert.equal(await runCommandLine(['check-sources', '--format', 'json', 'story.md'], json, 'test'), 0, json.err);
      const report = JSON.parse(json.out) as { sources: { fetchFailure?: string }[] };
      assert.equal(report.sources.length, 2);
      for (const source of report.sources)
        assert.match(source.fetchFailure ?? '', /^refused: 127\.0\.0\.1 is a loopback address; .*--allow-private-addresses/);
    } finally {
      tree.remove();
    }
  });

  it('refuses bad options with one line', async () => {
    const io = captureIo(process.cwd());
    assert.equal(await runCommandLine(['check-sources', '--timeout', 'soon', 'x.md'], io, 'test'), 2);
    assert.match(io.err, /^draft-factcheck: --timeout must be a number of seconds/);
    const none = captureIo(process.cwd());
    assert.equal(await runCommandLine(['check-sources'], none, 'test'), 2);
    assert.match(none.err, /no paths given/);
  });
});

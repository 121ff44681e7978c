import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { formatText, terminalSafe, truncate } from '../../../src/cli/format/text';
import type { LocatedClaim, ScanReport } from '../../../src/cli/report';
import { CLI, UNMISTAKABLE, UNMISTAKABLE_2, assertCliBuilt, runCli, scanJson, tempTree } from './cliHarness';

/** One clause of about 200 characters, so that any detector's claim is longer than a line. */
const LONG =
  'In 2023 the regional transport authority counted 4512000 passengers on the northern tram line between the central ' +
  'station and the new airport terminal during the busiest year since the line opened in 1998.';

describe('cli scan --format text', () => {
  before(assertCliBuilt);

  it('prints path:line:col  kind  text lines under a header per file, then a summary', () => {
    const tree = tempTree({ 'a.md': `# Title\n\n${UNMISTAKABLE}\n`, 'b.txt': `${UNMISTAKABLE_2} ${LONG}\n`, 'c.txt': 'Hello.\n' });
    try {
      const json = scanJson(['a.md', 'b.txt', 'c.txt'], tree.dir);
      const run = runCli(['scan', 'a.md', 'b.txt', 'c.txt'], { cwd: tree.dir });
      assert.equal(run.status, 0, run.stderr);
      assert.ok(!run.stdout.includes('\u001b'), 'no colour when stdout is not a terminal');
      const expected: string[] = [];
      for (const file of json.files.filter((f) => f.claims.length > 0)) {
        expected.push(`${file.path} (${file.claims.length} claim${file.claims.length === 1 ? '' : 's'})`);
        for (const c of file.claims) expected.push(`${file.path}:${c.line}:${c.column} ${c.kind}`);
      }
      const lines = run.stdout
        .trimEnd()
        .split('\n')
        .filter((l) => l !== '');
      const summary = lines.pop()!;
      assert.deepEqual(
        lines.map((l) =>
          l
            .replace(/ {2,}/g, ' ')
            .split(' ')
            .slice(0, /^\S+ \(\d+ claims?\)$/.test(l) ? 3 : 2)
            .join(' '),
        ),
        expected,
      );
      const total = json.files.reduce((n, f) => n + f.claims.length, 0);
      const withClaims = json.files.filter((f) => f.claims.length > 0).length;
      assert.ok(total >= 2);
      assert.match(summary, new RegExp(`^${total} claims in ${withClaims} files? \\(3 scanned\\): [a-z]+ \\d+`));
      const longest = json.files.flatMap((f) => f.claims).sort((x, y) => y.text.length - x.text.length)[0];
      assert.ok(longest.text.length > 120, `a claim longer than the piped width (${longest.text.length})`);
      const shown = lines.find((l) => l.includes(longest.text.slice(0, 40)));
      assert.ok(shown?.endsWith('…'), shown);
      assert.ok([...shown!.slice(shown!.indexOf(longest.text.slice(0, 40)))].length <= 120);
    } finally {
      tree.remove();
    }
  });

  it('never passes control characters from a draft to the terminal', () => {
    const tree = tempTree({ 'a.txt': `Unemployment rose to 7.2 percent \u001b[2J\u001b]0;pwned\u0007in 2023.\n` });
    try {
      const run = runCli(['scan', 'a.txt'], { cwd: tree.dir });
      assert.equal(run.status, 0);
      assert.match(run.stdout, /^a\.txt:1:1 /m, 'the claim is reported');
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      assert.ok(!/[\u0000-\u0009\u000b-\u001f]/.test(run.stdout), JSON.stringify(run.stdout));
      assert.ok(run.stdout.includes('\\u001b[2J'));
    } finally {
      tree.remove();
    }
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  (hasScript ? it : it.skip)('colours and fits the width on a terminal, and not with NO_COLOR set', () => {
    const tree = tempTree({ 'a.txt': `${LONG}\n` });
    try {
      const inTerminal = (env: NodeJS.ProcessEnv) =>
        spawnSync('script', ['-qec', `stty cols 70; "${process.execPath}" "${CLI}" scan a.txt`, '/dev/null'], {
          cwd: tree.dir,
          env,
          encoding: 'utf8',
        }).stdout;
      const env = { ...process.env };
      delete env.NO_COLOR;
      const coloured = inTerminal(env);
      assert.ok(coloured.includes('\u001b[1ma.txt (1 claim)\u001b[0m'), JSON.stringify(coloured));
      const plain = inTerminal({ ...env, NO_COLOR: '1' });
      assert.ok(!plain.includes('\u001b['), JSON.stringify(plain));
      const claimLine = plain.split(/\r?\n/).find((l) => l.startsWith('a.txt:1:'));
      assert.ok(claimLine && claimLine.length <= 69 && claimLine.endsWith('…'), JSON.stringify(claimLine));
    } finally {
      tree.remove();
    }
  });
});

describe('text formatter', () => {
  const claim = (text: string, kind: LocatedClaim['kind'], line: number): LocatedClaim => ({
    start: 0,
    end: text.length,
    text,
    kind,
    reason: 'r',
    score: 0.5,
    line,
    column: 1,
    endLine: line,
    endColumn: text.length + 1,
  });
  const report: ScanReport = {
    files: [
      {
        path: 'a.md',
        absolutePath: '/a.md',
        language: 'markdown',
        bytes: 1,
        bom: false,
        claims: [claim('Sales rose 5%.', 'statistic', 9), claim('It was caused by rain.', 'causal', 12)],
      },
      { path: 'b.md', absolutePath: '/b.md', language: 'markdown', bytes: 1, bom: false, claims: [] },
      {
        path: 'c.md',
        absolutePath: '/c.md',
        language: 'markdown',
        bytes: 1,
        bom: false,
        claims: [claim('All of them.', 'absolute', 1), claim('Up 7%.', 'statistic', 2)],
      },
    ],
  };

  it('aligns columns, skips files without claims and counts kinds by frequency', () => {
    assert.equal(
      formatText(report),
      [
        'a.md (2 claims)',
        'a.md:9:1   statistic    Sales rose 5%.',
        'a.md:12:1  causal       It was caused by rain.',
        '',
        'c.md (2 claims)',
        'c.md:1:1  absolute     All of them.',
        'c.md:2:1  statistic    Up 7%.',
        '',
        '4 claims in 2 files (3 scanned): statistic 2, absolute 1, causal 1',
        '',
      ].join('\n'),
    );
    assert.equal(formatText({ files: [report.files[1]] }), 'No claims found in 1 file scanned.\n');
  });

  it('uses colour only when told the terminal takes it', () => {
    assert.ok(!formatText(report, { columns: 80, color: false }).includes('\u001b'));
    assert.ok(formatText(report, { columns: 80, color: true }).includes('\u001b[36mstatistic  \u001b[0m'));
  });

  it('truncates at a word boundary without splitting characters', () => {
    assert.equal(truncate('short', 10), 'short');
    assert.equal(truncate('one two three four five', 16), 'one two three…');
    assert.equal(truncate('one two three four five', 12), 'one two thr…', 'no boundary near the cut: cut mid-word');
    assert.equal(truncate('abcdefghijklmnop', 6), 'abcde…');
    assert.equal(truncate('😀😀😀😀😀😀', 4), '😀😀😀…');
  });

  it('flattens whitespace and escapes control and bidi characters', () => {
    assert.equal(terminalSafe('a\r\n\tb  c '), 'a b c');
    assert.equal(terminalSafe('x\u001b[31my\u202ez\u0085'), 'x\\u001b[31my\\u202ez\\u0085');
  });
});

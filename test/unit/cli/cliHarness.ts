// Runs the built CLI (dist/cli.js) as users do, in a child process, on throwaway files.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { ClaimEntry } from '../../../src/cli/format/json';

/** The repository root: this file runs from out/test/unit/cli/. */
export const ROOT = resolve(__dirname, '../../../..');
export const CLI = join(ROOT, 'dist', 'cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function assertCliBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
}

export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): CliRun {
  // The caller's environment must not change the output: only what the test sets applies.
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, DRAFT_FACTCHECK_DEBUG: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    encoding: 'utf8',
    timeout: 30000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A temp folder with the given files (text or bytes); remove() deletes it. */
export function tempTree(files: Record<string, string | Uint8Array>): { dir: string; path(rel: string): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-cli-'));
  for (const [rel, content] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return { dir, path: (rel) => join(dir, rel), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A claim of `scan --format json`, as the format writes it. */
export type JsonClaim = ClaimEntry;

export interface JsonReport {
  files: {
    path: string;
    claims: JsonClaim[];
    inconsistencies?: { fact: string; spans: { start: number; end: number; text: string }[] }[];
  }[];
}

/** Runs `scan --format json`, asserting a clean exit, and parses the report. */
export function scanJson(args: readonly string[], cwd?: string): JsonReport {
  const run = runCli(['scan', '--format', 'json', ...args], { cwd });
  if (run.status !== 0) throw new Error(`scan exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as JsonReport;
}

/**
 * Where an offset sits as an editor shows it, computed independently of the CLI:
 * 1-based line and UTF-16 column, line breaks \r\n, \r or \n, a leading BOM not counted.
 */
export function editorPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = text.startsWith('\uFEFF') ? 1 : 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** One line on stderr, prefixed with the tool name, and no stack frames. */
export function isOneCleanErrorLine(stderr: string): boolean {
  return /^draft-factcheck: [^\n]+\n$/.test(stderr) && !/\n\s+at /.test(stderr) && !/\bat .+:\d+:\d+\)?$/m.test(stderr);
}

/** Sentences any claim detector must flag: a figure with a unit and a date. */
export const UNMISTAKABLE = 'Unemployment rose to 7.2 percent in 2023.';
export const UNMISTAKABLE_2 = 'The city spent $4.5 million on road repairs in 2022, up 12 percent from 2021.';

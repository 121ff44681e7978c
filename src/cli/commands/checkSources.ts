import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseSidecar, serializeSidecar } from '../../core/annotations';
import type { Source } from '../../core/annotations/types';
import {
  describeSourceHealth,
  runSourceChecks,
  sourceHealth,
  withCheckResult,
  type PageFetcher,
  type SourceCheckJob,
  type SourceProblem,
} from '../../core/sources';
import { NodePageFetcher } from '../../extension/desktop/nodePageFetcher';
import { parseArgs, type OptionSpec } from '../args';
import { collectDrafts } from '../drafts';
import { EXIT_OK } from '../exit';
import { checkSourcesUsage } from '../help';
import { quoteArg, UsageError, type CliIo } from '../io';
import { terminalSafe } from '../format/text';
import { findSidecar } from '../sidecarFor';

const OPTIONS: readonly OptionSpec[] = [
  { name: 'help', takesValue: false, short: 'h' },
  { name: 'format', takesValue: true, short: 'f' },
  { name: 'timeout', takesValue: true },
  { name: 'allow-private-addresses', takesValue: false },
];

interface Owner {
  sidecar: string;
  draftPath: string;
  annotationId: string;
  claim: string;
}

interface SourceResult {
  path: string;
  annotationId: string;
  claim: string;
  sourceId: string;
  url: string;
  title: string;
  checkedAt?: string;
  httpStatus?: number;
  finalUrl?: string;
  quoteFound?: boolean | null;
  problems: SourceProblem[];
  summary: string[];
  /** Why the fetch gave no response, in the fetcher's words (a refused address says how to allow it). */
  fetchFailure?: string;
}

/** Writes the sidecar so readers see the old file or the new one, never half of one. */
function writeAtomic(path: string, text: string): void {
  const temp = `${path}.tmp-${Math.random().toString(36).slice(2, 10)}`;
  writeFileSync(temp, text, 'utf8');
  renameSync(temp, path);
}

/**
 * Records one checked source in its sidecar at once: re-read, replace that source, write
 * atomically. Re-reading keeps what an editor saved meanwhile; a file that stopped being
 * valid is left alone.
 */
function saveResult(owner: Owner, checked: Source, warn: (message: string) => void): void {
  const parsed = parseSidecar(readFileSync(owner.sidecar, 'utf8'));
  if (!parsed.ok) {
    warn(`${quoteArg(owner.sidecar)} became unreadable while checking (${parsed.error}); result not saved`);
    return;
  }
  let found = false;
  const annotations = parsed.file.annotations.map((a) => {
    if (a.id !== owner.annotationId) return a;
    const sources = a.sources.map((s) => {
      const updated = s.id === checked.id ? withCheckResult(s, checked) : undefined;
      if (updated) found = true;
      return updated ?? s;
    });
    return { ...a, sources };
  });
  if (found) writeAtomic(owner.sidecar, serializeSidecar({ ...parsed.file, annotations }));
}

function parseTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!(seconds > 0 && seconds <= 60)) throw new UsageError(`--timeout must be a number of seconds from 0 to 60, not '${quoteArg(value)}'`);
  return Math.round(seconds * 1000);
}

/**
 * `draft-factcheck check-sources [options] PATH...`: fetches every source URL in the drafts'
 * sidecars (the only command that uses the network), records the result in each source
 * as soon as it is known and prints a report. Exit 0 whatever the sources' health.
 */
export async function runCheckSources(
  args: string[],
  io: CliIo,
  fetcherFor: (options: { timeoutMs?: number; allowPrivateAddresses: boolean }) => PageFetcher = (options) => new NodePageFetcher(options),
): Promise<number> {
  const parsed = parseArgs(args, OPTIONS);
  if (parsed.flags.has('help')) {
    io.stdout(checkSourcesUsage());
    return EXIT_OK;
  }
  const format = parsed.values.get('format')?.at(-1) ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`unknown format '${quoteArg(format)}' for check-sources (use text, json)`);
  const timeoutMs = parseTimeout(parsed.values.get('timeout')?.at(-1));
  if (parsed.positionals.length === 0) throw new UsageError('no paths given: name draft files or folders whose sources to check');

  const warn = (message: string) => io.stderr(`draft-factcheck: warning: ${message}\n`);
  const jobs: SourceCheckJob<Owner>[] = [];
  for (const draft of collectDrafts(parsed.positionals, io.cwd, warn)) {
    const sidecar = findSidecar(draft.absolutePath);
    if (sidecar === undefined) continue;
    const read = parseSidecar(readFileSync(sidecar, 'utf8'), basename(draft.absolutePath));
    if (!read.ok) {
      warn(`skipped ${quoteArg(sidecar)}: ${read.error}`);
      continue;
    }
    for (const annotation of read.file.annotations) {
      for (const source of annotation.sources) {
        jobs.push({ source, owner: { sidecar, draftPath: draft.path, annotationId: annotation.id, claim: annotation.anchor.exact } });
      }
    }
  }

  const position = new Map(jobs.map((job, i) => [job, i]));
  const results: Array<SourceResult & { position: number }> = [];
  await runSourceChecks(jobs, {
    fetcher: fetcherFor({
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      allowPrivateAddresses: parsed.flags.has('allow-private-addresses'),
    }),
    onResult: (job, checked, outcome) => {
      saveResult(job.owner, checked, warn);
      results.push({
        position: position.get(job) ?? 0,
        path: job.owner.draftPath,
        annotationId: job.owner.annotationId,
        claim: job.owner.claim,
        sourceId: checked.id,
        url: checked.url,
        title: checked.title,
        checkedAt: checked.checkedAt,
        httpStatus: checked.httpStatus,
        finalUrl: checked.finalUrl,
        quoteFound: checked.quoteFound,
        problems: sourceHealth(checked).problems,
        summary: describeSourceHealth(checked),
        ...(outcome.kind === 'failed' ? { fetchFailure: outcome.message } : {}),
      });
    },
  });
  // Results arrive as fetches finish; the report follows the drafts' order.
  const ordered: SourceResult[] = results.sort((a, b) => a.position - b.position).map(({ position: _position, ...result }) => result);
  if (format === 'json') io.stdout(`${JSON.stringify({ sources: ordered }, null, 2)}\n`);
  else io.stdout(textReport(ordered));
  return EXIT_OK;
}

function textReport(results: readonly SourceResult[]): string {
  if (results.length === 0) return 'No sources to check (no sidecars with sources next to these drafts).\n';
  const lines: string[] = [];
  let problems = 0;
  for (const r of results) {
    if (r.problems.length > 0) problems++;
    // Paths and claims come from other people's commits: escaped so they cannot drive the terminal.
    const claim = r.claim.length > 60 ? `${r.claim.slice(0, 57)}...` : r.claim;
    lines.push(
      `${terminalSafe(r.path)}: "${terminalSafe(claim)}" — ${r.url}`,
      `  ${r.problems.length > 0 ? 'PROBLEM' : 'ok'}: ${terminalSafe(r.summary.join('; '))}`,
    );
    if (r.fetchFailure !== undefined) lines.push(`  why: ${terminalSafe(r.fetchFailure)}`);
  }
  lines.push('', `${results.length} source(s) checked, ${problems} with problems (broken, moved, changed or quote not found).`);
  return `${lines.join('\n')}\n`;
}

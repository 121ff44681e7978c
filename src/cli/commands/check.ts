import { relative } from 'node:path';
import { parseCheckArgs } from '../checkArgs';
import { formatCheck } from '../checkFormat';
import { draftPasses, type CheckedDraft, type CheckRun } from '../checkModel';
import { collectDrafts, type DraftFile } from '../drafts';
import { reportError } from '../exit';
import { checkUsage } from '../help';
import { quoteArg, UsageError, type CliIo } from '../io';
import { resolvePolicy } from '../policyFile';
import { loadDraft } from '../loadDraft';
import { locateClaims } from '../report';

/** `check`'s exit codes, as eslint and Vale use them. */
export const CHECK_PASS = 0;
export const CHECK_FAIL = 1;
export const CHECK_ERROR = 2;

/**
 * `draft-factcheck check [options] PATH...`: the CI gate. Applies the publishing policy to
 * every draft and prints a verdict per draft with the claims that block it. Exit 0 when every
 * draft passes, 1 when any fails, 2 for bad input (arguments, policy file, an unreadable draft
 * or sidecar, which is listed, never skipped) or an internal error.
 */
export async function runCheck(args: string[], io: CliIo, version: string): Promise<number> {
  try {
    return checkCommand(args, io, version);
  } catch (error) {
    reportError(error, io);
    return CHECK_ERROR;
  }
}

function checkCommand(args: string[], io: CliIo, version: string): number {
  const options = parseCheckArgs(args);
  if (options.help) {
    io.stdout(checkUsage());
    return CHECK_PASS;
  }
  const { policy, path: policyPath } = resolvePolicy(options.policyFile, io.cwd, options.overrides);
  const warn = (message: string) => io.stderr(`draft-factcheck: warning: ${message}\n`);
  const found = collectDrafts(options.paths, io.cwd, warn);
  // A gate that found nothing to check would pass every pull request: a path that names the wrong folder
  // (or drafts that moved) must fail the build, as an unmatched pattern does in eslint.
  if (found.length === 0 && !options.allowEmpty)
    throw new UsageError(
      `no drafts (.md, .markdown, .txt) found in ${options.paths.map(quoteArg).join(', ')}: nothing was checked (pass --allow-empty if that is expected)`,
    );
  const drafts = found.map((draft) => checkOne(draft, io.cwd, policy));
  const run: CheckRun = { drafts, policy, ...(policyPath !== undefined ? { policyFile: relative(io.cwd, policyPath) || policyPath } : {}) };
  io.stdout(formatCheck(options.format, run, { cwd: io.cwd, version, terminal: io.terminal }));
  const unreadable = drafts.filter((d) => d.error !== undefined);
  for (const draft of unreadable) io.stderr(`draft-factcheck: ${draft.path}: ${draft.error}\n`);
  if (unreadable.length > 0) return CHECK_ERROR;
  return drafts.every(draftPasses) ? CHECK_PASS : CHECK_FAIL;
}

function checkOne(draft: DraftFile, cwd: string, policy: CheckRun['policy']): CheckedDraft {
  const loaded = loadDraft(draft, cwd, policy);
  const checked: CheckedDraft = { path: draft.path, absolutePath: draft.absolutePath, language: draft.language, places: [] };
  if (loaded.sidecarPath !== undefined) checked.sidecarPath = loaded.sidecarPath;
  if (loaded.error !== undefined) checked.error = loaded.error;
  if (loaded.assessment === undefined || loaded.text === undefined) return checked;
  checked.assessment = loaded.assessment;
  // Blockers are in document order, which locateClaims keeps (a stable sort by position).
  checked.places = locateClaims(
    loaded.text,
    loaded.assessment.evaluation.blockers.map((b) => b.item),
  ).map(({ line, column, endLine, endColumn }) => ({ line, column, endLine, endColumn }));
  return checked;
}

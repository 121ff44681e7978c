import { basename, relative } from 'node:path';
import { assessDraft, mergePolicy } from '../../core/publish';
import { parseCheckArgs } from '../checkArgs';
import { formatCheck } from '../checkFormat';
import { draftPasses, type CheckedDraft, type CheckRun } from '../checkModel';
import { collectDrafts } from '../drafts';
import { reportError } from '../exit';
import { checkUsage } from '../help';
import type { CliIo } from '../io';
import { loadPolicyFile } from '../policyFile';
import { readDraft } from '../readDraft';
import { locateClaims } from '../report';
import { readSidecarFor } from '../sidecarLookup';

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
  const policyFile = loadPolicyFile(options.policyFile, io.cwd);
  const policy = mergePolicy(policyFile?.policy, options.overrides);
  const warn = (message: string) => io.stderr(`draft-factcheck: warning: ${message}\n`);
  const drafts = collectDrafts(options.paths, io.cwd, warn).map((draft) => checkOne(draft, io.cwd, policy));
  const run: CheckRun = { drafts, policy, ...(policyFile ? { policyFile: relative(io.cwd, policyFile.path) || policyFile.path } : {}) };
  io.stdout(formatCheck(options.format, run, { cwd: io.cwd, version, terminal: io.terminal }));
  const unreadable = drafts.filter((d) => d.error !== undefined);
  for (const draft of unreadable) io.stderr(`draft-factcheck: ${draft.path}: ${draft.error}\n`);
  if (unreadable.length > 0) return CHECK_ERROR;
  return drafts.every(draftPasses) ? CHECK_PASS : CHECK_FAIL;
}

function checkOne(draft: ReturnType<typeof collectDrafts>[number], cwd: string, policy: CheckRun['policy']): CheckedDraft {
  const base = { path: draft.path, absolutePath: draft.absolutePath, language: draft.language, places: [] };
  const read = readDraft(draft.absolutePath);
  if ('problem' in read) return { ...base, error: `cannot read the draft: ${read.problem}` };
  const sidecar = readSidecarFor(draft.absolutePath);
  const sidecarPath = sidecar ? relative(cwd, sidecar.path) : undefined;
  if (sidecar && 'problem' in sidecar) return { ...base, sidecarPath, error: `cannot read its sidecar ${sidecarPath}: ${sidecar.problem}` };
  const assessment = assessDraft({
    uri: draft.path,
    text: read.text,
    language: draft.language,
    draftName: basename(draft.absolutePath),
    ...(sidecar ? { sidecarText: sidecar.text } : {}),
    policy,
  });
  // Blockers are in document order, which locateClaims keeps (a stable sort by position).
  const places = locateClaims(
    read.text,
    assessment.evaluation.blockers.map((b) => b.item),
  ).map(({ line, column, endLine, endColumn }) => ({ line, column, endLine, endColumn }));
  const checked: CheckedDraft = { ...base, ...(sidecarPath !== undefined ? { sidecarPath } : {}), assessment, places };
  const error = assessment.evaluation.error;
  if (error !== undefined) checked.error = `its sidecar ${sidecarPath} cannot be read: ${error}`;
  return checked;
}

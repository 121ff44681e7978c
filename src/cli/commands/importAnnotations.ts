import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { parseSidecar, serializeSidecar } from '../../core/annotations';
import { importWebAnnotations } from '../../core/exports';
import { lastValue, parseArgs, type OptionSpec } from '../args';
import { writeUserFileAtomic } from '../atomicWrite';
import { fsUsageError, languageOfPath } from '../drafts';
import { EXIT_OK } from '../exit';
import { reportUsage } from '../help';
import { UsageError, quoteArg, type CliIo } from '../io';
import { readDraft } from '../readDraft';
import { readSidecarFor, SIDECAR_SUFFIX } from '../sidecarLookup';

const OPTIONS: readonly OptionSpec[] = [
  { name: 'help', takesValue: false, short: 'h' },
  { name: 'draft', takesValue: true },
  { name: 'by', takesValue: true },
];

/**
 * `draft-factcheck import-annotations FILE --draft PATH [--by NAME]`: merges Web Annotations into
 * the draft's sidecar (where it is, or a new one beside the draft), never overwriting one.
 * Exit 0 when merged; 2 when the file, the draft or its sidecar cannot be used (nothing is written).
 */
export async function runImportAnnotations(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, OPTIONS);
  if (parsed.flags.has('help')) {
    io.stdout(reportUsage());
    return EXIT_OK;
  }
  const draftArg = lastValue(parsed, 'draft');
  if (parsed.positionals.length !== 1) throw new UsageError('import-annotations takes one annotation FILE (and --draft PATH)');
  if (draftArg === undefined) throw new UsageError('import-annotations needs --draft PATH: the draft the annotations belong to');
  const [file] = parsed.positionals;
  let json: string;
  try {
    json = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw fsUsageError(file, error);
  }
  const draftPath = resolve(io.cwd, draftArg);
  const draft = readDraft(draftPath);
  if ('problem' in draft) throw new UsageError(`${quoteArg(draftArg)}: ${draft.problem}`);
  const found = readSidecarFor(draftPath);
  if (found && 'problem' in found) throw new UsageError(`${quoteArg(relative(io.cwd, found.path))}: ${found.problem}`);
  const draftName = basename(draftPath);
  let sidecar;
  if (found) {
    const read = parseSidecar(found.text, draftName);
    if (!read.ok) throw new UsageError(`${quoteArg(relative(io.cwd, found.path))} cannot be read, so nothing was imported: ${read.error}`);
    sidecar = read.file;
  }
  const result = importWebAnnotations({
    json,
    text: draft.text,
    draftName,
    language: languageOfPath(draftPath),
    ...(sidecar ? { sidecar } : {}),
    by: lastValue(parsed, 'by') ?? process.env.USER ?? 'draft-factcheck import',
    now: new Date().toISOString(),
  });
  if (!result.ok) throw new UsageError(`${quoteArg(file)}: ${result.error}`);
  const text = serializeSidecar(result.file);
  const check = parseSidecar(text, draftName);
  if (!check.ok) throw new UsageError(`${quoteArg(file)}: the merged sidecar would not be valid (${check.error}); nothing was written`);
  const target = found?.path ?? draftPath + SIDECAR_SUFFIX;
  const shown = relative(io.cwd, target) || target;
  const { added, alreadyPresent, notFound, sourcesDropped } = result.summary;
  if (added > 0) writeUserFileAtomic(target, text, shown);
  const extra = [
    `${alreadyPresent} already present`,
    `${notFound} not found in the draft`,
    ...(sourcesDropped > 0 ? [`${sourcesDropped} unsafe source link(s) dropped`] : []),
  ];
  io.stdout(`imported ${added} annotation${added === 1 ? '' : 's'} into ${shown} (${extra.join(', ')})\n`);
  return EXIT_OK;
}

import { resolve } from 'node:path';
import { buildReport, renderReport, REPORT_FORMATS, type ReportFormat, type ReportInput } from '../../core/report';
import { lastValue, parseArgs, type OptionSpec } from '../args';
import { writeUserFileAtomic } from '../atomicWrite';
import { collectDrafts } from '../drafts';
import { EXIT_OK, EXIT_USAGE } from '../exit';
import { reportUsage } from '../help';
import { UsageError, quoteArg, type CliIo } from '../io';
import { loadDraft, type LoadedDraft } from '../loadDraft';
import { resolvePolicy } from '../policyFile';
import { POLICY_OPTIONS, policyOverrides } from '../checkArgs';
import { EXPORT_FORMATS, exportOptions, renderExport, type ExportFormat } from './exportFormats';

const OPTIONS: readonly OptionSpec[] = [
  { name: 'help', takesValue: false, short: 'h' },
  { name: 'format', takesValue: true, short: 'f' },
  { name: 'output', takesValue: true, short: 'o' },
  ...POLICY_OPTIONS,
  { name: 'publisher-name', takesValue: true },
  { name: 'publisher-url', takesValue: true },
  { name: 'url-template', takesValue: true },
  { name: 'date', takesValue: true },
];

const FORMATS = [...REPORT_FORMATS, ...EXPORT_FORMATS];

/**
 * `draft-factcheck report [--format F] [-o FILE] PATH...`: the fact-check report (md, html,
 * csv, json) or a standard export (claimreview, webannotation) of drafts, on stdout or written
 * atomically to FILE. A draft whose sidecar cannot be read is in the report with an error
 * marker, named on stderr, and the exit code is 2; bad usage is 2; otherwise 0.
 */
export async function runReport(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, OPTIONS);
  if (parsed.flags.has('help')) {
    io.stdout(reportUsage());
    return EXIT_OK;
  }
  const format = lastValue(parsed, 'format') ?? 'md';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`unknown format '${quoteArg(format)}' for report (use ${FORMATS.join(', ')})`);
  if (parsed.positionals.length === 0) throw new UsageError('no paths given: name draft files or folders to report on');
  const now = lastValue(parsed, 'date') ?? new Date().toISOString();
  if (Number.isNaN(Date.parse(now))) throw new UsageError(`--date must be an ISO 8601 date and time, not '${quoteArg(now)}'`);
  const exportSettings = (EXPORT_FORMATS as readonly string[]).includes(format) ? exportOptions(parsed, now) : undefined;

  const { policy } = resolvePolicy(lastValue(parsed, 'policy'), io.cwd, policyOverrides(parsed));
  const warn = (message: string) => io.stderr(`draft-factcheck: warning: ${message}\n`);
  const loaded = collectDrafts(parsed.positionals, io.cwd, warn).map((draft) => loadDraft(draft, io.cwd, policy));

  const unreadable = loaded.filter((l) => l.error !== undefined);
  for (const l of unreadable) io.stderr(`draft-factcheck: ${l.draft.path}: ${l.error}\n`);
  if (exportSettings && unreadable.length > 0) {
    io.stderr(
      `draft-factcheck: nothing written: an export needs every draft's record (fix or remove the file${unreadable.length === 1 ? '' : 's'} above)\n`,
    );
    return EXIT_USAGE;
  }
  const text = exportSettings
    ? renderExport(format as ExportFormat, loaded, exportSettings)
    : renderReport(buildReport(loaded.map(reportInput), now), format as ReportFormat);
  const output = lastValue(parsed, 'output');
  if (output !== undefined) writeUserFileAtomic(resolve(io.cwd, output), text, output);
  else io.stdout(text);

  return unreadable.length > 0 ? EXIT_USAGE : EXIT_OK;
}

export function reportInput(loaded: LoadedDraft): ReportInput {
  const input: ReportInput = {
    path: loaded.draft.path.split('\\').join('/'),
    text: loaded.text ?? '',
    items: loaded.assessment?.review.items ?? [],
  };
  if (loaded.assessment?.sidecar) input.sidecar = loaded.assessment.sidecar;
  if (loaded.assessment) input.evaluation = loaded.assessment.evaluation;
  if (loaded.error !== undefined) input.error = loaded.error;
  return input;
}

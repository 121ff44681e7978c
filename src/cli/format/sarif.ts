import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { describeKind } from '../../core/claims/describe';
import { CLAIM_KINDS, type ClaimKind } from '../../core/claims/types';
import { HOLE, jsonFrame, plainJson, type JsonFrame } from '../output/jsonStream';
import type { FileReport } from '../report';
import type { FormatContext } from './index';
import { KIND_RULES } from './kindRules';
import type { ScanFormat } from './writer';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** The extension's Marketplace page; the same identity as package.json publisher.name. */
const INFORMATION_URI = 'https://marketplace.visualstudio.com/items?itemName=draft-factcheck.draft-factcheck';

/** What an artifact needs of a scanned file: known before it is scanned. */
export type SarifArtifactSource = Pick<FileReport, 'absolutePath' | 'bytes' | 'language'>;

/**
 * SARIF 2.1.0 for code-scanning tools (GitHub code scanning, the SARIF viewer): one rule per
 * claim kind, one "note" result per claim. Regions give lines and columns in UTF-16 code units
 * (declared by columnKind) and charOffset/charLength into the text as an editor decodes it
 * (a leading byte order mark is not counted). The artifacts come first in the log, so the files
 * that will be reported are given up front; results are written file by file.
 */
export function sarifFormat(context: FormatContext, reported: readonly SarifArtifactSource[]): ScanFormat {
  const artifacts = reported.map((file) => artifact(file, context.cwd));
  const frame = sarifFrame(
    context,
    CLAIM_KINDS.map((kind) => rule(kind)),
    artifacts,
  );
  return {
    separator: frame.before(1),
    opening: frame.before(0),
    start: () => [frame.open],
    *render(file, fileIndex, tally) {
      if (fileIndex >= artifacts.length) throw new Error(`${file.path} was scanned but is not among the SARIF artifacts`);
      const bomShift = file.bom ? 1 : 0;
      for (const claim of file.claims) {
        const result: Sarif.Result = {
          ruleId: claim.kind,
          ruleIndex: CLAIM_KINDS.indexOf(claim.kind),
          level: 'note',
          message: { text: `${KIND_RULES[claim.kind].label}: ${claim.reason}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { ...artifacts[fileIndex].location, index: fileIndex },
                region: {
                  startLine: claim.line,
                  startColumn: claim.column,
                  endLine: claim.endLine,
                  endColumn: claim.endColumn,
                  charOffset: Math.max(0, claim.start - bomShift),
                  charLength: claim.end - claim.start,
                  snippet: { text: claim.text },
                },
              },
            },
          ],
          properties: { score: claim.score },
        };
        tally.items++;
        yield frame.before(1);
        yield plainJson(result, frame.itemDepth, true);
      }
    },
    end: (totals) => [frame.close(totals.items), '\n'],
  };
}

/** One SARIF 2.1.0 log of a single draft-factcheck run, as text (shared by scan and check). */
export function serializeSarif(
  context: FormatContext,
  rules: Sarif.ReportingDescriptor[],
  artifacts: Sarif.Artifact[],
  results: Sarif.Result[],
  properties?: Sarif.PropertyBag,
): string {
  const frame = sarifFrame(context, rules, artifacts, properties);
  const parts = [frame.open];
  results.forEach((result, i) => parts.push(frame.before(i), plainJson(result, frame.itemDepth, true)));
  parts.push(frame.close(results.length), '\n');
  return parts.join('');
}

/** The log around its results, which are written into the frame's hole one by one. */
function sarifFrame(
  context: FormatContext,
  rules: Sarif.ReportingDescriptor[],
  artifacts: Sarif.Artifact[],
  properties?: Sarif.PropertyBag,
): JsonFrame {
  const run = {
    tool: {
      driver: {
        name: 'draft-factcheck',
        version: context.version,
        semanticVersion: context.version,
        informationUri: INFORMATION_URI,
        rules,
      },
    },
    originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(context.cwd.endsWith(sep) ? context.cwd : context.cwd + sep).href } },
    columnKind: 'utf16CodeUnits',
    artifacts,
    results: [HOLE],
    ...(properties ? { properties } : {}),
  };
  return jsonFrame({ $schema: SCHEMA, version: '2.1.0', runs: [run] });
}

function rule(kind: ClaimKind): Sarif.ReportingDescriptor {
  const { name, short, help } = KIND_RULES[kind];
  return {
    id: kind,
    name,
    shortDescription: { text: short },
    fullDescription: { text: describeKind(kind) },
    help: { text: help },
    defaultConfiguration: { level: 'note' },
    properties: { tags: ['fact-check', kind] },
  };
}

function artifact(file: SarifArtifactSource, cwd: string): Sarif.Artifact & { location: Sarif.ArtifactLocation } {
  return {
    location: artifactLocation(file.absolutePath, cwd),
    length: file.bytes,
    mimeType: file.language === 'markdown' ? 'text/markdown' : 'text/plain',
    encoding: 'utf-8',
    sourceLanguage: file.language,
  };
}

/** Relative to cwd (forward slashes, each segment URI-encoded) under %SRCROOT%; a file outside cwd gets an absolute file URI. */
export function artifactLocation(absolutePath: string, cwd: string): Sarif.ArtifactLocation {
  const rel = relative(cwd, absolutePath);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { uri: pathToFileURL(absolutePath).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

// The scan report formats as they were before streaming (one JSON.stringify of the whole report),
// kept as the reference the streamed output must equal byte for byte.
import { readFileSync } from 'node:fs';
import { basename, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectClaims } from '../../../src/core/claims';
import { describeKind } from '../../../src/core/claims/describe';
import { CLAIM_KINDS } from '../../../src/core/claims/types';
import { findInconsistencies } from '../../../src/core/consistency';
import { languageOfPath } from '../../../src/cli/drafts';
import { KIND_RULES } from '../../../src/cli/format/kindRules';
import { artifactLocation } from '../../../src/cli/format/sarif';
import { locateClaims, locateInconsistencies, startsWithBom, type FileReport, type ScanReport } from '../../../src/cli/report';

export function referenceJson(report: ScanReport): string {
  const files = report.files.map((file) => ({
    path: file.path,
    claims: Array.from(file.claims).map(({ start, end, text, kind, reason, score, line, column, matches }) => ({
      start,
      end,
      text,
      kind,
      reason,
      score,
      line,
      column,
      matches: (matches ?? []).map(({ path, id, status, similarity, conflict }) => ({ path, id, status, similarity, conflict })),
    })),
    inconsistencies: (file.inconsistencies ?? []).map(({ fact, spans }) => ({
      fact,
      spans: spans.map(({ start, end, text }) => ({ start, end, text })),
    })),
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

export function referenceSarif(report: ScanReport, cwd: string, version: string): string {
  const artifacts = report.files.map((file) => ({
    location: artifactLocation(file.absolutePath, cwd),
    length: file.bytes,
    mimeType: file.language === 'markdown' ? 'text/markdown' : 'text/plain',
    encoding: 'utf-8',
    sourceLanguage: file.language,
  }));
  const results = report.files.flatMap((file, index) =>
    Array.from(file.claims).map((claim) => ({
      ruleId: claim.kind,
      ruleIndex: CLAIM_KINDS.indexOf(claim.kind),
      level: 'note',
      message: { text: `${KIND_RULES[claim.kind].label}: ${claim.reason}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { ...artifacts[index].location, index },
            region: {
              startLine: claim.line,
              startColumn: claim.column,
              endLine: claim.endLine,
              endColumn: claim.endColumn,
              charOffset: Math.max(0, claim.start - (file.bom ? 1 : 0)),
              charLength: claim.end - claim.start,
              snippet: { text: claim.text },
            },
          },
        },
      ],
      properties: { score: claim.score },
    })),
  );
  const rules = CLAIM_KINDS.map((kind) => ({
    id: kind,
    name: KIND_RULES[kind].name,
    shortDescription: { text: KIND_RULES[kind].short },
    fullDescription: { text: describeKind(kind) },
    help: { text: KIND_RULES[kind].help },
    defaultConfiguration: { level: 'note' },
    properties: { tags: ['fact-check', kind] },
  }));
  const run = {
    tool: {
      driver: {
        name: 'draft-factcheck',
        version,
        semanticVersion: version,
        informationUri: 'https://marketplace.visualstudio.com/items?itemName=draft-factcheck.draft-factcheck',
        rules,
      },
    },
    originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
    columnKind: 'utf16CodeUnits',
    artifacts,
    results,
  };
  const log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [run],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** What the scan of these files (absolute paths, shown as `shown`) reports, built as the scan command did before streaming. */
export function referenceReport(files: readonly { absolutePath: string; shown: string }[]): ScanReport {
  return {
    files: files.map(({ absolutePath, shown }): FileReport => {
      const text = readFileSync(absolutePath, 'utf8');
      const language = languageOfPath(basename(absolutePath));
      return {
        path: shown,
        absolutePath,
        language,
        bytes: Buffer.byteLength(text),
        bom: startsWithBom(text),
        claims: locateClaims(text, detectClaims(text, language)),
        inconsistencies: locateInconsistencies(text, findInconsistencies(text)),
      };
    }),
  };
}

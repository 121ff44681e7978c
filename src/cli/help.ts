import { CLAIM_KINDS } from '../core/claims/types';
import { OUTPUT_FORMATS } from './format';

const SCAN = `draft-factcheck scan [options] PATH...
  Finds checkable factual claims in drafts. A folder is searched recursively for
  .md, .markdown and .txt files (node_modules and hidden entries are skipped);
  a file named directly is scanned whatever its extension (.md/.markdown as
  Markdown, anything else as plain text) but must be UTF-8 text.

  -f, --format FORMAT     ${OUTPUT_FORMATS.join(' | ')} (default: text)
      --min-score X       only claims scoring at least X, from 0 to 1
      --kinds K1,K2       only these kinds (comma-separated):
                          ${CLAIM_KINDS.join(', ')}
      --extra-cue PHRASE  also report sentences containing PHRASE (repeatable)
      --ignore-phrase P   never report sentences containing P (repeatable)
      --library PATH      also match claims against the sidecars under PATH,
                          e.g. an archive of past stories (repeatable); the
                          sidecars of the scanned drafts are always included
  -h, --help              show this help
`;

const MERGE = `draft-factcheck merge-sidecar BASE OURS THEIRS [PATH]
  Three-way merge of a .factcheck.json sidecar, as a git merge driver
  (driver = draft-factcheck merge-sidecar %O %A %B %P): BASE is the common
  ancestor, OURS the current version (the result is written there), THEIRS the
  other branch's version, PATH the name shown in messages. Conflicts are
  resolved automatically, recorded in each claim's history and listed on stderr.
`;

const GENERAL = `Exit status: 0 success (whether or not claims were found), 1 internal error,
2 bad usage or unreadable input (one line on stderr).

  draft-factcheck --help      this help
  draft-factcheck --version   the version

Examples:
  draft-factcheck scan drafts/
  draft-factcheck scan --format sarif --min-score 0.5 drafts/ > factcheck.sarif
  draft-factcheck scan --format json --kinds statistic,comparison story.md
`;

export function usage(): string {
  return `Usage:\n\n${SCAN}\n${MERGE}\n${GENERAL}`;
}

export function scanUsage(): string {
  return `Usage: ${SCAN}`;
}

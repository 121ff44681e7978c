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
  -j, --jobs N            scan in N worker threads (default: the number of
                          CPUs, or 1 for less than 1 MB of drafts; 1 scans
                          in the main thread). The output is the same
                          whatever N, in command-line order
  -h, --help              show this help

  json and sarif are written as the files are scanned; jsonl writes one
  compact JSON object per file and line, the file objects of json.
`;

const MERGE = `draft-factcheck merge-sidecar BASE OURS THEIRS [PATH]
  Three-way merge of a .factcheck.json sidecar, as a git merge driver
  (driver = draft-factcheck merge-sidecar %O %A %B %P): BASE is the common
  ancestor, OURS the current version (the result is written there), THEIRS the
  other branch's version, PATH the name shown in messages. Conflicts are
  resolved automatically, recorded in each claim's history and listed on stderr.
`;

const CHECK_SOURCES = `draft-factcheck check-sources [options] PATH...
  Fetches the URL of every source in the drafts' sidecars (the only command
  that uses the network), records status, final URL, content hash and whether
  the quote is on the page in each source as soon as it is known, and reports
  broken, moved, changed and quote-not-found sources. GET only, no
  credentials, 10 s per URL, at most 5 redirects (http/https only), 5 MB, 4 at
  a time. Loopback, private-network and link-local addresses (localhost,
  10.x, 192.168.x, 169.254.x, fc00::/7 …) are refused, redirects included:
  a sidecar's URLs come from anyone who can commit.

  -f, --format FORMAT          text | json (default: text)
      --timeout SECONDS        give up on a URL after this long (default: 10)
      --allow-private-addresses
                               fetch those addresses too (intranet sources)
  -h, --help                   show this help
`;

const CHECK = `draft-factcheck check [options] PATH...
  The CI gate: applies the publishing policy to each draft (its sidecar beside it
  or under a .factcheck/ folder) and prints a verdict per draft with the claims
  that block it. The policy is the defaults, then .factcheck-policy.json (nearest
  from the working folder up to the repository root), then the options below.

  -f, --format FORMAT     text | json | sarif | github (default: text)
      --policy FILE       read the policy from FILE instead
      --fail-on LIST      blocking conditions, comma-separated, or none:
                          disputed, unverified, changed, unreviewed,
                          stale-sign-off, unsigned
      --min-score X       unreviewed claims scoring at least X block (0 to 1)
      --allow-empty       pass when the paths hold no draft (otherwise exit 2)
  -h, --help              show this help

  Exit status of check (as eslint and Vale do it): 0 every draft passes,
  1 a draft fails the policy, 2 bad input (options, policy file, a draft or
  sidecar that cannot be read, named on stderr; paths with no draft at all)
  or an internal error.
`;

const REPORT = `draft-factcheck report [options] PATH...
  The fact-check report of drafts (header, summary, every claim with its status,
  note, sources and history), or a standard export of their annotations.

  -f, --format FORMAT     md | html | csv | json (reports; default md),
                          claimreview (schema.org JSON-LD of reviewed claims),
                          webannotation (W3C Web Annotation JSON-LD)
  -o, --output FILE       write FILE (atomically) instead of printing
      --policy FILE       the policy for the state shown (as for check)
      --fail-on LIST      override the policy's blocking conditions (as for check)
      --min-score N       override the policy's minScore (as for check)
      --date ISO          the report date (default: now)
      --publisher-name N  claimreview: the fact-checking organisation (required)
      --publisher-url URL claimreview: its home page
      --url-template URL  claimreview: the article URL (required); {draft}, {id}
                          and {number} are replaced, e.g. https://x.example/{draft}#c-{id}

draft-factcheck import-annotations FILE --draft PATH
  Merges Web Annotations (this tool's webannotation export, or a Hypothesis
  export) into PATH's sidecar. Each is placed by its quote and position as after
  an outside edit; existing annotations are never overwritten. A file made for
  another draft is refused.

  Exit status of report and import-annotations: 0 done, 1 internal error,
  2 bad usage or input (a draft or sidecar that cannot be read is named on stderr;
  a report still lists it with an error marker, an export or import is not written).
`;

const GENERAL = `Exit status of scan, merge-sidecar and check-sources: 0 success (whether or not claims were found), 1 internal error,
2 bad usage or unreadable input (one line on stderr).

  draft-factcheck --help      this help
  draft-factcheck --version   the version

Examples:
  draft-factcheck scan drafts/
  draft-factcheck scan --format sarif --min-score 0.5 drafts/ > factcheck.sarif
  draft-factcheck scan --format json --kinds statistic,comparison story.md
  draft-factcheck check --format github drafts/
  draft-factcheck check-sources drafts/
`;

export function usage(): string {
  return `Usage:\n\n${SCAN}\n${CHECK}\n${REPORT}\n${MERGE}\n${CHECK_SOURCES}\n${GENERAL}`;
}

export function checkSourcesUsage(): string {
  return `Usage: ${CHECK_SOURCES}`;
}

export function scanUsage(): string {
  return `Usage: ${SCAN}`;
}

export function checkUsage(): string {
  return `Usage: ${CHECK}`;
}

export function reportUsage(): string {
  return `Usage: ${REPORT}`;
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { mergePolicy, parsePolicy, POLICY_FILE_NAME, type PublishPolicy } from '../core/publish';
import { fsUsageError } from './drafts';
import { UsageError, quoteArg } from './io';

/**
 * The policy file `check` uses: --policy FILE when given (it must exist), else the nearest
 * `.factcheck-policy.json` from the working folder up to the repository root (the first
 * folder with `.git`). undefined when there is none: the defaults apply.
 * A file that cannot be read or parsed is a UsageError naming the place of the error.
 */
export function loadPolicyFile(explicit: string | undefined, cwd: string): { path: string; policy: Partial<PublishPolicy> } | undefined {
  const path = explicit !== undefined ? resolve(cwd, explicit) : findPolicyFile(cwd);
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw fsUsageError(explicit ?? path, error);
  }
  const parsed = parsePolicy(text, quoteArg(explicit ?? path));
  if (!parsed.ok) throw new UsageError(`bad policy file: ${parsed.error}`);
  return { path, policy: parsed.policy };
}

/**
 * The policy `check` and `report` apply, built in one place: the defaults, then the policy file
 * (loadPolicyFile), then the command line's --fail-on and --min-score.
 */
export function resolvePolicy(
  explicit: string | undefined,
  cwd: string,
  overrides: Partial<PublishPolicy>,
): { policy: PublishPolicy; path?: string } {
  const file = loadPolicyFile(explicit, cwd);
  const policy = mergePolicy(file?.policy, overrides);
  return file ? { policy, path: file.path } : { policy };
}

function findPolicyFile(cwd: string): string | undefined {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    const candidate = join(folder, POLICY_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(folder, '.git')) || dirname(folder) === folder) return undefined;
  }
}

import { cpSync, existsSync, symlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { repoRoot } from './paths';
import { runCommand } from './processes';

/** Folders that are built, cached or installed rather than part of the source. */
const NOT_SOURCE = new Set(['node_modules', '.git', '.vscode-test', 'out', 'dist', 'test-results', '.cache']);

/**
 * Runs the project's own `npm run package` (production build + vsce) in a copy of the checkout,
 * so a test never rewrites the dist/ that parallel runs are loading. Returns the .vsix path.
 */
export async function packageVsix(runDir: string, log: (line: string) => void = () => undefined): Promise<string> {
  const root = repoRoot();
  const staging = join(runDir, 'package-staging');
  cpSync(root, staging, {
    recursive: true,
    filter: (source) => {
      const top = relative(root, source).split(sep)[0] ?? '';
      return !NOT_SOURCE.has(top) && !source.endsWith('.vsix');
    },
  });
  symlinkSync(join(root, 'node_modules'), join(staging, 'node_modules'), 'dir');
  let output = '';
  const result = await runCommand('npm', ['run', 'package'], {
    cwd: staging,
    timeoutMs: 180_000,
    env: { ...process.env, npm_config_update_notifier: 'false' },
    onOutput: (chunk) => (output += chunk),
  });
  const vsix = join(staging, 'draft-factcheck.vsix');
  if (result.code !== 0 || !existsSync(vsix)) {
    throw new Error(
      `npm run package failed (exit ${result.code ?? result.signal}${result.timedOut ? ', timed out' : ''}):\n${output.trim()}`,
    );
  }
  log(
    output
      .split('\n')
      .find((line) => line.includes('Packaged:'))
      ?.trim() ?? `packaged ${vsix}`,
  );
  return vsix;
}

import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../../e2e/lib/paths';

interface NoNodeBuiltinsModule {
  noNodeBuiltins: esbuild.Plugin;
  isNodeBuiltin(path: string): boolean;
}

const root = repoRoot();
const { noNodeBuiltins, isNodeBuiltin } = createRequire(__filename)(
  join(root, 'scripts', 'lib', 'noNodeBuiltins.cjs'),
) as NoNodeBuiltinsModule;

/** The budget for the browser bundle, minified. */
const BUDGET_BYTES = 300 * 1024;

/** The browser build as esbuild.mjs makes it with --production, kept in memory. */
function buildBrowser(options: esbuild.BuildOptions): Promise<esbuild.BuildResult> {
  return esbuild.build({
    bundle: true,
    minify: true,
    write: false,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'silent',
    absWorkingDir: root,
    plugins: [noNodeBuiltins],
    ...options,
  });
}

describe('browser build', function () {
  this.timeout(60_000);

  it(`fits the ${BUDGET_BYTES / 1024} KB budget and needs nothing but vscode`, async () => {
    const result = await buildBrowser({ entryPoints: ['src/extension/web/main.ts'], outfile: 'dist/web/extension.js' });
    const code = result.outputFiles?.[0]?.text ?? '';
    assert.ok(code.length > 10_000, 'the bundle was built');
    assert.ok(code.length <= BUDGET_BYTES, `${(code.length / 1024).toFixed(1)} KB`);
    const required = new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]));
    assert.deepEqual([...required], ['vscode']);
  });

  it('fails on a Node built-in, naming it and the importer', async () => {
    for (const name of ['node:os', 'path', 'fs/promises']) {
      await assert.rejects(
        buildBrowser({
          stdin: { contents: `import * as m from '${name}'; console.log(m);`, sourcefile: 'sneaky.ts', resolveDir: root, loader: 'ts' },
        }),
        (error: Error) => {
          assert.match(
            error.message,
            new RegExp(`"${name}" is a Node built-in and cannot run in the browser build \\(imported by [^)]*sneaky\\.ts\\)`),
          );
          return true;
        },
      );
    }
  });

  it('tells built-ins from packages', () => {
    assert.deepEqual(['node:fs', 'fs', 'child_process', 'fs/promises', 'vscode', 'approx-string-match', 'mocha/mocha'].map(isNodeBuiltin), [
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

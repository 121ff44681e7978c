// Builds the four shipped bundles (desktop extension, browser extension, webview, cli) and, unless --production,
// transpiles src/ and test/ file by file into out/ for the mocha suites.
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import noNodeBuiltinsModule from './scripts/lib/noNodeBuiltins.cjs';

/** Browser bundles fail on any Node built-in (see scripts/lib/noNodeBuiltins.cjs). */
const { noNodeBuiltins } = noNodeBuiltinsModule;

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');

/** Every .ts file below dir, for the per-file test build. */
function tsFiles(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...tsFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  {
    ...common,
    entryPoints: ['src/extension/desktop/main.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    ...common,
    // The web worker extension host (vscode.dev, github.dev, code-server): CommonJS, `vscode` provided by the host.
    entryPoints: ['src/extension/web/main.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    plugins: [noNodeBuiltins],
  },
  {
    ...common,
    entryPoints: ['src/webview/main.ts'],
    outfile: 'dist/webview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Before any module code: a short-lived process gains from compiling each regexp to native code at once
    // (V8 otherwise interprets it first and tiers up later); measured 0.94 -> 0.80 s on a 0.62 MB draft.
    // Nurseries are held at their size from the start (why, and where they are let grow: src/cli/youngGeneration.ts).
    banner: { js: "#!/usr/bin/env node\nrequire('node:v8').setFlagsFromString('--no-regexp-tier-up --semi-space-growth-factor=1');" },
  },
  {
    ...common,
    // The CLI's scan worker threads (scan --jobs N), started from dist/cli.js.
    entryPoints: ['src/cli/cliWorker.ts'],
    outfile: 'dist/cliWorker.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
];

if (!production) {
  // The suites the web worker extension host runs (scripts/lib/vscodeTests.mjs), bundled like the browser build.
  builds.push({
    ...common,
    entryPoints: ['test/web/index.ts'],
    outfile: 'out/web-tests/index.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    plugins: [noNodeBuiltins],
  });
  builds.push({
    entryPoints: [...tsFiles('src'), ...tsFiles('test')],
    outdir: 'out',
    outbase: '.',
    bundle: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching src/ and test/ …');
} else {
  const started = Date.now();
  try {
    await Promise.all(builds.map((b) => esbuild.build(b)));
  } catch {
    // esbuild has printed each error with its file and line; a stack trace would only add noise.
    console.error('esbuild: build failed (see the errors above)');
    process.exit(1);
  }
  console.log(`esbuild: built ${builds.length} targets in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
}

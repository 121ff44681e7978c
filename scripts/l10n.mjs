// Writes l10n/bundle.l10n.json (`npm run l10n`): every literal vscode.l10n.t('…') in src/extension, found by
// @vscode/l10n-dev, plus the English tables the extension translates by value (the exporter cannot see those).
// Keys are sorted so the file diffs and merges cleanly. `--outDir DIR` writes elsewhere (the unit test compares).
import * as esbuild from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import l10nDev from '@vscode/l10n-dev';
import { ROOT as root } from './lib/project.mjs';

const SOURCES = join(root, 'src', 'extension');

/**
 * The calls that pass a table value to vscode.l10n.t, and the exported English tables whose values they pass.
 * A new call like that fails this script until its table is listed here.
 */
const TABLE_CALLS = [
  { file: 'src/extension/labels.ts', tables: [{ module: 'src/core/claims/describe.ts', name: 'KIND_LABELS' }] },
  { file: 'src/extension/sidebar/deskStrings.ts', tables: [{ module: 'src/webview/strings.ts', name: 'DESK_STRINGS' }] },
];

/** `l10n.t(` not followed by a string literal or a `{ message }` object: the argument is a value. */
const NON_LITERAL_CALL = /\bl10n\.t\(\s*(?!['"`{\s])/;

function tsFiles(dir) {
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...tsFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

/** The files with a non-literal l10n.t call that TABLE_CALLS does not list. */
function unlistedTableCalls(files) {
  const listed = new Set(TABLE_CALLS.map((call) => call.file));
  return files
    .map((file) => relative(root, file).split('\\').join('/'))
    .filter((file) => !listed.has(file) && NON_LITERAL_CALL.test(readFileSync(join(root, file), 'utf8')));
}

/** The English values of the listed tables, read by bundling their modules in memory. */
async function tableStrings() {
  const tables = TABLE_CALLS.flatMap((call) => call.tables);
  const contents = tables.map((t, i) => `export { ${t.name} as t${i} } from './${t.module}';`).join('\n');
  const stdin = { contents, resolveDir: root, loader: 'ts' };
  const result = await esbuild.build({ stdin, bundle: true, write: false, format: 'esm', logLevel: 'error' });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
  const loaded = await import(url);
  return tables.flatMap((_, i) => Object.values(loaded[`t${i}`]));
}

export async function buildBundle() {
  const files = tsFiles(SOURCES);
  const unlisted = unlistedTableCalls(files);
  if (unlisted.length > 0) {
    const where = unlisted.join(', ');
    throw new Error(`vscode.l10n.t is called with a non-literal in ${where}: list its English table in TABLE_CALLS (scripts/l10n.mjs).`);
  }
  const exported = await l10nDev.getL10nJson(files.map((file) => ({ contents: readFileSync(file, 'utf8'), extension: '.ts' })));
  const bundle = { ...exported };
  for (const english of await tableStrings()) bundle[english] ??= english;
  return Object.fromEntries(
    Object.keys(bundle)
      .sort()
      .map((key) => [key, bundle[key]]),
  );
}

async function main() {
  const at = process.argv.indexOf('--outDir');
  const outDir = at >= 0 ? process.argv[at + 1] : join(root, 'l10n');
  if (!outDir) throw new Error('--outDir needs a folder');
  const bundle = await buildBundle();
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'bundle.l10n.json'), `${JSON.stringify(bundle, null, 2)}\n`);
  process.stdout.write(`${Object.keys(bundle).length} strings in ${relative(process.cwd(), join(outDir, 'bundle.l10n.json')) || outDir}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

// write-good over every draft below a folder, in one Node process: the baseline `npm run bench`
// compares `draft-factcheck scan` with (whole processes, start-up included). Prints the suggestion count.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const writeGood = createRequire(import.meta.url)('write-good');

function* drafts(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* drafts(path);
    else if (/\.(md|markdown|txt)$/.test(entry.name)) yield path;
  }
}

let suggestions = 0;
for (const path of drafts(process.argv[2])) suggestions += writeGood(readFileSync(path, 'utf8')).length;
console.log(suggestions);

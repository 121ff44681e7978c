import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .ts file below dir, for the checks that read the sources. */
export function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (name.endsWith('.ts')) files.push(path);
  }
  return files;
}

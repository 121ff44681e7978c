/**
 * The claim engine's patterns, compiled to machine code before their first real use.
 *
 * V8 runs a regexp's first match in its bytecode interpreter and compiles it only when it runs again, unless the
 * subject is long (1,000 characters or more: then it compiles at once). The engine's patterns run on clauses and
 * lines of a few dozen characters, hundreds of patterns once each, so in a fresh process (an extension host, a
 * browser tab) a draft's first paragraphs were matched by the interpreter: the first 12 KB of a draft took
 * 260–390 ms in a fresh Node, against 10–25 ms once warm. Matching each pattern once against long subjects compiles
 * it straight away. V8 compiles a pattern separately for one-byte and two-byte strings (a draft with a curly quote
 * is two-byte), so both are primed.
 *
 * The CLI does not need this: it starts Node with --no-regexp-tier-up, which compiles every pattern on first use.
 */

const patterns: RegExp[] = [];
let compiledUpTo = 0;
let subjects: readonly string[] | undefined;

/** Long subjects that every pattern rejects quickly: no letters, digits, spaces or punctuation to start a match on. */
function longSubjects(): readonly string[] {
  const oneByte = '\u0001'.repeat(1024);
  return (subjects ??= [oneByte, oneByte.slice(1) + '\u2063']);
}

/** Registers one of the engine's patterns for `precompilePatterns`; returns it unchanged. */
export function precompiled<R extends RegExp>(pattern: R): R {
  patterns.push(pattern);
  return pattern;
}

/**
 * Compiles the registered patterns not compiled yet, until `stop` says to (checked between patterns, so a caller
 * can spread the work over short tasks). Returns true when every pattern is compiled.
 */
export function precompilePatterns(stop: () => boolean = () => false): boolean {
  const long = longSubjects();
  while (compiledUpTo < patterns.length) {
    if (stop()) return false;
    const pattern = patterns[compiledUpTo++];
    const lastIndex = pattern.lastIndex;
    for (const subject of long) {
      pattern.lastIndex = 0;
      pattern.exec(subject);
    }
    pattern.lastIndex = lastIndex;
  }
  return true;
}

/** How many patterns are registered (for tests). */
export function precompiledCount(): number {
  return patterns.length;
}

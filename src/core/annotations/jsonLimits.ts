/**
 * What a sidecar may hold beyond being valid JSON, so that everything read can be written back
 * unchanged: nesting no deeper than MAX_JSON_DEPTH (the writers and the merge recurse), and only
 * numbers that survive a round trip (1e400 would come back as null, a 20-digit integer rounded).
 */

/** The deepest nesting of objects and lists a sidecar may have (the format itself needs 4). */
export const MAX_JSON_DEPTH = 64;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const INTEGER = /^-?\d+$/;

export interface JsonLimitError {
  offset: number;
  problem: string;
}

/** The depth problem at a "{" or "[" opened at `depth`, if any (shared with the syntax checker). */
export function depthProblem(depth: number): string | undefined {
  return depth > MAX_JSON_DEPTH ? `nested deeper than ${MAX_JSON_DEPTH} levels, the most a sidecar may have` : undefined;
}

/** Why a JSON number token cannot be kept as written, if it cannot. */
export function numberProblem(token: string): string | undefined {
  const value = Number(token);
  if (!Number.isFinite(value)) return `the number ${shorten(token)} is too large to store (it would be written back as null)`;
  if (INTEGER.test(token) && !Number.isSafeInteger(value) && BigInt(token) !== BigInt(value)) {
    return `the whole number ${shorten(token)} is too large to keep exactly (it would be written back as ${String(value)})`;
  }
  return undefined;
}

/**
 * The first place in valid JSON text that breaks the limits above, or undefined. One pass, no
 * recursion, so it is safe on any input.
 */
export function findJsonLimitError(text: string): JsonLimitError | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 123 || c === 91) {
      const problem = depthProblem(++depth);
      if (problem) return { offset: i, problem };
    } else if (c === 125 || c === 93) {
      depth--;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      NUMBER.lastIndex = i;
      const token = NUMBER.exec(text)?.[0] ?? text[i];
      const problem = numberProblem(token);
      if (problem) return { offset: i, problem };
      i += token.length - 1;
    }
  }
  return undefined;
}

function shorten(token: string): string {
  return token.length > 24 ? `${token.slice(0, 21)}…` : token;
}

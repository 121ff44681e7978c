/**
 * Where a top-level key (and optionally one element of its array value) sits in JSON text,
 * as 'line L, column C', for error messages about small, flat files like the policy file.
 * The text is known to parse; undefined when the place cannot be found.
 */
export function placeOfPath(text: string, key: string, index?: number): string | undefined {
  const keyAt = findTopLevelKey(text, key);
  if (keyAt === undefined) return undefined;
  if (index === undefined) return lineAndColumn(text, keyAt);
  let at = text.indexOf(':', keyAt + JSON.stringify(key).length) + 1;
  while (at < text.length && /\s/.test(text[at])) at++;
  if (text[at] !== '[') return lineAndColumn(text, keyAt);
  at++;
  for (let element = 0; at < text.length; element++) {
    while (at < text.length && /\s/.test(text[at])) at++;
    if (element === index) return lineAndColumn(text, at);
    at = skipValue(text, at);
    while (at < text.length && /\s/.test(text[at])) at++;
    if (text[at] !== ',') return undefined;
    at++;
  }
  return undefined;
}

/** The offset of `"key"` as a property of the root object. */
function findTopLevelKey(text: string, key: string): number | undefined {
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const ch = text[at];
    if (ch === '"') {
      const end = skipString(text, at);
      if (depth === 1 && JSON.parse(text.slice(at, end)) === key && /^\s*:/.test(text.slice(end))) return at;
      at = end - 1;
    } else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
  }
  return undefined;
}

function skipString(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

function skipValue(text: string, at: number): number {
  if (text[at] === '"') return skipString(text, at);
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') i = skipString(text, i) - 1;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      if (depth === 0) return i;
      depth--;
      if (depth === 0) return i + 1;
    } else if (ch === ',' && depth === 0) return i;
  }
  return text.length;
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

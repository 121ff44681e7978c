/**
 * Where and why text is not valid JSON. JSON.parse's messages differ between engines
 * and do not always give a position (V8: 'Unexpected token '}', "…" is not valid JSON'),
 * so after a failed parse this small recursive-descent checker finds the first error
 * itself, for messages like 'line 12, column 5: expected "," or "]"'.
 */

import { depthProblem } from './jsonLimits';

interface Found {
  offset: number;
  problem: string;
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly problem: string,
  ) {
    super(problem);
  }
}

function describeChar(text: string, at: number): string {
  if (at >= text.length) return 'the end of the file';
  const ch = text[at];
  if (ch === '\n' || ch === '\r') return 'a line break';
  return `"${ch}"`;
}

class Checker {
  private at = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  check(): void {
    this.value();
    this.space();
    if (this.at < this.text.length) this.fail(`unexpected ${describeChar(this.text, this.at)} after the end of the JSON value`);
  }

  private fail(problem: string, offset = this.at): never {
    throw new JsonSyntaxError(offset, problem);
  }

  private space(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at])) this.at++;
  }

  private value(): void {
    this.space();
    const ch = this.text[this.at];
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') return this.string();
    if (ch === '-' || (ch >= '0' && ch <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return;
      }
    }
    this.fail(
      this.at >= this.text.length
        ? 'the file ends where a value should be (is it cut off?)'
        : `unexpected ${describeChar(this.text, this.at)} where a value should be`,
    );
  }

  private object(): void {
    this.deeper();
    this.at++;
    this.space();
    if (this.text[this.at] === '}') {
      this.at++;
      this.depth--;
      return;
    }
    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') this.fail(`expected a property name in double quotes, found ${describeChar(this.text, this.at)}`);
      this.string();
      this.space();
      if (this.text[this.at] !== ':') this.fail(`expected ":" after the property name, found ${describeChar(this.text, this.at)}`);
      this.at++;
      this.value();
      this.space();
      const ch = this.text[this.at];
      this.at++;
      if (ch === '}') return void this.depth--;
      if (ch !== ',') this.fail(`expected "," or "}", found ${describeChar(this.text, this.at - 1)}`, this.at - 1);
    }
  }

  private array(): void {
    this.deeper();
    this.at++;
    this.space();
    if (this.text[this.at] === ']') {
      this.at++;
      this.depth--;
      return;
    }
    for (;;) {
      this.value();
      this.space();
      const ch = this.text[this.at];
      this.at++;
      if (ch === ']') return void this.depth--;
      if (ch !== ',') this.fail(`expected "," or "]", found ${describeChar(this.text, this.at - 1)}`, this.at - 1);
    }
  }

  /** Stops at the nesting limit, which also keeps this recursive checker far from the stack's end. */
  private deeper(): void {
    const problem = depthProblem(++this.depth);
    if (problem) this.fail(problem);
  }

  private string(): void {
    const start = this.at;
    this.at++;
    while (this.at < this.text.length) {
      const ch = this.text[this.at];
      if (ch === '"') {
        this.at++;
        return;
      }
      if (ch === '\\') {
        const next = this.text[this.at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) this.fail('invalid \\u escape in a string');
          this.at += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) this.fail(`invalid escape "\\${next ?? ''}" in a string`);
        this.at += 2;
        continue;
      }
      if (ch < ' ')
        this.fail(
          ch === '\n' || ch === '\r'
            ? 'a string runs past the end of the line (missing closing quote?)'
            : 'a control character inside a string',
        );
      this.at++;
    }
    this.fail('a string is not closed (missing closing quote)', start);
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.at, this.at + 400));
    if (!match || match[0] === '-') this.fail('invalid number');
    this.at += match[0].length;
  }
}

/** The first syntax error in text, or undefined when the checker finds none. */
export function findJsonError(text: string): Found | undefined {
  try {
    new Checker(text).check();
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { offset: error.offset, problem: error.problem };
    return undefined;
  }
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { detectClaims, type DetectOptions } from '../../../src/core/claims';
import type { DraftLanguage } from '../../../src/core/document';
import { between, pick, prng } from '../annotations/prng';

/**
 * Inputs for the golden check of claim detection (test/unit/claims/golden.test.ts and
 * scripts/golden-claims.mjs): the drafts in a folder tree, and a seeded corpus of varied drafts
 * remixed from them, so an engine change that moves any claim, kind, reason or score shows.
 */

export interface GoldenInput {
  name: string;
  text: string;
  language: DraftLanguage;
  options?: DetectOptions;
}

const DRAFT_FILE = /\.(?:md|txt)$/;

/** Every .md and .txt file below `dir` (sorted, names relative to `base`); none when dir is missing. */
export function draftsIn(dir: string, base: string): GoldenInput[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const found: GoldenInput[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...draftsIn(path, base));
    else if (DRAFT_FILE.test(name) && name !== 'README.md')
      found.push({ name: relative(base, path), text: readFileSync(path, 'utf8'), language: languageOf(name) });
  }
  return found;
}

function languageOf(name: string): DraftLanguage {
  return name.endsWith('.md') ? 'markdown' : 'plaintext';
}

/** The options the settings and the CLI can set, so their code paths are covered too. */
export const OPTION_VARIANTS: readonly DetectOptions[] = [
  { kinds: ['statistic', 'attribution', 'legal'], minScore: 0.6 },
  { extraCues: ['the council', 'Pilot Scheme'], ignorePhrases: ['according to', 'percent'] },
];

const SPEAKERS = ['Q', 'A', 'HADDAD', 'CHIEF MARGIT ELLIS', 'REPORTER (City Radio)', 'MODERATOR'];
const SPELLED = ['two', 'three', 'seven', 'twelve', 'forty', 'a hundred', 'a third of', 'one in five'];
const HEDGES = ['I believe', 'As far as I know,', 'I think', 'My opponent said', 'I'];

/**
 * `count` drafts of about `bytesEach` characters each: paragraphs of the sources in a random order,
 * sentences swapped between them, digits changed, some turned into speaker turns, quotations, list
 * items, headings or hedged first-person sentences. Deterministic for a given seed and sources.
 */
export function variedCorpus(sources: readonly string[], seed: number, count: number, bytesEach: number): GoldenInput[] {
  const random = prng(seed);
  const paragraphs = sources
    .flatMap((s) => s.split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 20);
  const sentences = paragraphs.flatMap((p) => p.split(/(?<=[.!?]["”’)]?)\s+/)).filter((s) => s.length > 15);
  const drafts: GoldenInput[] = [];
  for (let i = 0; i < count; i++) {
    const language: DraftLanguage = i % 4 === 3 ? 'plaintext' : 'markdown';
    let text = i % 5 === 0 ? `---\ntitle: Draft ${i}\n---\n# Draft ${i}\n\n` : `# Draft ${i}\n\n`;
    while (text.length < bytesEach) text += `${variedParagraph(random, paragraphs, sentences)}\n\n`;
    drafts.push({ name: `generated-${seed}-${i}.${language === 'markdown' ? 'md' : 'txt'}`, text, language });
  }
  return drafts;
}

function variedParagraph(random: () => number, paragraphs: readonly string[], sentences: readonly string[]): string {
  const r = random();
  let p: string;
  if (r < 0.45) p = pick(random, paragraphs);
  else {
    const parts: string[] = [];
    for (let n = between(random, 1, 5); n > 0; n--) parts.push(pick(random, sentences));
    p = parts.join(' ');
  }
  p = p.replace(/\d+/g, (d) => String(Math.floor(random() * 10 ** Math.min(d.length, 6))));
  if (random() < 0.15) p = p.replace(/\b(?:\d+|many|several)\b/, pick(random, SPELLED));
  const shape = random();
  if (shape < 0.1)
    return `${random() < 0.5 ? `[00:${between(random, 10, 59)}:${between(random, 10, 59)}] ` : ''}${pick(random, SPEAKERS)}: ${p}`;
  if (shape < 0.17) return `"${p}," ${pick(random, ['she said', 'Haddad said', 'the minister told reporters'])}.`;
  if (shape < 0.24) return `- ${p}\n- ${pick(random, sentences)}`;
  if (shape < 0.28) return `## ${pick(random, sentences).slice(0, 60)}\n\n${p}`;
  if (shape < 0.36) return `${pick(random, HEDGES)} ${p.charAt(0).toLowerCase()}${p.slice(1)}`;
  if (shape < 0.4) return p.toLowerCase();
  if (shape < 0.43) return `> ${p}`;
  return p;
}

/** A short, stable digest of a string. */
export function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The digest of an input's text and options, and the digest of what detectClaims returns for it. */
export function goldenHashes(input: GoldenInput): { input: string; output: string } {
  return {
    input: digest(`${input.language}\n${JSON.stringify(input.options ?? {})}\n${input.text}`),
    output: digest(JSON.stringify(detectClaims(input.text, input.language, input.options))),
  };
}

/** The unit test's inputs: samples/ and the test fixtures' drafts (each also with every option variant), and a seeded corpus from them. */
export function unitGoldenInputs(root: string): GoldenInput[] {
  const files = [...draftsIn(join(root, 'samples'), root), ...draftsIn(join(root, 'test', 'fixtures'), root)];
  const withOptions = files.flatMap((f) => OPTION_VARIANTS.map((options, k) => ({ ...f, name: `${f.name} (options ${k + 1})`, options })));
  return [
    ...files,
    ...withOptions,
    ...variedCorpus(
      files.map((f) => f.text),
      20260601,
      60,
      12_000,
    ),
  ];
}

// Random drafts for property tests of the paragraph splitter.
/** Lines of every kind the Markdown splitter treats specially, to be drawn at random. */
export const SPLITTER_LINES = [
  'The council approved a budget of 4.2 million euros in 2023.',
  'Turnout fell by 5% after the vote.',
  '',
  '',
  '   ',
  '\r',
  '```',
  '~~~~',
  '    indented code or a continued item',
  '- a list item',
  '1. a numbered item',
  '<!-- factcheck-ignore -->',
  'Before a comment <!-- that runs',
  'on --> and after it.',
  'A comment <!-- closed --> on one line.',
  '<!-- opened alone',
  '-->',
  '---',
  '+++',
  '# A heading',
  '> A quote of 12 words.',
];

/** A draft of random lines (front matter now and then, sometimes never closed; CRLF now and then). */
export function randomDraft(random: () => number): string {
  const lines: string[] = [];
  if (random() < 0.2) lines.push('---', 'title: A draft', random() < 0.8 ? '---' : 'still front matter');
  const count = 1 + Math.floor(random() * 40);
  for (let i = 0; i < count; i++) lines.push(SPLITTER_LINES[Math.floor(random() * SPLITTER_LINES.length)]);
  return lines.join(random() < 0.2 ? '\r\n' : '\n');
}

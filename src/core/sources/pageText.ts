import { Parser } from 'htmlparser2';
import { SLICE_CHARS, slicer, type Pause } from './slices';

/** Elements whose content a reader never sees as page text. */
const INVISIBLE = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'canvas']);

/** Elements that start a new line of text: their words must not run into their neighbours'. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'caption',
  'option',
  'title',
]);

/**
 * The text a reader sees on an HTML page: the body's text with entities decoded, without
 * scripts, styles, templates and elements marked `hidden`, blocks separated by line breaks
 * and runs of spaces collapsed. Parsed with htmlparser2 (a real, forgiving HTML tokenizer),
 * so comments, CDATA, attributes and broken markup are handled as browsers would.
 */
export async function visibleText(html: string, pause?: Pause): Promise<string> {
  const check = slicer(pause);
  const parts: string[] = [];
  /** One entry per open element: true when it hides its content. */
  const hiding: boolean[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const hides = INVISIBLE.has(name) || 'hidden' in attributes;
        hiding.push(hides);
        if (hides) hidden++;
        if (BLOCK.has(name)) parts.push('\n');
      },
      onclosetag(name) {
        if (hiding.pop()) hidden--;
        if (BLOCK.has(name)) parts.push('\n');
      },
      ontext(text) {
        if (hidden === 0) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // Written in pieces (htmlparser2 streams), with a chance to pause between them.
  for (let at = 0; at < html.length; at += SLICE_CHARS) {
    parser.write(html.slice(at, at + SLICE_CHARS));
    await check();
  }
  parser.end();
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

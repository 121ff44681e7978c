import * as assert from 'node:assert/strict';
import { marked } from 'marked';
import { commandLink, escapeMarkdown, markdownLink, safeLinkTarget, truncate } from '../../../src/extension/markdown';

// marked is the renderer VS Code's hovers use (GFM, with autolinks): escaped text must come back as the literal text.
const render = (source: string) => marked.parseInline(source, { async: false, gfm: true });
const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('hover markdown escaping', () => {
  const nasty = [
    '**bold** _em_ `code` [link](https://evil.example) ![img](x.png)',
    '<img src=x onerror=alert(1)> <script>alert(1)</script> &amp; &lt;',
    '# heading\n- list\n> quote\n1. ordered',
    'https://autolink.example and www.example.com and mail@example.com',
    '[x](command:factCheck.markVerified?%5B%5D) \\escaped\\ ~~strike~~ | table |',
    'Prices rose 6% to $1,200 (a record) — 20 countries; "quoted" it\'s',
  ];

  for (const text of nasty) {
    it(`renders literally: ${JSON.stringify(text.slice(0, 40))}`, () => {
      const html = render(escapeMarkdown(text));
      assert.ok(!/<(a|img|script|strong|em|code|s|del|h\d|li|blockquote)\b/.test(html), `markup leaked: ${html}`);
      assert.equal(decode(html), text.replace(/\s+/g, ' ').trim());
    });
  }

  it('shows bidirectional controls from a sidecar as code points, in the text and in truncated text', () => {
    const html = render(escapeMarkdown('Ana\u202e01-01'));
    assert.ok(!html.includes('\u202e'));
    assert.equal(decode(html), 'Ana[U+202E]01-01');
    assert.equal(truncate('note \u2066x', 40), 'note [U+2066]x');
  });

  it('escapes HTML-significant characters as entities, not tags', () => {
    assert.equal(escapeMarkdown('<b>&'), '&lt;b&gt;&amp;');
  });

  it('links only http(s) URLs and percent-encodes what would end the link', () => {
    assert.equal(safeLinkTarget('javascript:alert(1)'), undefined);
    assert.equal(safeLinkTarget('command:factCheck.markVerified'), undefined);
    assert.equal(safeLinkTarget('file:///etc/passwd'), undefined);
    assert.equal(safeLinkTarget('not a url'), undefined);
    assert.equal(safeLinkTarget('https://example.org/a (b)'), 'https://example.org/a%20%28b%29');
  });

  it('renders a source link with an escaped label, and a non-http source as plain text', () => {
    assert.equal(render(markdownLink('Report *2024*', 'https://example.org/r')), '<a href="https://example.org/r">Report *2024*</a>');
    const plain = render(markdownLink('Local file', 'file:///tmp/x'));
    assert.ok(!plain.includes('<a'), plain);
    assert.ok(decode(plain).includes('file:///tmp/x'));
  });

  it('builds command links with URI-encoded JSON arguments', () => {
    const link = commandLink('Mark [Verified]', 'factCheck.markVerified', { uri: 'file:///d/a b.md', claimStart: 12 });
    const match = /^\[(.*)\]\(command:factCheck\.markVerified\?([^ )]+)\)$/.exec(link);
    assert.ok(match, link);
    assert.deepEqual(JSON.parse(decodeURIComponent(match[2])), [{ uri: 'file:///d/a b.md', claimStart: 12 }]);
    assert.equal(decode(render(match[1])), 'Mark [Verified]');
  });

  it('truncates on a word boundary with an ellipsis', () => {
    assert.equal(truncate('short', 10), 'short');
    assert.equal(truncate('the quick brown fox jumps', 12), 'the quick…');
    assert.equal(truncate('a\n\nb', 10), 'a b');
  });
});

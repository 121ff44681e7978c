import * as assert from 'node:assert/strict';
import { append, el, setText } from '../../../src/webview/dom';

/** Just enough of a DOM for dom.ts: what it writes is what the page would show. */
class FakeNode {
  textContent = '';
  readonly attributes = new Map<string, string>();
  readonly children: FakeNode[] = [];
  className = '';
  constructor(readonly tag: string) {}
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  appendChild(child: FakeNode): FakeNode {
    this.children.push(child);
    return child;
  }
  addEventListener(): void {}
}

describe('desk DOM: text from drafts and sidecars', () => {
  const g = globalThis as { document?: unknown };
  let saved: unknown;
  before(() => {
    saved = g.document;
    g.document = {
      createElement: (tag: string) => new FakeNode(tag),
      createTextNode: (text: string) => Object.assign(new FakeNode('#text'), { textContent: text }),
    };
  });
  after(() => {
    g.document = saved;
  });

  it('shows bidirectional controls as code points in text, text nodes and attributes (tooltips)', () => {
    const spoof = 'Ana\u202e01-01';
    const node = el('span', { text: spoof, attrs: { title: spoof } }) as unknown as FakeNode;
    assert.equal(node.textContent, 'Ana[U+202E]01-01');
    assert.equal(node.attributes.get('title'), 'Ana[U+202E]01-01');
    const parent = el('p') as unknown as FakeNode;
    append(parent as unknown as Node, spoof);
    assert.equal(parent.children[0].textContent, 'Ana[U+202E]01-01');
    setText(parent as unknown as Element, spoof);
    assert.equal(parent.textContent, 'Ana[U+202E]01-01');
  });
});

import * as assert from 'node:assert/strict';
import {
  buildDraftTree,
  draftsBelow,
  type DraftRow,
  type DraftTreeNode,
  type PublishState,
} from '../../../src/extension/drafts/draftTreeModel';

const counts = { total: 2, unreviewed: 1, verified: 1, unverified: 0, disputed: 0 };

function row(folder: string, path: string, state?: PublishState): DraftRow {
  const r: DraftRow = { id: `file:///${folder}/${path}`, folderId: `file:///${folder}`, folderName: folder, relativePath: path };
  if (state) {
    r.state = state;
    r.counts = counts;
  }
  return r;
}

function labels(nodes: DraftTreeNode[]): string[] {
  return nodes.map((n) => n.label);
}

describe('drafts overview tree', () => {
  it('lists a single folder at the top, drafts needing attention first', () => {
    const tree = buildDraftTree(
      [
        row('ws', 'a.md', 'signed-off'),
        row('ws', 'b.md', 'needs-work'),
        row('ws', 'c.md', 'blocked-by-disputed'),
        row('ws', 'd.md'),
        row('ws', 'e.md', 'unreadable'),
        row('ws', 'f.md', 'ready'),
        row('ws', 'g.md', 'changed-since-sign-off'),
      ],
      [{ id: 'file:///ws', name: 'ws' }],
    );
    assert.deepEqual(labels(tree), ['e.md', 'g.md', 'c.md', 'b.md', 'd.md', 'f.md', 'a.md']);
  });

  it('groups by workspace folder, then subfolder, and ranks folders by their most urgent draft', () => {
    const tree = buildDraftTree(
      [
        row('one', 'x/ok.md', 'signed-off'),
        row('two', 'desk/late.md', 'blocked-by-disputed'),
        row('two', 'top.md', 'ready'),
        row('two', 'desk/fine.md', 'ready'),
      ],
      [
        { id: 'file:///one', name: 'one' },
        { id: 'file:///two', name: 'two' },
      ],
    );
    assert.deepEqual(labels(tree), ['two', 'one']);
    const two = tree[0];
    assert.equal(two.kind, 'folder');
    if (two.kind !== 'folder') return;
    assert.deepEqual(labels(two.children), ['desk', 'top.md']);
    assert.equal(two.drafts, 3);
    assert.equal(two.needAttention, 1);
    const desk = two.children[0];
    assert.ok(desk.kind === 'folder');
    assert.deepEqual(labels(desk.children), ['late.md', 'fine.md']);
    assert.deepEqual(
      draftsBelow(two).map((r) => r.relativePath),
      ['desk/late.md', 'desk/fine.md', 'top.md'],
    );
  });

  it('leaves out empty workspace folders when there are several, and sorts ties by name', () => {
    const tree = buildDraftTree(
      [row('two', 'b.md', 'ready'), row('two', 'a.md', 'ready')],
      [
        { id: 'file:///one', name: 'one' },
        { id: 'file:///two', name: 'two' },
      ],
    );
    assert.deepEqual(labels(tree), ['two']);
    assert.ok(tree[0].kind === 'folder');
    assert.deepEqual(labels(tree[0].children), ['a.md', 'b.md']);
  });
});

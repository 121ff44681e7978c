import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSidecar, serializeSidecar, type Annotation } from '../../../src/core/annotations';
import { importWebAnnotations, webAnnotationCollection, webAnnotationJson } from '../../../src/core/exports';
import { STORY, storyAnnotations } from '../report/reportFixture';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'annotations');
const NOW = '2026-03-01T09:00:00.000Z';

/** What a Web Annotation carries of ours: everything but the history. */
function essentials(a: Annotation) {
  return {
    id: a.id,
    anchor: a.anchor,
    kind: a.kind,
    status: a.status,
    note: a.note,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    sources: a.sources.map(({ url, title, quote, addedBy, addedAt }) => ({ url, title, quote, addedBy, addedAt })),
  };
}

describe('W3C Web Annotation export and import', () => {
  const exported = () => webAnnotationJson(webAnnotationCollection(storyAnnotations(), 'drafts/story.md', 'story'));

  it('exports TextQuoteSelector + TextPositionSelector and bodies with the right purposes', () => {
    const collection = JSON.parse(exported());
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    const first = collection.first.items[0];
    assert.equal(first.type, 'Annotation');
    assert.equal(first.target.source, 'drafts/story.md');
    assert.deepEqual(
      first.target.selector.map((s: { type: string }) => s.type),
      ['TextQuoteSelector', 'TextPositionSelector'],
    );
    assert.equal(STORY.slice(first.target.selector[1].start, first.target.selector[1].end), first.target.selector[0].exact);
    assert.deepEqual(
      first.body.map((b: { purpose: string; type: string }) => `${b.purpose}:${b.type}`),
      ['commenting:TextualBody', 'tagging:TextualBody', 'assessing:TextualBody', 'linking:SpecificResource'],
    );
    assert.equal(first.body[3].source.id, 'https://council.example/budget-2025.pdf');
    assert.equal(first.body[3].selector.exact, 'Consultancy: £4.2m (p. 4)');
  });

  it('export → import into an empty sidecar gives the same annotations back', () => {
    const result = importWebAnnotations({
      json: exported(),
      text: STORY,
      draftName: 'story.md',
      language: 'markdown',
      by: 'Eve',
      now: NOW,
    });
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.deepEqual(result.summary, { added: 3, alreadyPresent: 0, notFound: 0, sourcesDropped: 0 });
    assert.deepEqual(result.file.annotations.map(essentials), storyAnnotations().map(essentials));
    assert.ok(parseSidecar(serializeSidecar(result.file), 'story.md').ok);
  });

  it('import never overwrites: annotations already there (same id or same span) are kept as they are', () => {
    const mine = storyAnnotations().map((a) => ({ ...a, note: `${a.note} (mine)` }));
    const sidecar = { version: 1, draft: 'story.md', annotations: mine };
    const result = importWebAnnotations({
      json: exported(),
      text: STORY,
      draftName: 'story.md',
      language: 'markdown',
      sidecar,
      by: 'Eve',
      now: NOW,
    });
    assert.ok(result.ok);
    assert.deepEqual(result.summary.alreadyPresent, 3);
    assert.deepEqual(result.file.annotations, mine);
  });

  it('re-anchors by quote when the draft changed since the export', () => {
    const edited = `A new first paragraph pushes everything down.\n\n${STORY}`;
    const result = importWebAnnotations({
      json: exported(),
      text: edited,
      draftName: 'story.md',
      language: 'markdown',
      by: 'Eve',
      now: NOW,
    });
    assert.ok(result.ok);
    for (const a of result.file.annotations) assert.equal(edited.slice(a.anchor.start, a.anchor.end), a.anchor.exact);
  });

  it('refuses annotations made for another draft, with a message', () => {
    const other = importWebAnnotations({ json: exported(), text: STORY, draftName: 'other.md', language: 'markdown', by: 'Eve', now: NOW });
    assert.deepEqual(other, { ok: false, error: 'the annotations are for "story.md", not "other.md": nothing was imported' });
    const unrelated = importWebAnnotations({
      json: exported().replace(/drafts\/story\.md/g, 'https://elsewhere.example/a'),
      text: 'Something else entirely.',
      draftName: 'story.md',
      language: 'markdown',
      by: 'Eve',
      now: NOW,
    });
    assert.equal(unrelated.ok, false);
    if (!unrelated.ok) assert.match(unrelated.error, /none of the 3 annotation\(s\) quote text that is in "story\.md"/);
    for (const bad of ['not json', '42', '{"type": "Something"}', '{"rows": [{"text": "no target"}]}']) {
      const result = importWebAnnotations({ json: bad, text: STORY, draftName: 'story.md', language: 'markdown', by: 'Eve', now: NOW });
      assert.equal(result.ok, false, bad);
    }
  });

  it('imports a Hypothesis export: quotes placed by re-anchoring, tags as kind and status, page notes and replies skipped', () => {
    const text = readFileSync(join(FIXTURES, 'hypothesis-draft.md'), 'utf8');
    const json = readFileSync(join(FIXTURES, 'hypothesis-export.json'), 'utf8');
    const result = importWebAnnotations({ json, text, draftName: 'hypothesis-draft.md', language: 'markdown', by: 'Eve', now: NOW });
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.deepEqual(result.summary, { added: 2, alreadyPresent: 0, notFound: 0, sourcesDropped: 0 });
    const [price, freight] = result.file.annotations;
    assert.equal(text.slice(price.anchor.start, price.anchor.end), price.anchor.exact);
    assert.equal(price.anchor.exact, 'The port authority approved a £310 million expansion of the container terminal on Monday.');
    assert.deepEqual(
      [price.id, price.kind, price.status, price.history[0].by],
      ['Hq1EIGQFEe-d0xdQ5zqL9g', 'statistic', 'unverified', 'Ana Editor'],
    );
    assert.match(price.note, /includes the rail spur/);
    assert.deepEqual([freight.status, freight.history[0].by, freight.createdAt], ['verified', 'ben', '2026-01-12T11:02:00.000000+00:00']);
    assert.ok(freight.verifiedTextHash);
    assert.ok(parseSidecar(serializeSidecar(result.file), 'hypothesis-draft.md').ok);
    // Importing the same file again adds nothing.
    const again = importWebAnnotations({
      json,
      text,
      draftName: 'hypothesis-draft.md',
      language: 'markdown',
      sidecar: result.file,
      by: 'Eve',
      now: NOW,
    });
    assert.ok(again.ok);
    assert.deepEqual(again.summary, { added: 0, alreadyPresent: 2, notFound: 0, sourcesDropped: 0 });
  });
});

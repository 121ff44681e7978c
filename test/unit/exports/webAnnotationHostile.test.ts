import * as assert from 'node:assert/strict';
import { parseSidecar, serializeSidecar } from '../../../src/core/annotations';
import { importWebAnnotations, MAX_IMPORT_ANNOTATIONS } from '../../../src/core/exports';

/** Import files come from other people and other tools: whatever they hold, the result is a sidecar we can read back, or a message. */
const TEXT = 'The council spent £4.2m on consultants in 2025. The mayor said the bridge opened in 1998.';
const NOW = '2026-03-01T09:00:00.000Z';

function importJson(json: string) {
  return importWebAnnotations({ json, text: TEXT, draftName: 'story.md', language: 'markdown', by: 'Eve', now: NOW });
}

function annotation(exact: string, extra: Record<string, unknown> = {}) {
  return { type: 'Annotation', target: { source: 'story.md', selector: [{ type: 'TextQuoteSelector', exact }] }, ...extra };
}

function linking(source: Record<string, unknown>) {
  return { type: 'SpecificResource', purpose: 'linking', source };
}

describe('Web Annotation import of hostile files', () => {
  it('gives sources with a blank title the link host, and stores padded links trimmed, so the sidecar reads back', () => {
    const result = importJson(
      JSON.stringify([
        annotation('spent £4.2m on consultants', {
          body: [linking({ id: 'https://council.example/a', title: '' }), linking({ id: '  https://council.example/b\n', title: '   ' })],
        }),
      ]),
    );
    assert.ok(result.ok, result.ok ? '' : result.error);
    const sources = result.file.annotations[0].sources;
    assert.deepEqual(
      sources.map((s) => [s.url, s.title]),
      [
        ['https://council.example/a', 'council.example'],
        ['https://council.example/b', 'council.example'],
      ],
    );
    const back = parseSidecar(serializeSidecar(result.file), 'story.md');
    assert.ok(back.ok, back.ok ? '' : back.error);
  });

  it('skips a quote of spaces only (a sidecar anchor must quote text)', () => {
    const result = importJson(JSON.stringify([annotation(' '), annotation('the bridge opened in 1998')]));
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.deepEqual(
      result.file.annotations.map((a) => a.anchor.exact),
      ['the bridge opened in 1998'],
    );
    assert.ok(parseSidecar(serializeSidecar(result.file), 'story.md').ok);
  });

  it('survives wrong types anywhere, with a message when nothing is usable', () => {
    const shapes = [
      '{"items": 5}',
      '{"first": {"items": "x"}}',
      '[null, 1, "a", [], {"target": 5}, {"target": {"selector": 7}}, {"target": {"selector": [{"type": "TextQuoteSelector", "exact": 42}]}}]',
      '{"type": "Annotation", "target": [null, {"selector": {"type": "TextQuoteSelector", "exact": {"a": 1}}}]}',
    ];
    for (const json of shapes) {
      const result = importJson(json);
      assert.equal(result.ok, false, json);
      if (!result.ok) assert.match(result.error, /^[^\n]+$/, json);
    }
    const typed = importJson(
      JSON.stringify([
        annotation('spent £4.2m on consultants', {
          body: [5, 'x', { type: 'TextualBody', value: 7 }, linking({ id: 5, title: [] })],
          creator: 5,
          created: 'yesterday',
          tags: [1, null],
        }),
      ]),
    );
    assert.ok(typed.ok, typed.ok ? '' : typed.error);
    assert.ok(parseSidecar(serializeSidecar(typed.file), 'story.md').ok);
  });

  it('never lets "__proto__" keys reach a prototype', () => {
    const json = `{"__proto__": {"polluted": 1}, "items": [{"__proto__": {"polluted": 2}, "type": "Annotation", "target": {"source": "story.md", "__proto__": {"x": 1}, "selector": {"type": "TextQuoteSelector", "exact": "the bridge opened in 1998"}}}]}`;
    const result = importJson(json);
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(result.file), Object.prototype);
    assert.ok(parseSidecar(serializeSidecar(result.file), 'story.md').ok);
  });

  it('keeps the first of annotations whose ids collide', () => {
    const json = JSON.stringify([
      annotation('the bridge opened in 1998', { id: 'urn:draft-factcheck:annotation:same-id-1' }),
      annotation('spent £4.2m on consultants', { id: 'urn:draft-factcheck:annotation:same-id-1' }),
    ]);
    const result = importJson(json);
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.deepEqual(
      result.file.annotations.map((a) => [a.id, a.anchor.exact]),
      [['same-id-1', 'the bridge opened in 1998']],
    );
    assert.equal(result.summary.alreadyPresent, 1);
  });

  it('refuses a file with more annotations than can be placed in one go, with a message', () => {
    const json = JSON.stringify(Array.from({ length: MAX_IMPORT_ANNOTATIONS + 1 }, () => annotation('the bridge opened in 1998')));
    const result = importJson(json);
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.error, new RegExp(`${MAX_IMPORT_ANNOTATIONS + 1} annotations.*at most ${MAX_IMPORT_ANNOTATIONS}`));
  });
});

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSettings, SETTING_DEFAULTS, SETTING_ENUMS } from '../../../src/service/settings';

interface SettingSchema {
  type?: string;
  enum?: string[];
  default?: unknown;
}

function contributedSettings(): Record<string, SettingSchema> {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, SettingSchema> } | { properties: Record<string, SettingSchema> }[] };
  };
  const sections = [manifest.contributes.configuration].flat();
  return Object.assign({}, ...sections.map((s) => s.properties)) as Record<string, SettingSchema>;
}

describe('service: settings against package.json', () => {
  const contributed = contributedSettings();

  it('offers the same values as package.json for every enum setting it reads, in the same order', () => {
    for (const [key, values] of Object.entries(SETTING_ENUMS)) {
      assert.deepEqual(values, contributed[`factCheck.${key}`]?.enum, `factCheck.${key}: enum`);
    }
  });

  it('falls back to package.json’s defaults, for every setting it reads', () => {
    for (const [key, fallback] of Object.entries(SETTING_DEFAULTS)) {
      const schema = contributed[`factCheck.${key}`];
      assert.ok(schema, `factCheck.${key} is contributed`);
      assert.deepEqual(fallback, schema.default, `factCheck.${key}: default`);
    }
  });

  it('reads package.json’s defaults as it reads unset settings', () => {
    const defaults = new Map(Object.entries(contributed).map(([key, schema]) => [key.replace(/^factCheck\./, ''), schema.default]));
    assert.deepEqual(
      parseSettings((key) => defaults.get(key)),
      parseSettings(() => undefined),
    );
  });

  it('falls back for values outside an enum and clamps scores', () => {
    const raw: Record<string, unknown> = {
      'highlights.style': 'sparkles',
      sidecarLocation: 42,
      minScore: 7,
      'triage.minScore': -1,
      kinds: ['nonsense'],
    };
    const config = parseSettings((key) => raw[key]);
    assert.equal(config.highlightStyle, 'underline');
    assert.equal(config.sidecarLocation, 'besideDraft');
    assert.equal(config.detect.minScore, 1);
    assert.equal(config.triageMinScore, 0);
    assert.ok((config.detect.kinds ?? []).length > 1, 'unknown kinds mean all kinds');
    assert.equal(parseSettings((key) => (key === 'diagnostics.severity' ? 'hint' : undefined)).diagnosticsSeverity, 'hint');
  });
});

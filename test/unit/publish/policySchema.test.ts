import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { FAIL_ON_CONDITIONS, parsePolicy } from '../../../src/core/publish';

const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'schemas', 'factcheck-policy.schema.json'), 'utf8'));
const validate = new Ajv({ strict: true }).compile(schema);

describe('policy file JSON Schema and parsePolicy agree', () => {
  it('lists the conditions the code knows', () => {
    assert.deepEqual(schema.properties.failOn.items.enum, [...FAIL_ON_CONDITIONS]);
  });

  const cases = [
    '{}',
    '{"minScore": 0}',
    '{"failOn": ["unsigned"], "$schema": "x"}',
    '{"minScore": 1.01}',
    '{"minScore": "1"}',
    '{"failOn": ["x"]}',
    '{"failOn": "disputed"}',
    '{"other": 1}',
    '[]',
  ];
  for (const text of cases) {
    it(`both ${parsePolicy(text).ok ? 'accept' : 'refuse'} ${text}`, () => {
      assert.equal(validate(JSON.parse(text)), parsePolicy(text).ok);
    });
  }
});

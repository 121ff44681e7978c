import * as assert from 'node:assert/strict';
import { parseArgs, parseScanArgs } from '../../../src/cli/args';
import { UsageError } from '../../../src/cli/io';

describe('cli argument parsing', () => {
  it('accepts --opt value, --opt=value and short aliases; the last single value wins', () => {
    const parsed = parseScanArgs(['-f', 'json', 'a.md', '--format=sarif', '--min-score', '.25', 'b']);
    assert.equal(parsed.format, 'sarif');
    assert.deepEqual(parsed.detect, { minScore: 0.25 });
    assert.deepEqual(parsed.paths, ['a.md', 'b']);
  });

  it('collects repeatable options and merges kind lists without duplicates', () => {
    const parsed = parseScanArgs([
      '--kinds',
      'statistic, Event',
      '--kinds=statistic,legal',
      '--extra-cue',
      ' sources say ',
      '--extra-cue=per cent',
      '--ignore-phrase',
      'satire',
      'x',
    ]);
    assert.deepEqual(parsed.detect, {
      kinds: ['statistic', 'event', 'legal'],
      extraCues: ['sources say', 'per cent'],
      ignorePhrases: ['satire'],
    });
  });

  it('defaults to text with no detection options', () => {
    assert.deepEqual(parseScanArgs(['drafts']), { help: false, format: 'text', detect: {}, paths: ['drafts'], library: [] });
  });

  it('collects --library paths and refuses an empty one', () => {
    assert.deepEqual(parseScanArgs(['--library', 'a', '--library=b', 'drafts']).library, ['a', 'b']);
    assert.throws(() => parseScanArgs(['--library=', 'drafts']), /--library needs a folder/);
  });

  it('takes a lone dash and everything after -- as paths', () => {
    assert.deepEqual(parseArgs(['-', '--', '--format', '-x'], [{ name: 'format', takesValue: true }]).positionals, ['-', '--format', '-x']);
  });

  it('accepts a dash-led value only inline', () => {
    assert.throws(() => parseScanArgs(['--extra-cue', '--kinds', 'x']), /--extra-cue needs a value/);
    assert.deepEqual(parseScanArgs(['--extra-cue=--dash', 'x']).detect.extraCues, ['--dash']);
  });

  it('rejects bad values as UsageErrors with the offending value', () => {
    for (const [args, message] of [
      [['--min-score', '0x1', 'p'], /not '0x1'/],
      [['--min-score', '1.0001', 'p'], /from 0 to 1/],
      [['--min-score', 'NaN', 'p'], /not 'NaN'/],
      [['--format', 'JSON', 'p'], /unknown format 'JSON'/],
      [['--kinds', 'statistics', 'p'], /unknown claim kind 'statistics'/],
    ] as const) {
      assert.throws(
        () => parseScanArgs(args),
        (e: unknown) => e instanceof UsageError && message.test(e.message),
      );
    }
  });

  it('accepts the ends of the score range', () => {
    assert.equal(parseScanArgs(['--min-score', '0', 'p']).detect.minScore, 0);
    assert.equal(parseScanArgs(['--min-score', '1.', 'p']).detect.minScore, 1);
  });
});

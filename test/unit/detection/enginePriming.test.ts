import * as assert from 'node:assert/strict';
import { primeEngineInSlices } from '../../../src/service/detection/enginePriming';
import { FakeClock } from './fakeClock';

/** A stand-in for precompilePatterns: patterns with fixed compile costs, spent on the fake clock. */
function fakeCompiler(clock: FakeClock, costs: number[]) {
  let next = 0;
  const slices: number[] = [];
  const compile = (stop: () => boolean): boolean => {
    const started = clock.time;
    while (next < costs.length && !stop()) clock.time += costs[next++];
    slices.push(clock.time - started);
    return next === costs.length;
  };
  return { compile, slices, compiled: () => next };
}

describe('primeEngineInSlices', () => {
  it('compiles nothing during activation, then everything in later tasks of about the slice budget', () => {
    const clock = new FakeClock();
    const costs = Array.from({ length: 120 }, (_, i) => 0.2 + ((i * 37) % 9) / 10); // 0.2–1 ms each, irregular
    const compiler = fakeCompiler(clock, costs);
    primeEngineInSlices(clock, 10, compiler.compile);
    assert.equal(compiler.compiled(), 0, 'activation itself compiles nothing');
    assert.equal(clock.queue.length, 1);
    while (clock.runNext());
    assert.equal(compiler.compiled(), costs.length);
    assert.ok(compiler.slices.length >= 5, `spread over ${compiler.slices.length} tasks`);
    // A slice stops once its budget is spent, so it overruns by at most one pattern.
    assert.ok(Math.max(...compiler.slices) <= 10 + 1, `longest task ${Math.max(...compiler.slices)} ms`);
  });

  it('always compiles at least one pattern per task, even one that costs more than the budget', () => {
    const clock = new FakeClock();
    const compiler = fakeCompiler(clock, [30, 30, 30]);
    primeEngineInSlices(clock, 10, compiler.compile);
    while (clock.runNext());
    assert.equal(compiler.compiled(), 3);
    assert.deepEqual(compiler.slices, [30, 30, 30]);
  });

  it('stops when disposed', () => {
    const clock = new FakeClock();
    const compiler = fakeCompiler(
      clock,
      Array.from({ length: 100 }, () => 1),
    );
    const stop = primeEngineInSlices(clock, 10, compiler.compile);
    clock.runNext();
    const compiled = compiler.compiled();
    assert.ok(compiled > 0 && compiled < 100);
    stop();
    while (clock.runNext());
    assert.equal(compiler.compiled(), compiled);
    assert.equal(clock.queue.length, 0);
  });
});

import * as assert from 'node:assert/strict';
import { DisposableBase } from '../../../src/service/disposable';

class Owner extends DisposableBase {
  readonly log: string[] = [];

  add(name: string, ...more: string[]): void {
    this._register({ dispose: () => this.log.push(name) }, ...more.map((m) => ({ dispose: () => this.log.push(m) })));
  }
}

describe('service: disposable owner', () => {
  it('disposes what it registered once, in the order registered', () => {
    const owner = new Owner();
    owner.add('a', 'b');
    owner.add('c');
    owner.dispose();
    owner.dispose();
    assert.deepEqual(owner.log, ['a', 'b', 'c']);
  });

  it('disposes at once what is registered after it was disposed', () => {
    const owner = new Owner();
    owner.dispose();
    owner.add('late');
    assert.deepEqual(owner.log, ['late']);
  });
});

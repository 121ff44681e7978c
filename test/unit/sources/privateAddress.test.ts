import * as assert from 'node:assert/strict';
import { literalHostProblem, nonPublicAddressKind } from '../../../src/core/sources/privateAddress';

/** Each address is named as the kind given (a part of the description), not passed as public. */
function assertKinds(cases: Record<string, string>): void {
  for (const [ip, kind] of Object.entries(cases)) assert.match(nonPublicAddressKind(ip) ?? 'public', new RegExp(kind), ip);
}

describe('non-public addresses (source checks)', () => {
  it('names loopback, private, link-local, shared, multicast and reserved IPv4 addresses', () => {
    assertKinds({
      '127.0.0.1': 'loopback',
      '127.255.1.2': 'loopback',
      '0.0.0.0': 'unspecified',
      '10.1.2.3': 'private network',
      '172.16.0.1': 'private network',
      '172.31.255.255': 'private network',
      '192.168.1.1': 'private network',
      '169.254.169.254': 'link-local',
      '100.64.0.1': 'shared',
      '224.0.0.1': 'multicast',
      '255.255.255.255': 'reserved',
      '198.18.0.1': 'benchmarking',
    });
  });

  it('lets public addresses and the edges of the private ranges through', () => {
    for (const ip of [
      '8.8.8.8',
      '172.15.255.255',
      '172.32.0.0',
      '192.169.0.1',
      '100.63.255.255',
      '100.128.0.0',
      '169.253.0.1',
      '2001:4860::8888',
    ])
      assert.equal(nonPublicAddressKind(ip), undefined, ip);
  });

  it('reads IPv6, with :: anywhere, zones and IPv4 inside (mapped, NAT64, 6to4)', () => {
    assertKinds({
      '::1': 'loopback',
      '[::1]': 'loopback',
      '0:0:0:0:0:0:0:1': 'loopback',
      '::': 'unspecified',
      'fe80::1%eth0': 'link-local',
      'fd12:3456::1': 'unique local',
      'ff02::1': 'multicast',
      '::ffff:127.0.0.1': 'loopback',
      '::ffff:7f00:1': 'loopback',
      '::ffff:a9fe:a9fe': 'link-local',
      '64:ff9b::10.0.0.1': 'private network',
      '2002:c0a8:0101::1': 'private network',
    });
    for (const text of ['1::2::3', '12345::', 'fe80:::1', ':::', '1:2:3:4:5:6:7:8:9', 'example.com', '10.0.0', '10.0.0.256'])
      assert.equal(nonPublicAddressKind(text), undefined, text);
  });

  it('refuses localhost names and literal addresses in a URL host, and nothing else', () => {
    assert.match(literalHostProblem('localhost') ?? '', /this computer/);
    assert.match(literalHostProblem('LOCALHOST.') ?? '', /this computer/);
    assert.match(literalHostProblem('db.localhost') ?? '', /this computer/);
    assert.match(literalHostProblem('[::1]') ?? '', /loopback/);
    assert.match(literalHostProblem(new URL('http://0x7f000001/').hostname) ?? '', /loopback/);
    assert.equal(literalHostProblem('example.com'), undefined);
    assert.equal(literalHostProblem('localhost.example.com'), undefined);
    assert.equal(literalHostProblem('93.184.216.34'), undefined);
  });
});

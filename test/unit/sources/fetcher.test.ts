import * as assert from 'node:assert/strict';
// The module object itself (not a namespace copy), so the test can stand in for its lookup.
import resolver from 'node:dns';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Source } from '../../../src/core/annotations/types';
import { applyFetchOutcome, describeSourceHealth, runSourceChecks, sourceHealth, type FetchOutcome } from '../../../src/core/sources';
import { NodePageFetcher } from '../../../src/extension/desktop/nodePageFetcher';
import { startServer, type LocalServer } from './localServer';

const T = '2026-03-01T09:00:00.000Z';
const QUOTE = 'The port handled 74 ships in March';
const PAGE = `<!doctype html><html><head><title>Port report</title><script>var hidden = "${QUOTE}";</script></head>
<body><nav>Home</nav><article><h1>Port report</h1><p>The port handled&nbsp;<b>74</b> ships in March, up from 60.</p></article></body></html>`;

function source(url: string, extra: Partial<Source> = {}): Source {
  return { id: 'src-0001', url, title: 'Port report', quote: QUOTE, addedBy: 'Ana', addedAt: T, ...extra };
}

describe('source check over HTTP (local servers on 127.0.0.x only)', function () {
  this.timeout(15_000);
  let main: LocalServer;
  let other: LocalServer;
  // The servers are on loopback addresses, which a fetcher refuses unless allowed (see 'private addresses' below).
  const fetcher = new NodePageFetcher({ timeoutMs: 500, maxBytes: 64 * 1024, allowPrivateAddresses: true });

  before(async () => {
    other = await startServer(
      { '/new-home': { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: PAGE } },
      '127.0.0.2',
    );
    main = await startServer({
      '/with-quote': { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: PAGE },
      '/without-quote': {
        status: 200,
        headers: { 'content-type': 'text/html' },
        body: '<html><body><p>Nothing about ships.</p><script>/* The port handled 74 ships in March */</script></body></html>',
      },
      '/moved': { status: 301, headers: { location: `${other.origin}/new-home` } },
      '/gone': { status: 404, headers: { 'content-type': 'text/html' }, body: '<p>Not here</p>' },
      '/hang': 'hang',
      '/huge': { status: 200, headers: { 'content-type': 'text/html' }, body: `<p>${'x'.repeat(200 * 1024)}</p>` },
      '/report.pdf': { status: 200, headers: { 'content-type': 'application/pdf' }, body: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj') },
      '/to-file': { status: 302, headers: { location: 'file:///etc/passwd' } },
      '/to-js': { status: 302, headers: { location: 'javascript:alert(1)' } },
      '/loop': { status: 302, headers: { location: '/loop' } },
      '/relative': { status: 302, headers: { location: '/with-quote' } },
    });
  });
  after(async () => {
    await main.close();
    await other.close();
  });

  async function check(path: string, extra: Partial<Source> = {}): Promise<{ checked: Source; outcome: FetchOutcome }> {
    const outcome = await fetcher.fetch(`${main.origin}${path}`);
    return { checked: await applyFetchOutcome(source(`${main.origin}${path}`, extra), outcome, T), outcome };
  }

  it('200 with the quote: found in the visible text, status, final URL and hash recorded', async () => {
    const { checked } = await check('/with-quote');
    assert.equal(checked.httpStatus, 200);
    assert.equal(checked.finalUrl, `${main.origin}/with-quote`);
    assert.equal(checked.contentType, 'text/html');
    assert.match(checked.contentHash ?? '', /^[0-9a-f]{16}$/);
    assert.equal(checked.quoteFound, true);
    assert.equal(checked.checkedAt, T);
    assert.deepEqual(sourceHealth(checked).problems, []);
    assert.deepEqual(describeSourceHealth(checked), ['quote found']);
  });

  it('200 without the quote: not found (text inside a script does not count)', async () => {
    const { checked } = await check('/without-quote');
    assert.equal(checked.httpStatus, 200);
    assert.equal(checked.quoteFound, false);
    assert.deepEqual(sourceHealth(checked).problems, ['quote-not-found']);
  });

  it('sends a User-Agent naming the extension and no credentials or cookies', async () => {
    await check('/with-quote');
    const seen = main.requests.at(-1)!.headers;
    assert.match(seen['user-agent'] ?? '', /Draft Fact-Check/);
    assert.equal(seen.authorization, undefined);
    assert.equal(seen.cookie, undefined);
  });

  it('a 301 to another host: moved, with the final URL', async () => {
    const { checked } = await check('/moved');
    assert.equal(checked.httpStatus, 200);
    assert.equal(checked.finalUrl, `${other.origin}/new-home`);
    assert.equal(checked.quoteFound, true);
    const health = sourceHealth(checked);
    assert.deepEqual(health.problems, ['moved']);
    assert.equal(health.movedTo, new URL(other.origin).host);
  });

  it('a redirect on the same host is followed and is not "moved"', async () => {
    const { checked } = await check('/relative');
    assert.equal(checked.finalUrl, `${main.origin}/with-quote`);
    assert.deepEqual(sourceHealth(checked).problems, []);
  });

  it('a 404: broken, quote not checked, previous hash kept', async () => {
    const { checked } = await check('/gone', { contentHash: '0123456789abcdef' });
    assert.equal(checked.httpStatus, 404);
    assert.equal(checked.quoteFound, null);
    assert.equal(checked.quoteUnchecked, 'no-page');
    assert.equal(checked.contentHash, '0123456789abcdef');
    assert.deepEqual(sourceHealth(checked).problems, ['broken']);
    assert.deepEqual(describeSourceHealth(checked), ['broken: HTTP 404']);
  });

  it('a server that never answers: timeout after the (injected) limit', async () => {
    const started = Date.now();
    const { checked, outcome } = await check('/hang');
    const took = Date.now() - started;
    assert.equal(outcome.kind, 'failed');
    assert.equal(checked.fetchError, 'timeout');
    assert.equal(checked.httpStatus, undefined);
    assert.ok(took >= 450 && took < 3000, `took ${took} ms with a 500 ms limit`);
    assert.deepEqual(sourceHealth(checked).problems, ['broken']);
  });

  it('an oversized body: reading stops at the cap, the quote is not checked (too large), not broken', async () => {
    const { checked, outcome } = await check('/huge');
    assert.equal(outcome.kind === 'response' && outcome.tooLarge, true);
    assert.equal(checked.httpStatus, 200);
    assert.equal(checked.quoteFound, null);
    assert.equal(checked.quoteUnchecked, 'too-large');
    assert.equal(checked.contentHash, undefined);
    assert.deepEqual(sourceHealth(checked).problems, []);
  });

  it('an oversized body sent without Content-Length: reading stops once past the cap', async () => {
    let sent = 0;
    const streaming = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' }); // chunked: no length announced
      const piece = Buffer.alloc(16 * 1024, 'x');
      const timer = setInterval(() => {
        if (response.destroyed || sent > 1024 * 1024) {
          clearInterval(timer);
          response.end();
          return;
        }
        sent += piece.length;
        response.write(piece);
      }, 1);
    });
    await new Promise<void>((resolve) => streaming.listen(0, '127.0.0.1', resolve));
    try {
      const outcome = await fetcher.fetch(`http://127.0.0.1:${(streaming.address() as AddressInfo).port}/`);
      assert.equal(outcome.kind === 'response' && outcome.tooLarge, true);
      assert.ok(sent < 1024 * 1024, `stopped reading after ${sent} bytes with a 64 KB cap`);
    } finally {
      streaming.closeAllConnections();
      await new Promise((resolve) => streaming.close(resolve));
    }
  });

  it('a PDF: hashed, quote check skipped with the reason', async () => {
    const { checked } = await check('/report.pdf');
    assert.equal(checked.httpStatus, 200);
    assert.equal(checked.contentType, 'application/pdf');
    assert.equal(checked.quoteFound, null);
    assert.equal(checked.quoteUnchecked, 'not-text');
    assert.match(checked.contentHash ?? '', /^[0-9a-f]{16}$/);
    assert.deepEqual(describeSourceHealth(checked), ['quote not checked: the page is not text (application/pdf)']);
  });

  for (const [path, scheme] of [
    ['/to-file', 'file'],
    ['/to-js', 'javascript'],
  ] as const) {
    it(`a redirect to a ${scheme}: URL is refused`, async () => {
      const { checked, outcome } = await check(path);
      assert.equal(outcome.kind === 'failed' && outcome.error, 'unsafe-redirect');
      assert.match(outcome.kind === 'failed' ? outcome.message : '', new RegExp(scheme));
      assert.equal(checked.fetchError, 'unsafe-redirect');
      assert.deepEqual(sourceHealth(checked).problems, ['broken']);
    });
  }

  it('more than 5 redirects: too-many-redirects', async () => {
    const before = main.requests.length;
    const { checked } = await check('/loop');
    assert.equal(checked.fetchError, 'too-many-redirects');
    assert.equal(main.requests.length - before, 6, 'the first request and 5 redirects');
  });

  it('a refused connection is broken (connection), not a crash', async () => {
    const closed = await startServer({});
    const url = `${closed.origin}/x`;
    await closed.close();
    const outcome = await fetcher.fetch(url);
    assert.equal(outcome.kind === 'failed' && outcome.error, 'connection');
  });

  it('a changed page is "changed" on the next check; the same page is not', async () => {
    const first = await check('/with-quote');
    const again = await applyFetchOutcome(first.checked, await fetcher.fetch(`${main.origin}/with-quote`), T);
    assert.equal(again.contentChanged, undefined);
    const elsewhere = await applyFetchOutcome(
      { ...first.checked, url: `${main.origin}/without-quote` },
      await fetcher.fetch(`${main.origin}/without-quote`),
      T,
    );
    assert.equal(elsewhere.contentChanged, true);
    assert.ok(sourceHealth(elsewhere).problems.includes('changed'));
  });

  it('at most 4 requests at a time, each URL once, and cancel stops new fetches', async () => {
    let open = 0;
    let most = 0;
    const paths: string[] = [];
    const slow = http.createServer((request, response) => {
      open++;
      most = Math.max(most, open);
      paths.push(request.url ?? '');
      setTimeout(() => {
        open--;
        response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      }, 60);
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
    try {
      const jobs = Array.from({ length: 10 }, (_, i) => ({ source: source(`${origin}/p${i % 8}`), owner: i }));
      const results: number[] = [];
      const fetched = await runSourceChecks(jobs, { fetcher, onResult: (job) => void results.push(job.owner) });
      assert.equal(fetched, 8);
      assert.equal(results.length, 10);
      assert.ok(most <= 4 && most >= 2, `at most ${most} at once`);
      assert.equal(new Set(paths).size, 8);

      const cancel = new AbortController();
      const seen: number[] = [];
      await runSourceChecks(jobs, { fetcher, signal: cancel.signal, onResult: (job) => (seen.push(job.owner), cancel.abort()) });
      assert.ok(seen.length >= 1 && seen.length < 10, `${seen.length} results after cancel`);
    } finally {
      slow.closeAllConnections();
      await new Promise((resolve) => slow.close(resolve));
    }
  });

  it('goes through an http proxy when one is set (VS Code http.proxy)', async () => {
    const proxied: string[] = [];
    const proxy = http.createServer((request, response) => {
      proxied.push(request.url ?? '');
      response.writeHead(200, { 'content-type': 'text/plain' }).end(QUOTE);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const viaProxy = new NodePageFetcher({ timeoutMs: 2000, proxy: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` });
      const outcome = await viaProxy.fetch('http://source.invalid/page');
      assert.equal(outcome.kind, 'response');
      assert.deepEqual(proxied, ['http://source.invalid/page']);
    } finally {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});

describe('source check: private and local addresses (local servers on 127.0.0.1 only)', function () {
  this.timeout(15_000);
  let server: LocalServer;
  const guarded = new NodePageFetcher({ timeoutMs: 2000 });

  before(async () => {
    server = await startServer({ '/admin': { status: 200, headers: { 'content-type': 'text/plain' }, body: 'secret' } });
  });
  after(() => server.close());

  it('refuses loopback addresses, written any way, and localhost names, before connecting', async () => {
    const port = new URL(server.origin).port;
    for (const url of [
      `http://127.0.0.1:${port}/admin`,
      `http://localhost:${port}/admin`,
      `http://api.localhost:${port}/admin`,
      `http://[::1]:${port}/admin`,
      `http://[::ffff:127.0.0.1]:${port}/admin`,
      `http://2130706433:${port}/admin`, // 127.0.0.1 as one number: URL normalises it
      `http://0x7f.1:${port}/admin`,
    ]) {
      const outcome = await guarded.fetch(url);
      assert.equal(outcome.kind, 'failed', url);
      assert.equal(outcome.kind === 'failed' && outcome.error, 'unsafe-redirect', url);
      assert.match(outcome.kind === 'failed' ? outcome.message : '', /^refused: .*(loopback|this computer).*allowPrivateAddresses/, url);
      assert.equal(outcome.kind === 'failed' && outcome.privateAddress, true, url);
    }
    assert.deepEqual(server.requests, [], 'no request reached the local server');
  });

  it('refuses a name that resolves to a private address, at the lookup the connection makes', async () => {
    // A resolver that answers an intranet name with a private address, and a name with a public and a private one.
    const realLookup = resolver.lookup;
    const answers: Record<string, string[]> = { 'wiki.intranet.test': ['10.0.0.5'], 'mixed.test': ['93.184.216.34', '127.0.0.1'] };
    const asked: string[] = [];
    (resolver as { lookup: unknown }).lookup = (host: string, options: object, callback: (...args: unknown[]) => void) => {
      asked.push(host);
      const found = answers[host];
      if (!found) return realLookup(host, options as import('node:dns').LookupAllOptions, callback as never);
      callback(
        null,
        found.map((address) => ({ address, family: 4 })),
      );
    };
    try {
      const port = new URL(server.origin).port;
      for (const [host, address] of [
        ['wiki.intranet.test', '10.0.0.5'],
        ['mixed.test', '127.0.0.1'],
      ]) {
        const outcome = await guarded.fetch(`http://${host}:${port}/admin`);
        assert.ok(outcome.kind === 'failed' && outcome.error === 'unsafe-redirect' && outcome.privateAddress, JSON.stringify(outcome));
        assert.match(
          outcome.message,
          new RegExp(`^refused: ${host.replace(/\./g, '\\.')} resolves to ${address.replace(/\./g, '\\.')}, a`),
        );
      }
      assert.deepEqual(asked, ['wiki.intranet.test', 'mixed.test'], 'the names were looked up when connecting');
    } finally {
      resolver.lookup = realLookup;
    }
    assert.deepEqual(server.requests, []);
  });

  it('refuses a redirect to a private address (the proxy answers the public URL with one)', async () => {
    const asked: string[] = [];
    const proxy = http.createServer((request, response) => {
      asked.push(request.url ?? '');
      response.writeHead(302, { location: `${server.origin}/admin` }).end();
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      // The proxy itself is on loopback, as a corporate proxy may be on the intranet: that is allowed.
      const viaProxy = new NodePageFetcher({ timeoutMs: 2000, proxy: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` });
      const outcome = await viaProxy.fetch('http://news.invalid/story');
      assert.deepEqual(asked, ['http://news.invalid/story'], 'the redirect was not followed');
      assert.ok(outcome.kind === 'failed' && outcome.error === 'unsafe-redirect', JSON.stringify(outcome));
      assert.deepEqual(server.requests, []);
    } finally {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  it('fetches them when allowed (intranet sources)', async () => {
    const outcome = await new NodePageFetcher({ timeoutMs: 2000, allowPrivateAddresses: true }).fetch(`${server.origin}/admin`);
    assert.equal(outcome.kind, 'response');
    assert.equal(server.requests.length, 1);
  });
});

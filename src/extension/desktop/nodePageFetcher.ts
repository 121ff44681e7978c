import * as dns from 'node:dns';
import * as http from 'node:http';
import * as https from 'node:https';
import * as tls from 'node:tls';
import {
  checkFetchUrl,
  FETCH_LIMITS,
  FETCH_USER_AGENT,
  isRedirect,
  literalHostProblem,
  parseContentType,
  PRIVATE_ADDRESS_HINT,
  resolvedAddressProblem,
  type FetchOutcome,
  type PageFetcher,
} from '../../core/sources';
import type { FetchErrorKind } from '../../core/annotations/types';
import { errorText } from '../../core/util/errorText';

/**
 * The PageFetcher over Node's http/https, used by the desktop extension and the CLI (this
 * file imports no 'vscode'). No cookies, no Authorization, no keep-alive agent shared with
 * anything else: each request stands alone.
 */
export interface NodeFetcherOptions {
  timeoutMs?: number;
  maxRedirects?: number;
  maxBytes?: number;
  userAgent?: string;
  /** An http:// proxy (VS Code's http.proxy): http URLs go through it as absolute-form requests, https ones through CONNECT. */
  proxy?: string;
  /** Whether TLS certificates must be valid (VS Code's http.proxyStrictSSL); true unless set false. */
  strictSsl?: boolean;
  /**
   * Whether loopback, private-network, link-local and other non-public addresses may be fetched (intranet sources);
   * false unless set: a sidecar's URLs come from anyone with commit access (see core/sources/privateAddress.ts).
   */
  allowPrivateAddresses?: boolean;
}

class FetchFailure extends Error {
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    readonly privateAddress = false,
  ) {
    super(message);
  }
}

/** Marks a lookup refused for a non-public address (classify() keeps its message). */
class PrivateAddressError extends Error {}

interface Hop {
  status: number;
  location: string | undefined;
  contentType: string | undefined;
  body: Uint8Array | undefined;
  tooLarge: boolean;
}

function classify(error: unknown, timeoutMs: number, timedOut: boolean): FetchFailure {
  if (error instanceof FetchFailure) return error;
  if (error instanceof PrivateAddressError) return new FetchFailure('unsafe-redirect', error.message, true);
  if (timedOut) return new FetchFailure('timeout', `no complete answer within ${Math.round(timeoutMs / 100) / 10} s`);
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const message = errorText(error);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return new FetchFailure('dns', 'host not found');
  if (['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ETIMEDOUT'].includes(code))
    return new FetchFailure('connection', `connection failed (${code})`);
  return new FetchFailure('network', message.split('\n')[0] || 'network error');
}

export class NodePageFetcher implements PageFetcher {
  private readonly timeoutMs: number;
  private readonly maxRedirects: number;
  private readonly maxBytes: number;
  private readonly userAgent: string;
  private readonly proxy: URL | undefined;
  private readonly strictSsl: boolean;
  private readonly allowPrivateAddresses: boolean;

  constructor(options: NodeFetcherOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? FETCH_LIMITS.timeoutMs;
    this.maxRedirects = options.maxRedirects ?? FETCH_LIMITS.maxRedirects;
    this.maxBytes = options.maxBytes ?? FETCH_LIMITS.maxBytes;
    this.userAgent = options.userAgent ?? FETCH_USER_AGENT;
    this.proxy = parseProxy(options.proxy);
    this.strictSsl = options.strictSsl !== false;
    this.allowPrivateAddresses = options.allowPrivateAddresses === true;
  }

  async fetch(url: string, signal?: AbortSignal): Promise<FetchOutcome> {
    const deadline = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      deadline.abort();
    }, this.timeoutMs);
    const cancel = () => deadline.abort();
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      let current = url;
      for (let redirects = 0; ; redirects++) {
        const problem = checkFetchUrl(current);
        if (problem !== undefined) throw new FetchFailure('unsafe-redirect', problem);
        const hostProblem = this.hostProblem(new URL(current).hostname);
        if (hostProblem !== undefined) throw new FetchFailure('unsafe-redirect', hostProblem, true);
        const hop = await this.request(new URL(current), deadline.signal);
        if (isRedirect(hop.status) && hop.location !== undefined) {
          if (redirects >= this.maxRedirects) throw new FetchFailure('too-many-redirects', `more than ${this.maxRedirects} redirects`);
          current = resolveLocation(hop.location, current);
          continue;
        }
        const { contentType, charset } = parseContentType(hop.contentType);
        return { kind: 'response', status: hop.status, finalUrl: current, contentType, charset, body: hop.body, tooLarge: hop.tooLarge };
      }
    } catch (error) {
      const failure = classify(error, this.timeoutMs, timedOut);
      return { kind: 'failed', error: failure.kind, message: failure.message, ...(failure.privateAddress ? { privateAddress: true } : {}) };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
    }
  }

  /** Why the URL's host is refused before any lookup (a literal private address, localhost), or undefined. */
  private hostProblem(hostname: string): string | undefined {
    if (this.allowPrivateAddresses) return undefined;
    const problem = literalHostProblem(hostname);
    return problem === undefined ? undefined : `refused: ${problem}; ${PRIVATE_ADDRESS_HINT}`;
  }

  /** One GET; the body is read only for final, successful answers and only up to maxBytes. */
  private async request(url: URL, signal: AbortSignal): Promise<Hop> {
    const headers: http.OutgoingHttpHeaders = {
      'User-Agent': this.userAgent,
      Accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.8',
      'Accept-Encoding': 'identity',
      Connection: 'close',
    };
    const secure = url.protocol === 'https:';
    const port = Number(url.port) || (secure ? 443 : 80);
    let options: https.RequestOptions = {
      method: 'GET',
      host: url.hostname,
      port,
      path: `${url.pathname}${url.search}`,
      headers,
      agent: false,
      signal,
      // Checked where the connection is made, so a name cannot resolve to a public address first and a private one after.
      // Through a proxy the proxy resolves the name (and may itself be on the intranet): only the literal check applies.
      ...(this.allowPrivateAddresses || this.proxy ? {} : { lookup: publicOnlyLookup }),
    };
    if (this.proxy && !secure) {
      // Absolute-form request to the proxy (RFC 9112 §3.2.2).
      options = {
        ...options,
        host: this.proxy.hostname,
        port: Number(this.proxy.port) || 80,
        path: url.href,
        headers: { ...headers, Host: url.host, ...proxyAuthorization(this.proxy) },
      };
    } else if (this.proxy && secure) {
      const socket = await this.tunnel(url.hostname, port, signal);
      options = {
        ...options,
        createConnection: () => tls.connect({ socket, servername: url.hostname, rejectUnauthorized: this.strictSsl }),
      };
    }
    if (secure) options.rejectUnauthorized = this.strictSsl;
    const send = secure ? https.request : http.request;
    return new Promise<Hop>((resolve, reject) => {
      let settled = false;
      const settle = (result: Hop | Error) => {
        if (settled) return;
        settled = true;
        if (result instanceof Error) reject(result);
        else resolve(result);
      };
      const request = send(options, (response) => {
        const status = response.statusCode ?? 0;
        const hop = { status, location: header(response.headers.location), contentType: header(response.headers['content-type']) };
        const stop = (tooLarge: boolean) => {
          settle({ ...hop, body: undefined, tooLarge });
          response.destroy();
        };
        if (isRedirect(status) || status >= 400) return stop(false);
        const declared = Number(response.headers['content-length']);
        if (Number.isFinite(declared) && declared > this.maxBytes) return stop(true);
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > this.maxBytes) stop(true);
          else chunks.push(chunk);
        });
        response.on('end', () => settle({ ...hop, body: new Uint8Array(Buffer.concat(chunks)), tooLarge: false }));
        response.on('error', (error) => settle(error));
        response.on('close', () => {
          if (!response.complete) settle(new Error('the connection closed before the page was complete'));
        });
      });
      request.on('error', (error) => settle(error));
      request.end();
    });
  }

  /** A CONNECT tunnel through the proxy to host:port. */
  private tunnel(host: string, port: number, signal: AbortSignal): Promise<import('node:net').Socket> {
    const proxy = this.proxy as URL;
    return new Promise((resolve, reject) => {
      const request = http.request({
        method: 'CONNECT',
        host: proxy.hostname,
        port: Number(proxy.port) || 80,
        path: `${host}:${port}`,
        headers: { Host: `${host}:${port}`, 'User-Agent': this.userAgent, ...proxyAuthorization(proxy) },
        agent: false,
        signal,
      });
      request.on('connect', (response, socket) => {
        if (response.statusCode === 200) resolve(socket);
        else {
          socket.destroy();
          reject(new FetchFailure('connection', `the proxy refused the connection (HTTP ${response.statusCode})`));
        }
      });
      request.on('error', reject);
      request.end();
    });
  }
}

/**
 * dns.lookup for a connection that may reach public addresses only: fails when any address the name resolves to is
 * not public. Node asks for every address (`all`) when it tries several in turn (autoSelectFamily), else for one.
 */
const publicOnlyLookup: NonNullable<http.RequestOptions['lookup']> = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    for (const { address } of addresses) {
      const problem = resolvedAddressProblem(hostname, address);
      if (problem !== undefined) return callback(new PrivateAddressError(`refused: ${problem}; ${PRIVATE_ADDRESS_HINT}`), '', 0);
    }
    if ((options as dns.LookupOptions).all) (callback as unknown as (e: null, all: dns.LookupAddress[]) => void)(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  });
};

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function resolveLocation(location: string, base: string): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new FetchFailure('unsafe-redirect', `the redirect goes to an invalid address`);
  }
}

function parseProxy(proxy: string | undefined): URL | undefined {
  if (proxy === undefined || proxy.trim() === '') return undefined;
  try {
    const url = new URL(proxy.trim());
    return url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function proxyAuthorization(proxy: URL): Record<string, string> {
  if (proxy.username === '') return {};
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { 'Proxy-Authorization': `Basic ${Buffer.from(credentials).toString('base64')}` };
}

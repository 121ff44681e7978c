/**
 * Addresses a source check must not reach unless the editor allows it: a sidecar comes through git from anyone,
 * and its source URLs are fetched from the editor's machine, where 127.0.0.1, the router's 192.168.1.1 or a cloud
 * metadata service at 169.254.169.254 answer (server-side request forgery). Only public unicast addresses pass.
 */

/** What kind of non-public address `ip` (an IPv4 or IPv6 literal) is, or undefined when it is public or not an address. */
export function nonPublicAddressKind(ip: string): string | undefined {
  const v4 = parseIpv4(ip);
  if (v4 !== undefined) return ipv4Kind(v4);
  const v6 = parseIpv6(ip.replace(/^\[|\]$/g, ''));
  return v6 === undefined ? undefined : ipv6Kind(v6);
}

/**
 * Why the host of a URL (URL.hostname: IPv4 already normalised, IPv6 in brackets) is refused before any lookup, or
 * undefined: a literal non-public address, or a name that means this machine ("localhost", "*.localhost").
 */
export function literalHostProblem(hostname: string): string | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return `${hostname} is this computer (a loopback address)`;
  const kind = nonPublicAddressKind(host);
  return kind === undefined ? undefined : `${hostname} is ${kind}`;
}

/** Why `host` resolving to `address` is refused, or undefined when the address is public. */
export function resolvedAddressProblem(host: string, address: string): string | undefined {
  const kind = nonPublicAddressKind(address);
  return kind === undefined ? undefined : `${host} resolves to ${address}, ${kind}`;
}

/** Said after a refusal: how an editor who checks intranet sources on purpose allows them. */
export const PRIVATE_ADDRESS_HINT =
  'private and local addresses are checked only when allowed (the setting factCheck.sources.allowPrivateAddresses, or check-sources --allow-private-addresses)';

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : undefined;
}

function ipv4Kind([a, b, c]: number[]): string | undefined {
  if (a === 127) return 'a loopback address';
  if (a === 0) return 'an unspecified address';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'a private network address';
  if (a === 169 && b === 254) return 'a link-local address';
  if (a === 100 && b >= 64 && b <= 127) return 'a shared (carrier-grade NAT) address';
  if (a === 192 && b === 0 && c === 0) return 'a reserved address';
  if (a === 198 && (b === 18 || b === 19)) return 'a benchmarking address';
  if (a >= 224) return a < 240 ? 'a multicast address' : 'a reserved address';
  return undefined;
}

/** Eight 16-bit groups, or undefined when the text is not an IPv6 address (a zone id is dropped). */
function parseIpv6(text: string): number[] | undefined {
  const address = text.split('%')[0];
  if (!address.includes(':')) return undefined;
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string): number[] | undefined => {
    if (half === '') return [];
    const out: number[] = [];
    const parts = half.split(':');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (i === parts.length - 1 && part.includes('.')) {
        const v4 = parseIpv4(part);
        if (!v4) return undefined;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else if (/^[0-9a-f]{1,4}$/i.test(part)) out.push(parseInt(part, 16));
      else return undefined;
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...new Array<number>(missing).fill(0), ...tail] : undefined;
}

function ipv6Kind(g: number[]): string | undefined {
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(7) && g[7] === 1) return 'a loopback address';
  if (zeroUpTo(8)) return 'an unspecified address';
  // An IPv4 address inside IPv6: mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) is judged as IPv4.
  const embedded = (hi: number, lo: number) => ipv4Kind([hi >> 8, hi & 255, lo >> 8, lo & 255]);
  if (zeroUpTo(5) && g[5] === 0xffff) return embedded(g[6], g[7]);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return embedded(g[6], g[7]);
  if (g[0] === 0x2002) return embedded(g[1], g[2]);
  if ((g[0] & 0xfe00) === 0xfc00) return 'a private network address (unique local)';
  if ((g[0] & 0xffc0) === 0xfe80) return 'a link-local address';
  if ((g[0] & 0xff00) === 0xff00) return 'a multicast address';
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'a documentation address';
  return undefined;
}

/**
 * Bogons: addresses that can never be a public site's address, following the IANA
 * special-purpose address registries (RFC 6890 and its successors). A resolver that
 * answers a public name with one of them is lying (or a sinkhole). Pure string
 * parsing, no node: modules: the renderer uses it too.
 */

/** IPv4 special-purpose blocks that are not globally reachable, as [first octets, prefix length]. */
const IPV4_BOGONS: readonly (readonly [readonly number[], number])[] = [
  [[0], 8], // "this network", RFC 791
  [[10], 8], // private, RFC 1918
  [[100, 64], 10], // shared address space (CGNAT), RFC 6598
  [[127], 8], // loopback, RFC 1122
  [[169, 254], 16], // link-local, RFC 3927
  [[172, 16], 12], // private, RFC 1918
  [[192, 0, 0], 24], // IETF protocol assignments, RFC 6890
  [[192, 0, 2], 24], // documentation TEST-NET-1, RFC 5737
  [[192, 88, 99], 24], // deprecated 6to4 relay anycast, RFC 7526
  [[192, 168], 16], // private, RFC 1918
  [[198, 18], 15], // benchmarking, RFC 2544
  [[198, 51, 100], 24], // documentation TEST-NET-2, RFC 5737
  [[203, 0, 113], 24], // documentation TEST-NET-3, RFC 5737
  [[224], 4], // multicast, RFC 5771
  [[240], 4], // reserved, RFC 1112 (includes the limited broadcast 255.255.255.255, RFC 919)
];

/**
 * IPv6 special-purpose blocks inside the global unicast space 2000::/3 that are not
 * globally reachable, as [first 16-bit groups, prefix length]. Everything outside
 * 2000::/3 (::, ::1, 100::/64, fc00::/7, fe80::/10, fec0::/10, ff00::/8, 64:ff9b:1::/48, …)
 * is not global unicast at all (RFC 4291 §2.4) and is handled before this list.
 */
const IPV6_BOGONS: readonly (readonly [readonly number[], number])[] = [
  [[0x2001, 0x0000], 32], // Teredo, RFC 4380: a tunnel endpoint, never a site
  [[0x2001, 0x0002, 0x0000], 48], // benchmarking, RFC 5180
  [[0x2001, 0x0010], 28], // deprecated ORCHID, RFC 4843
  [[0x2001, 0x0db8], 32], // documentation, RFC 3849
  [[0x3fff], 20], // documentation, RFC 9637
];

/** 4 or 6 for an IP address literal (IPv6 zone ids allowed), null for anything else. */
export function ipFamily(address: string): 4 | 6 | null {
  if (parseIpv4(address) !== null) return 4;
  if (parseIpv6(address) !== null) return 6;
  return null;
}

/**
 * True for a private, loopback, link-local, documentation, multicast or otherwise
 * reserved address. IPv4 addresses embedded in IPv6 (mapped ::ffff:0:0/96, NAT64
 * 64:ff9b::/96, 6to4 2002::/16) are judged by the IPv4 address they carry.
 * False for anything that is not an IP address.
 */
export function isBogon(address: string): boolean {
  const v4 = parseIpv4(address);
  if (v4 !== null) return isIpv4Bogon(v4);
  const v6 = parseIpv6(address);
  return v6 !== null && isIpv6Bogon(v6);
}

function isIpv4Bogon(octets: readonly number[]): boolean {
  return IPV4_BOGONS.some(([prefix, length]) => matchesPrefix(octets, 8, prefix, length));
}

function isIpv6Bogon(groups: readonly number[]): boolean {
  const embedded = embeddedIpv4(groups);
  if (embedded !== null) return isIpv4Bogon(embedded);
  // Not global unicast 2000::/3 (RFC 4291 §2.4): loopback, unspecified, ULA, link-local, multicast…
  if (((groups[0] ?? 0) & 0xe000) !== 0x2000) return true;
  return IPV6_BOGONS.some(([prefix, length]) => matchesPrefix(groups, 16, prefix, length));
}

/** The IPv4 address carried by a mapped (RFC 4291 §2.5.5.2), NAT64 (RFC 6052) or 6to4 (RFC 3056) address. */
function embeddedIpv4(groups: readonly number[]): number[] | null {
  const g = (index: number): number => groups[index] ?? 0;
  const octetsOf = (high: number, low: number): number[] => [high >> 8, high & 0xff, low >> 8, low & 0xff];
  const zeroUpTo = (end: number): boolean => groups.slice(0, end).every((group) => group === 0);
  if (zeroUpTo(5) && g(5) === 0xffff) return octetsOf(g(6), g(7));
  if (g(0) === 0x0064 && g(1) === 0xff9b && groups.slice(2, 6).every((group) => group === 0)) {
    return octetsOf(g(6), g(7));
  }
  if (g(0) === 0x2002) return octetsOf(g(1), g(2));
  return null;
}

/** Whether the first `length` bits of `parts` (each `bits` wide) equal those of `prefix`. */
function matchesPrefix(parts: readonly number[], bits: number, prefix: readonly number[], length: number): boolean {
  for (let index = 0; index * bits < length; index += 1) {
    const used = Math.min(bits, length - index * bits);
    const mask = ((1 << used) - 1) << (bits - used);
    if (((parts[index] ?? 0) & mask) !== ((prefix[index] ?? 0) & mask)) return false;
  }
  return true;
}

/** Dotted-quad IPv4 in strict decimal (no octal or hex forms, no leading zeros). */
function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const octets: number[] = [];
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    octets.push(value);
  }
  return octets;
}

/** RFC 4291 §2.2 text forms, including `::` compression and a dotted IPv4 tail; a `%zone` is ignored. */
function parseIpv6(text: string): number[] | null {
  const address = text.replace(/%[^%]+$/, '');
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const head = parseGroups(halves[0] ?? '', halves.length === 1);
  const tail = halves.length === 2 ? parseGroups(halves[1] ?? '', true) : [];
  if (head === null || tail === null) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

/** Colon-separated hex groups; the last may be a dotted IPv4 address when `mayEndWithIpv4`. */
function parseGroups(text: string, mayEndWithIpv4: boolean): number[] | null {
  if (text === '') return [];
  const parts = text.split(':');
  const groups: number[] = [];
  for (const [index, part] of parts.entries()) {
    if (mayEndWithIpv4 && index === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (v4 === null) return null;
      const [a = 0, b = 0, c = 0, d = 0] = v4;
      groups.push((a << 8) | b, (c << 8) | d);
    } else if (/^[\da-f]{1,4}$/i.test(part)) {
      groups.push(parseInt(part, 16));
    } else {
      return null;
    }
  }
  return groups;
}

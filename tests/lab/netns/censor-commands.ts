import { LINKS } from './inventory.ts';
import type { CensorRule, RuleWindow } from './scenario.ts';

/**
 * What the censor router runs for a scenario's rules: iptables and tc argument lists,
 * computed here without running anything so that they can be read and unit-tested.
 * The DNS rules are not here: the router's resolver (router-dns.ts) tells those lies;
 * nor the rules that act outside the router (world-commands.ts).
 * References are to iptables-extensions(8) and tc-htb(8).
 */

/** The router's two links, found by their address from inside the router (see censor.ts). */
export interface RouterInterfaces {
  clientSide: string;
  worldSide: string;
}

/**
 * Where the router's own services listen, on its client-side address: REDIRECT sends a
 * diverted connection to "the primary address of the incoming interface", that one.
 */
export const ROUTER_SERVICES = {
  address: LINKS.routerClientSide,
  dnsPort: 53,
  blockPagePort: 8080,
  portalPort: 8081,
  interceptPort: 8443,
} as const;

/**
 * Every rule goes into a chain of ours, jumped to first from the built-in chain, so
 * that it comes before whatever the lab puts there and is easy to list.
 */
export const CENSOR_CHAIN = 'censor';
const HOOKS = [
  { table: 'filter', chain: 'FORWARD' },
  { table: 'nat', chain: 'PREROUTING' },
  { table: 'mangle', chain: 'FORWARD' },
] as const;
type Table = (typeof HOOKS)[number]['table'];

export interface CensorCommands {
  /** Each an `iptables` argument list, to run in order. */
  iptables: string[][];
  /** Each a `tc` argument list, to run in order (after iptables). */
  tc: string[][];
}

/**
 * Only the first bytes a client sends on a connection are inspected, as a DPI box
 * looks at the opening of a flow: the ClientHello or the request head. Counted from
 * the SYN in IP bytes; 4 KiB leaves room for a post-quantum ClientHello (Node 24's is
 * 1.6 KB, carried in one or two segments).
 */
const FIRST_CLIENT_BYTES = '0:4096';

/** A connection's byte count in one direction so far, this packet included, within `range` (`from:to`, `from:`). */
function connbytes(range: string, direction: 'original' | 'reply'): string[] {
  return ['-m', 'connbytes', '--connbytes', range, '--connbytes-dir', direction, '--connbytes-mode', 'bytes'];
}

const SECONDS_PER_DAY = 24 * 60 * 60;
/** Hours from the present to where each window starts and stops. */
const WINDOW_HOURS: Readonly<Record<Exclude<RuleWindow, 'always' | 'odd-minutes'>, readonly [number, number]>> = {
  now: [-1, 1],
  later: [3, 5],
};

/**
 * The `time` match for a window, by the router's clock in UTC (the match's default
 * unless --kerneltz). A window that crosses midnight has --timestart after --timestop,
 * which the kernel's xt_time takes as the time from start to midnight and from
 * midnight to stop.
 */
export function timeMatch(window: Exclude<RuleWindow, 'odd-minutes'>, now: Date): string[] {
  if (window === 'always') return [];
  const [startHours, stopHours] = WINDOW_HOURS[window];
  return ['-m', 'time', '--timestart', timeOfDay(now, startHours), '--timestop', timeOfDay(now, stopHours)];
}

/** Minutes ahead an `odd-minutes` window is written for: more than any run of the lab lasts. */
const ALTERNATING_MINUTES_AHEAD = 15;

/**
 * The `time` matches of a window, one per span it is on: one for the others, one per
 * odd minute (`hh:mm:00` to `hh:mm:59`, both ends included by xt_time) of the next
 * ALTERNATING_MINUTES_AHEAD for `odd-minutes`, which no single time match can say.
 */
export function timeMatches(window: RuleWindow, now: Date): string[][] {
  if (window !== 'odd-minutes') return [timeMatch(window, now)];
  const thisMinute = Math.floor(now.getTime() / 60_000);
  return Array.from({ length: ALTERNATING_MINUTES_AHEAD }, (_, ahead) => thisMinute + ahead)
    .filter((minute) => minute % 2 === 1)
    .map((minute) => {
      const start = new Date(minute * 60_000);
      return [
        '-m',
        'time',
        '--timestart',
        timeOfDay(start, 0),
        '--timestop',
        timeOfDay(new Date(start.getTime() + 59_000), 0),
      ];
    });
}

/** `hh:mm:ss` in UTC, `offsetHours` from `now`, wrapped around the day. */
function timeOfDay(now: Date, offsetHours: number): string {
  const nowSeconds = Math.floor(now.getTime() / 1000) % SECONDS_PER_DAY;
  const seconds = (nowSeconds + offsetHours * 3600 + SECONDS_PER_DAY) % SECONDS_PER_DAY;
  const parts = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  return parts.map((part) => String(part).padStart(2, '0')).join(':');
}

/** Every command for `rules`, by the router's clock `now`. */
export function censorCommands(rules: readonly CensorRule[], links: RouterInterfaces, now: Date): CensorCommands {
  const chains = HOOKS.flatMap(({ table, chain }) => [
    ['-t', table, '-N', CENSOR_CHAIN],
    ['-t', table, '-I', chain, '1', '-j', CENSOR_CHAIN],
  ]);
  const perRule = rules.map((rule, index) => ruleCommands(rule, index, links, now));
  return {
    iptables: [...chains, ...dnsRedirect(links), ...perRule.flatMap((commands) => commands.iptables)],
    tc: throttleQdisc(rules, links).concat(perRule.flatMap((commands) => commands.tc)),
  };
}

function append(table: Table, match: string[], target: string[]): string[] {
  return ['-t', table, '-A', CENSOR_CHAIN, ...match, '-j', ...target];
}

/**
 * DNS to any resolver, crossing the router from the client, is answered by the
 * router's resolver instead (nat REDIRECT), so that its lies reach a client that asks
 * another resolver too; conntrack rewrites the replies' source back to the resolver
 * asked.
 */
function dnsRedirect(links: RouterInterfaces): string[][] {
  return ['udp', 'tcp'].map((protocol) =>
    append('nat', ['-i', links.clientSide, '-p', protocol, '--dport', '53'], redirectTo(ROUTER_SERVICES.dnsPort)),
  );
}

function redirectTo(port: number): string[] {
  return ['REDIRECT', '--to-ports', String(port)];
}

const RESET = ['REJECT', '--reject-with', 'tcp-reset'];

/** A match to add to a rule, and the target that ends the packets it matches. */
export interface Ending {
  match: string[];
  target: string[];
}

/**
 * How a rule's `mode` ends what it blocks: dropped, which the sender sees as a
 * timeout; or refused at once, TCP with a reset and UDP with ICMP port unreachable,
 * which a connected socket reports as ECONNREFUSED (REJECT, iptables-extensions(8)).
 */
export function endings(mode: 'drop' | 'reject'): Ending[] {
  if (mode === 'drop') return [{ match: [], target: ['DROP'] }];
  return [
    { match: ['-p', 'tcp'], target: RESET },
    { match: ['-p', 'udp'], target: ['REJECT', '--reject-with', 'icmp-port-unreachable'] },
  ];
}
/**
 * A packet of an open connection from the client that carries data: longer than a
 * bare acknowledgement (20 bytes of IP, 20 of TCP, 12 of timestamps), so the
 * handshake and acknowledgements pass and the first bytes of the protocol do not.
 */
const carriesData = ['-m', 'conntrack', '--ctstate', 'ESTABLISHED', '-m', 'length', '--length', '53:65535'];

function ruleCommands(rule: CensorRule, index: number, links: RouterInterfaces, now: Date): CensorCommands {
  // The rules without a window are not the router's iptables': the DNS rules are its
  // resolver's lies, the others act in the world or the client (world-commands.ts).
  if (!('window' in rule)) return { iptables: [], tc: [] };
  // A window of several spans is the same rule once per span; a throttle's class once.
  const spans = timeMatches(rule.window, now).map((when) => ruleCommandsWhen(rule, index, links, when));
  return { iptables: spans.flatMap((span) => span.iptables), tc: spans[0]?.tc ?? [] };
}

function ruleCommandsWhen(
  rule: Extract<CensorRule, { window: RuleWindow }>,
  index: number,
  links: RouterInterfaces,
  when: string[],
): CensorCommands {
  const fromClient = ['-i', links.clientSide];
  const fromWorld = ['-i', links.worldSide];
  const only = (iptables: string[][]): CensorCommands => ({ iptables, tc: [] });
  switch (rule.kind) {
    case 'tls-sni-reset':
      // The host name is plain bytes in the ClientHello's server_name. The string match
      // looks into one packet at a time, so a ClientHello split inside the name passes.
      return only(rule.names.map((name) => append('filter', clientOpening(fromClient, 443, name, when), RESET)));
    case 'http-host-reset':
      // The name's bytes in a request's first packet, case-sensitive as naive filters are:
      // header-name case varies between clients (undici writes `host:`), the name rarely does,
      // so `rAdIo.LaB` (http-hostcase) passes.
      return only(rule.names.map((name) => append('filter', clientOpening(fromClient, 80, name, when), RESET)));
    case 'ip-blackhole':
      return only(rule.addresses.map((address) => append('filter', [...fromClient, '-d', address, ...when], ['DROP'])));
    case 'ip-unreachable':
      return only(
        rule.addresses.map((address) =>
          append(
            'filter',
            [...fromClient, '-d', address, ...when],
            ['REJECT', '--reject-with', 'icmp-host-unreachable'],
          ),
        ),
      );
    case 'ip-reject':
      return only(
        rule.addresses.flatMap((address) =>
          endings('reject').map(({ match, target }) =>
            append('filter', [...fromClient, '-d', address, ...match, ...when], target),
          ),
        ),
      );
    case 'http-blockpage':
      return only(divert(rule.addresses, 80, ROUTER_SERVICES.blockPagePort, fromClient, when));
    case 'tls-intercept':
      return only(divert(rule.addresses, 443, ROUTER_SERVICES.interceptPort, fromClient, when));
    case 'throttle':
      return throttle(rule.addresses, rule.kbit, index, links, when);
    case 'freeze-after':
      // Counted over the whole reply direction, so every packet past `bytes` is dropped,
      // retransmissions too: the connection stalls without a reset.
      return only(
        rule.addresses.map((address) =>
          append('filter', [...fromWorld, '-s', address, ...connbytes(`${rule.bytes}:`, 'reply'), ...when], ['DROP']),
        ),
      );
    case 'port-reset':
      return only(
        rule.addresses.flatMap((address) =>
          rule.ports.map((port) =>
            append('filter', [...fromClient, '-d', address, '-p', 'tcp', '--dport', String(port), ...when], RESET),
          ),
        ),
      );
    case 'data-reset':
      return only(
        rule.addresses.flatMap((address) =>
          rule.ports.map((port) =>
            append(
              'filter',
              [...fromClient, '-d', address, '-p', 'tcp', '--dport', String(port), ...carriesData, ...when],
              RESET,
            ),
          ),
        ),
      );
    case 'udp-shape-drop':
      // u32 (iptables-extensions(8)): from the IP header's length (0>>22&0x3C), past the
      // 8-byte UDP header, the payload's first byte; length counts the 20-byte IP header too.
      return only([
        append(
          'filter',
          [
            ...fromClient,
            '-p',
            'udp',
            '-m',
            'length',
            '--length',
            String(20 + 8 + rule.payloadBytes),
            '-m',
            'u32',
            '--u32',
            `0>>22&0x3C@8>>24=${rule.firstByte}`,
            ...when,
          ],
          ['DROP'],
        ),
      ]);
    case 'udp-drop':
      return only(
        rule.ports.map((port) =>
          append('filter', [...fromClient, '-p', 'udp', '--dport', String(port), ...when], ['DROP']),
        ),
      );
    case 'captive-portal':
      return only(captivePortal(rule.mode, fromClient, when));
  }
}

/**
 * Plain HTTP from the client to any address, the router's own included (where the
 * portal's URL points), goes to the portal; DNS is already the router resolver's
 * (dnsRedirect); whatever else the client sends through the router is ended. ICMP
 * passes in reject mode, as through many portals: Detour sends none.
 */
function captivePortal(mode: 'drop' | 'reject', fromClient: string[], when: string[]): string[][] {
  return [
    append('nat', [...fromClient, '-p', 'tcp', '--dport', '80', ...when], redirectTo(ROUTER_SERVICES.portalPort)),
    ...endings(mode).map(({ match, target }) => append('filter', [...fromClient, ...match, ...when], target)),
  ];
}

/** A client's first bytes to `port` that contain `text` (Boyer-Moore string match). */
function clientOpening(fromClient: string[], port: number, text: string, when: string[]): string[] {
  return [
    ...fromClient,
    '-p',
    'tcp',
    '--dport',
    String(port),
    ...connbytes(FIRST_CLIENT_BYTES, 'original'),
    '-m',
    'string',
    '--algo',
    'bm',
    '--string',
    text,
    ...when,
  ];
}

/** New connections to `port` of these addresses go to a router service instead (a transparent proxy). */
function divert(addresses: readonly string[], port: number, to: number, fromClient: string[], when: string[]) {
  return addresses.map((address) =>
    append('nat', [...fromClient, '-d', address, '-p', 'tcp', '--dport', String(port), ...when], redirectTo(to)),
  );
}

/**
 * An HTB root on the client-side link: unclassified traffic (no `default` class) is
 * sent unshaped (tc-htb(8)), so only what a throttle rule classifies is limited.
 */
function throttleQdisc(rules: readonly CensorRule[], links: RouterInterfaces): string[][] {
  if (!rules.some((rule) => rule.kind === 'throttle')) return [];
  return [['qdisc', 'add', 'dev', links.clientSide, 'root', 'handle', '1:', 'htb']];
}

/**
 * Packets from these addresses towards the client (mangle, while the window is on)
 * go to an HTB class of their own, limited to `kbit`. The CLASSIFY target
 * (iptables-extensions(8)) sets their priority to the class id, and HTB sends a packet
 * whose priority names one of its leaf classes straight there, before any filter
 * (htb_classify() in the kernel's net/sched/sch_htb.c): no tc classifier is needed,
 * and cls_fw, for a mark, is not built into every kernel.
 */
function throttle(addresses: readonly string[], kbit: number, index: number, links: RouterInterfaces, when: string[]) {
  const classId = `1:${index + 1}`;
  const rate = `${kbit}kbit`;
  return {
    iptables: addresses.map((address) =>
      append('mangle', ['-i', links.worldSide, '-s', address, ...when], ['CLASSIFY', '--set-class', classId]),
    ),
    tc: [
      ['class', 'add', 'dev', links.clientSide, 'parent', '1:', 'classid', classId, 'htb', 'rate', rate, 'ceil', rate],
    ],
  };
}

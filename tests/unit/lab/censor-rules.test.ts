import * as dnsPacket from 'dns-packet';
import { describe, expect, test } from 'vitest';
import {
  CENSOR_CHAIN,
  censorCommands,
  ROUTER_SERVICES,
  timeMatch,
  timeMatches,
} from '../../lab/netns/censor-commands.ts';
import { lieTable, parseLies, planQuery, serializeLies } from '../../lab/netns/dns-lies.ts';
import { BOGON_ANSWER, SERVICES } from '../../lab/netns/inventory.ts';
import type { CensorRule } from '../../lab/netns/scenario.ts';

const LINKS = { clientSide: 'inside0', worldSide: 'outside0' };
const NOON = new Date('2026-03-01T12:00:00Z');

/** The rule lines of the censor chains, as `iptables -S` would list them. */
function ruleLines(rules: CensorRule[], now = NOON): string[] {
  return censorCommands(rules, LINKS, now)
    .iptables.filter((args) => args.includes('-A'))
    .map((args) => args.join(' '));
}

/** The lines for one rule, without the DNS redirect every censor has. */
function linesOf(rule: CensorRule): string[] {
  return ruleLines([rule]).filter((line) => !line.includes('--dport 53'));
}

/** Seconds of the day of an `hh:mm:ss`. */
const seconds = (clock: string): number => clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);

/** Whether the kernel's time match (xt_time) matches at `now` for this --timestart/--timestop. */
function kernelMatches(match: string[], now: Date): boolean {
  const start = seconds(match[match.indexOf('--timestart') + 1] ?? '');
  const stop = seconds(match[match.indexOf('--timestop') + 1] ?? '');
  const at = seconds(now.toISOString().slice(11, 19));
  // A start after the stop crosses midnight: from start to the end of the day, and from midnight to stop.
  return start < stop ? at >= start && at <= stop : at >= start || at <= stop;
}

describe('time windows', () => {
  test('always has no time match; now is an hour either side; later starts three hours ahead', () => {
    expect(timeMatch('always', NOON)).toEqual([]);
    expect(timeMatch('now', NOON)).toEqual(['-m', 'time', '--timestart', '11:00:00', '--timestop', '13:00:00']);
    expect(timeMatch('later', NOON)).toEqual(['-m', 'time', '--timestart', '15:00:00', '--timestop', '17:00:00']);
  });

  test('windows wrap around midnight', () => {
    const lateEvening = new Date('2026-03-01T23:30:15Z');
    expect(timeMatch('now', lateEvening)).toEqual(['-m', 'time', '--timestart', '22:30:15', '--timestop', '00:30:15']);
    expect(timeMatch('later', lateEvening)).toEqual([
      '-m',
      'time',
      '--timestart',
      '02:30:15',
      '--timestop',
      '04:30:15',
    ]);
    const afterMidnight = new Date('2026-03-02T00:20:00Z');
    expect(timeMatch('now', afterMidnight).slice(3)).toEqual(['23:20:00', '--timestop', '01:20:00']);
  });

  test('at every minute of the day, now is on and later is off', () => {
    for (let minute = 0; minute < 24 * 60; minute += 1) {
      const now = new Date(Date.UTC(2026, 2, 1, 0, minute, 30));
      expect(kernelMatches(timeMatch('now', now), now), now.toISOString()).toBe(true);
      expect(kernelMatches(timeMatch('later', now), now), now.toISOString()).toBe(false);
    }
  });
});

test('odd-minutes is on in every odd minute of the next quarter hour and off in the even ones, past midnight too', () => {
  const start = new Date('2026-03-01T23:52:30Z');
  const matches = timeMatches('odd-minutes', start);
  expect(matches[0]).toEqual(['-m', 'time', '--timestart', '23:53:00', '--timestop', '23:53:59']);
  for (let second = 0; second < 14 * 60; second += 1) {
    const now = new Date(start.getTime() + second * 1000);
    const on = matches.some((match) => kernelMatches(match, now));
    expect(on, now.toISOString()).toBe(now.getUTCMinutes() % 2 === 1);
  }
});

describe('iptables and tc commands', () => {
  test('every censor has its chains, jumped to first, and diverts DNS to the router resolver', () => {
    const { iptables, tc } = censorCommands([], LINKS, NOON);
    expect(iptables.slice(0, 6)).toEqual([
      ['-t', 'filter', '-N', CENSOR_CHAIN],
      ['-t', 'filter', '-I', 'FORWARD', '1', '-j', CENSOR_CHAIN],
      ['-t', 'nat', '-N', CENSOR_CHAIN],
      ['-t', 'nat', '-I', 'PREROUTING', '1', '-j', CENSOR_CHAIN],
      ['-t', 'mangle', '-N', CENSOR_CHAIN],
      ['-t', 'mangle', '-I', 'FORWARD', '1', '-j', CENSOR_CHAIN],
    ]);
    expect(ruleLines([])).toEqual([
      '-t nat -A censor -i inside0 -p udp --dport 53 -j REDIRECT --to-ports 53',
      '-t nat -A censor -i inside0 -p tcp --dport 53 -j REDIRECT --to-ports 53',
    ]);
    expect(tc).toEqual([]);
  });

  test('the DNS rules add no command: the router resolver tells those lies', () => {
    const dns: CensorRule[] = [
      { kind: 'dns-forge', names: ['news.lab'] },
      { kind: 'dns-bogon', names: ['radio.lab'] },
      { kind: 'dns-nxdomain', names: ['tv.lab'] },
      { kind: 'dns-inject', names: ['social.lab'] },
    ];
    expect(censorCommands(dns, LINKS, NOON)).toEqual(censorCommands([], LINKS, NOON));
  });

  const firstBytes = '-m connbytes --connbytes 0:4096 --connbytes-dir original --connbytes-mode bytes';
  test('resets: a name in the first bytes a client sends to 443, or its Host header to 80', () => {
    expect(linesOf({ kind: 'tls-sni-reset', names: ['news.lab', 'tv.lab'], window: 'always' })).toEqual([
      `-t filter -A censor -i inside0 -p tcp --dport 443 ${firstBytes} -m string --algo bm --string news.lab -j REJECT --reject-with tcp-reset`,
      `-t filter -A censor -i inside0 -p tcp --dport 443 ${firstBytes} -m string --algo bm --string tv.lab -j REJECT --reject-with tcp-reset`,
    ]);
    expect(linesOf({ kind: 'http-host-reset', names: ['radio.lab'], window: 'always' })).toEqual([
      `-t filter -A censor -i inside0 -p tcp --dport 80 ${firstBytes} -m string --algo bm --string radio.lab -j REJECT --reject-with tcp-reset`,
    ]);
  });

  test('addresses blackholed, rejected, or diverted to the block page and the interception server', () => {
    expect(linesOf({ kind: 'ip-blackhole', addresses: ['11.1.0.10'], window: 'always' })).toEqual([
      '-t filter -A censor -i inside0 -d 11.1.0.10 -j DROP',
    ]);
    expect(linesOf({ kind: 'ip-reject', addresses: ['11.1.0.11'], window: 'always' })).toEqual([
      '-t filter -A censor -i inside0 -d 11.1.0.11 -p tcp -j REJECT --reject-with tcp-reset',
      '-t filter -A censor -i inside0 -d 11.1.0.11 -p udp -j REJECT --reject-with icmp-port-unreachable',
    ]);
    expect(linesOf({ kind: 'http-blockpage', addresses: ['11.1.0.10'], window: 'always' })).toEqual([
      `-t nat -A censor -i inside0 -d 11.1.0.10 -p tcp --dport 80 -j REDIRECT --to-ports ${ROUTER_SERVICES.blockPagePort}`,
    ]);
    const intercept: CensorRule = {
      kind: 'tls-intercept',
      addresses: ['11.1.0.20'],
      names: ['social.lab'],
      window: 'always',
    };
    expect(linesOf(intercept)).toEqual([
      `-t nat -A censor -i inside0 -d 11.1.0.20 -p tcp --dport 443 -j REDIRECT --to-ports ${ROUTER_SERVICES.interceptPort}`,
    ]);
  });

  test('replies frozen past a byte count, and UDP ports dropped', () => {
    expect(linesOf({ kind: 'freeze-after', addresses: ['11.1.0.12'], bytes: 16384, window: 'always' })).toEqual([
      '-t filter -A censor -i outside0 -s 11.1.0.12 -m connbytes --connbytes 16384: --connbytes-dir reply --connbytes-mode bytes -j DROP',
    ]);
    expect(linesOf({ kind: 'udp-drop', ports: [3478, 443], window: 'always' })).toEqual([
      '-t filter -A censor -i inside0 -p udp --dport 3478 -j DROP',
      '-t filter -A censor -i inside0 -p udp --dport 443 -j DROP',
    ]);
  });

  test("the tools' rules: a port reset at the SYN, a reset at the first data, WireGuard initiations by their shape", () => {
    expect(linesOf({ kind: 'port-reset', addresses: ['11.1.0.92'], ports: [9443], window: 'always' })).toEqual([
      '-t filter -A censor -i inside0 -d 11.1.0.92 -p tcp --dport 9443 -j REJECT --reject-with tcp-reset',
    ]);
    expect(linesOf({ kind: 'data-reset', addresses: ['11.1.0.93'], ports: [9443], window: 'always' })).toEqual([
      '-t filter -A censor -i inside0 -d 11.1.0.93 -p tcp --dport 9443 -m conntrack --ctstate ESTABLISHED -m length --length 53:65535 -j REJECT --reject-with tcp-reset',
    ]);
    // 20 bytes of IP and 8 of UDP before the 148 of a handshake initiation; its first byte is the type, 1.
    expect(linesOf({ kind: 'udp-shape-drop', firstByte: 1, payloadBytes: 148, window: 'always' })).toEqual([
      '-t filter -A censor -i inside0 -p udp -m length --length 176 -m u32 --u32 0>>22&0x3C@8>>24=1 -j DROP',
    ]);
  });

  test('each throttle puts its addresses in an HTB class of its own on the client-side link', () => {
    const rules: CensorRule[] = [
      { kind: 'udp-drop', ports: [3478], window: 'always' },
      { kind: 'throttle', addresses: ['11.1.0.30', '11.1.0.31'], kbit: 256, window: 'always' },
      { kind: 'throttle', addresses: ['11.1.0.12'], kbit: 64, window: 'always' },
    ];
    expect(ruleLines(rules).filter((line) => line.includes('mangle'))).toEqual([
      '-t mangle -A censor -i outside0 -s 11.1.0.30 -j CLASSIFY --set-class 1:2',
      '-t mangle -A censor -i outside0 -s 11.1.0.31 -j CLASSIFY --set-class 1:2',
      '-t mangle -A censor -i outside0 -s 11.1.0.12 -j CLASSIFY --set-class 1:3',
    ]);
    expect(censorCommands(rules, LINKS, NOON).tc.map((args) => args.join(' '))).toEqual([
      'qdisc add dev inside0 root handle 1: htb',
      'class add dev inside0 parent 1: classid 1:2 htb rate 256kbit ceil 256kbit',
      'class add dev inside0 parent 1: classid 1:3 htb rate 64kbit ceil 64kbit',
    ]);
  });

  test('a captive portal sends plain HTTP to its server and drops or refuses everything else the client sends', () => {
    const portal = `-t nat -A censor -i inside0 -p tcp --dport 80 -j REDIRECT --to-ports ${ROUTER_SERVICES.portalPort}`;
    expect(linesOf({ kind: 'captive-portal', mode: 'drop', window: 'always' })).toEqual([
      portal,
      '-t filter -A censor -i inside0 -j DROP',
    ]);
    expect(linesOf({ kind: 'captive-portal', mode: 'reject', window: 'now' })).toEqual([
      `-t nat -A censor -i inside0 -p tcp --dport 80 -m time --timestart 11:00:00 --timestop 13:00:00 -j REDIRECT --to-ports ${ROUTER_SERVICES.portalPort}`,
      '-t filter -A censor -i inside0 -p tcp -m time --timestart 11:00:00 --timestop 13:00:00 -j REJECT --reject-with tcp-reset',
      '-t filter -A censor -i inside0 -p udp -m time --timestart 11:00:00 --timestop 13:00:00 -j REJECT --reject-with icmp-port-unreachable',
    ]);
  });

  test('the rules that act outside the router add nothing to it', () => {
    const outside: CensorRule[] = [
      { kind: 'offline' },
      { kind: 'site-down', addresses: ['11.1.0.40'], mode: 'drop' },
      { kind: 'upstream-block', from: '11.1.0.72', addresses: ['11.1.0.11'], mode: 'reject' },
    ];
    expect(censorCommands(outside, LINKS, NOON)).toEqual(censorCommands([], LINKS, NOON));
  });

  test('a window is a time match just before the target', () => {
    expect(linesOf({ kind: 'ip-blackhole', addresses: ['11.1.0.10'], window: 'later' })).toEqual([
      '-t filter -A censor -i inside0 -d 11.1.0.10 -m time --timestart 15:00:00 --timestop 17:00:00 -j DROP',
    ]);
    const throttled = linesOf({ kind: 'throttle', addresses: ['11.1.0.30'], kbit: 256, window: 'now' });
    expect(throttled).toEqual([
      '-t mangle -A censor -i outside0 -s 11.1.0.30 -m time --timestart 11:00:00 --timestop 13:00:00 -j CLASSIFY --set-class 1:1',
    ]);
  });
});

describe('DNS lies', () => {
  const rules: CensorRule[] = [
    { kind: 'dns-forge', names: ['News.Lab'] },
    { kind: 'dns-bogon', names: ['radio.lab.'] },
    { kind: 'dns-nxdomain', names: ['tv.lab'] },
    { kind: 'dns-inject', names: ['social.lab'], address: '11.9.9.9' },
    { kind: 'tls-sni-reset', names: ['control.lab'], window: 'always' },
  ];

  test('the table has one lie per DNS name, lowercase, and survives the command line', () => {
    const table = lieTable(rules);
    expect([...table]).toEqual([
      ['news.lab', { kind: 'address', address: SERVICES.sinkhole, thenTheTruth: false }],
      ['radio.lab', { kind: 'address', address: BOGON_ANSWER, thenTheTruth: false }],
      ['tv.lab', { kind: 'nxdomain' }],
      ['social.lab', { kind: 'address', address: '11.9.9.9', thenTheTruth: true }],
    ]);
    expect(parseLies(serializeLies(table))).toEqual(table);
    expect(() => parseLies('[["x.lab",{"kind":"maybe"}]]')).toThrow();
  });

  test('a query for a lie gets a forged reply echoing its id and case; others are relayed', () => {
    const table = lieTable(rules);
    const ask = (name: string, type: 'A' | 'AAAA' = 'A'): Buffer =>
      dnsPacket.encode({ type: 'query', id: 4242, flags: dnsPacket.RECURSION_DESIRED, questions: [{ type, name }] });
    const forged = planQuery(ask('nEwS.lAb'), table);
    expect(forged.relay).toBe(false);
    const reply = dnsPacket.decode(forged.forged ?? Buffer.alloc(0));
    expect(reply).toMatchObject({ id: 4242, type: 'response', flag_rd: true, flag_ra: true });
    expect(reply.questions).toEqual([{ name: 'nEwS.lAb', type: 'A', class: 'IN' }]);
    expect(reply.answers).toMatchObject([{ name: 'nEwS.lAb', type: 'A', data: SERVICES.sinkhole }]);
    expect(dnsPacket.decode(planQuery(ask('news.lab', 'AAAA'), table).forged ?? Buffer.alloc(0)).answers).toEqual([]);
    expect(planQuery(ask('Social.Lab'), table).relay).toBe(true);
    expect(planQuery(ask('control.lab'), table)).toEqual({ relay: true });
    expect(planQuery(Buffer.from('not dns'), table)).toEqual({ relay: true });
  });
});

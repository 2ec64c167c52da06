import { describe, expect, test } from 'vitest';
import type { CensorRule } from '../../lab/netns/scenario.ts';
import { clientCommands, worldCommands } from '../../lab/netns/world-commands.ts';

const lines = (rules: CensorRule[]): string[] => worldCommands(rules).map((args) => args.join(' '));

describe('the world', () => {
  test('a site down drops or refuses every packet to it, whoever sends it', () => {
    expect(lines([{ kind: 'site-down', addresses: ['11.1.0.40', '11.1.0.11'], mode: 'drop' }])).toEqual([
      '-t filter -A INPUT -d 11.1.0.40 -j DROP',
      '-t filter -A INPUT -d 11.1.0.11 -j DROP',
    ]);
    expect(lines([{ kind: 'site-down', addresses: ['11.1.0.11'], mode: 'reject' }])).toEqual([
      '-t filter -A INPUT -d 11.1.0.11 -p tcp -j REJECT --reject-with tcp-reset',
      '-t filter -A INPUT -d 11.1.0.11 -p udp -j REJECT --reject-with icmp-port-unreachable',
    ]);
  });

  test('an upstream block cuts only what the one proxy sends to those sites', () => {
    expect(lines([{ kind: 'upstream-block', from: '11.1.0.72', addresses: ['11.1.0.11'], mode: 'reject' }])).toEqual([
      '-t filter -A OUTPUT -s 11.1.0.72 -d 11.1.0.11 -p tcp -j REJECT --reject-with tcp-reset',
      '-t filter -A OUTPUT -s 11.1.0.72 -d 11.1.0.11 -p udp -j REJECT --reject-with icmp-port-unreachable',
    ]);
    expect(lines([{ kind: 'upstream-block', from: '11.1.0.70', addresses: ['11.1.0.10'], mode: 'drop' }])).toEqual([
      '-t filter -A OUTPUT -s 11.1.0.70 -d 11.1.0.10 -j DROP',
    ]);
  });

  test('the router and client rules add nothing to the world', () => {
    const elsewhere: CensorRule[] = [
      { kind: 'offline' },
      { kind: 'ip-blackhole', addresses: ['11.1.0.10'], window: 'always' },
      { kind: 'captive-portal', mode: 'drop', window: 'always' },
      { kind: 'dns-nxdomain', names: ['news.lab'] },
    ];
    expect(worldCommands(elsewhere)).toEqual([]);
  });
});

describe('the client', () => {
  test('offline takes its link down; nothing else touches the client', () => {
    expect(clientCommands([{ kind: 'offline' }], 'dc0')).toEqual([['link', 'set', 'dev', 'dc0', 'down']]);
    expect(clientCommands([{ kind: 'site-down', addresses: ['11.1.0.40'], mode: 'drop' }], 'dc0')).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { ipFamily, isBogon } from '../../../src-main/shared/bogon.ts';

describe('isBogon', () => {
  test.each([
    // IPv4 special-purpose (IANA registry, RFC 6890)
    ['0.0.0.0', true],
    ['0.255.1.2', true],
    ['10.10.34.35', true],
    ['100.64.0.1', true],
    ['100.127.255.255', true],
    ['100.128.0.0', false],
    ['100.63.255.255', false],
    ['127.0.0.1', true],
    ['169.254.10.1', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.0', false],
    ['172.15.255.255', false],
    ['192.0.0.8', true],
    ['192.0.2.1', true],
    ['192.88.99.1', true],
    ['192.168.1.1', true],
    ['198.18.0.1', true],
    ['198.19.255.255', true],
    ['198.20.0.0', false],
    ['198.51.100.7', true],
    ['203.0.113.9', true],
    ['224.0.0.1', true],
    ['239.255.255.250', true],
    ['240.0.0.1', true],
    ['255.255.255.255', true],
    // public IPv4
    ['1.1.1.1', false],
    ['8.8.8.8', false],
    ['93.184.215.14', false],
    ['192.0.1.255', false],
    ['192.169.0.1', false],
    ['223.255.255.255', false],
    // IPv6 outside global unicast 2000::/3
    ['::', true],
    ['::1', true],
    ['::8.8.8.8', true],
    ['100::1', true],
    ['fc00::1', true],
    ['fd12:3456::1', true],
    ['fe80::1', true],
    ['fe80::1%eth0', true],
    ['febf::1', true],
    ['fec0::1', true],
    ['ff02::1', true],
    ['64:ff9b:1::1', true],
    // IPv6 special-purpose inside 2000::/3
    ['2001::1', true],
    ['2001:2::1', true],
    ['2001:10::1', true],
    ['2001:1f::1', true],
    ['2001:db8::1', true],
    ['2001:0DB8:0:0:0:0:0:1', true],
    ['3fff::1', true],
    ['3fff:0fff::1', true],
    // public IPv6
    ['2001:4860:4860::8888', false],
    ['2606:4700:4700::1111', false],
    ['2001:20::1', false],
    ['2001:db9::1', false],
    ['3fff:1000::1', false],
    ['2a00:1450:4001:80b::200e', false],
    // IPv4 carried in IPv6: judged by the IPv4 address
    ['::ffff:127.0.0.1', true],
    ['::ffff:10.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:8.8.8.8', false],
    ['64:ff9b::10.0.0.1', true],
    ['64:ff9b::8.8.8.8', false],
    ['2002:0a00:0001::1', true],
    ['2002:0808:0808::1', false],
    // not addresses at all
    ['', false],
    ['example.com', false],
    ['1.2.3', false],
    ['1.2.3.256', false],
    ['01.2.3.4', false],
    ['1:2:3:4:5:6:7', false],
    ['1::2::3', false],
    [':::', false],
    ['12345::1', false],
  ] as const)('%s → %s', (address, expected) => {
    expect(isBogon(address)).toBe(expected);
  });
});

describe('ipFamily', () => {
  test.each([
    ['127.0.0.1', 4],
    ['255.255.255.255', 4],
    ['::', 6],
    ['::1', 6],
    ['1:2:3:4:5:6:7:8', 6],
    ['1:2:3:4:5:6:1.2.3.4', 6],
    ['::ffff:1.2.3.4', 6],
    ['fe80::1%25eth0', 6],
    ['1::', 6],
    ['localhost', null],
    ['1.2.3.4.5', null],
    ['1.2.3.4%eth0', null],
    ['1:2:3:4:5:6:7:8:9', null],
    ['1:2:3:4:5:6:7::8', null],
    ['[::1]', null],
    ['g::1', null],
  ] as const)('%s → %s', (address, expected) => {
    expect(ipFamily(address)).toBe(expected);
  });
});

import { describe, expect, test } from 'vitest';
import type { Failure } from '../../../../src-main/shared/failure.ts';
import type { ToolTcpCheck, WireguardAttempt } from '../../../../src-main/shared/tools.ts';
import { judgeWireguard } from '../../../../src-main/engine/tools/wireguard-verdict.ts';

/** The decision table of a WireGuard configuration's verdict, row by row. */

const timeout: Failure = { stage: 'udp', class: 'timeout' };
const attempt = (route: string, answer: WireguardAttempt['answer'], failure?: Failure): WireguardAttempt => ({
  route,
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 10,
  address: '192.0.2.1',
  port: 51820,
  initiationsSent: 1,
  answer,
  cookie: answer === 'cookie-only',
  ...(answer === 'response' ? { rttMs: 12.4 } : {}),
  ...(failure === undefined ? {} : { failure }),
});
const tcp = (failure?: Failure['class']): ToolTcpCheck => ({
  route: 'direct',
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1,
  address: '192.0.2.1',
  port: 51820,
  ...(failure === undefined ? { connectMs: 1 } : { failure: { stage: 'tcp', class: failure } }),
});
const silent = attempt('direct', 'none', timeout);

describe('an answer directly', () => {
  test('a valid response: works, with its round trip', () => {
    expect(judgeWireguard(attempt('direct', 'response'), tcp('refused'), [])).toEqual({
      status: 'works',
      confidence: 'high',
      reason: 'handshake-ok',
      params: { rttMs: 12 },
      restoredBy: [],
    });
  });

  test('only a cookie reply: works, the server was busy', () => {
    expect(judgeWireguard(attempt('direct', 'cookie-only', timeout), tcp(), [])).toMatchObject({
      status: 'works',
      reason: 'server-busy',
    });
  });

  test('a response that does not verify: a wrong configuration, surely not blocking', () => {
    const invalid = { ...attempt('direct', 'invalid-response'), invalid: 'transcript' as const };
    expect(judgeWireguard(invalid, tcp('refused'), [])).toMatchObject({
      status: 'wrong-config',
      confidence: 'high',
      reason: 'response-invalid',
    });
  });
});

describe('no answer directly, with routes that carry UDP', () => {
  test('the address answers TCP (even with a refusal) and a route gets the handshake: WireGuard blocked', () => {
    for (const answer of [tcp(), tcp('refused'), tcp('reset')]) {
      expect(judgeWireguard(silent, answer, [attempt('dante', 'response')])).toEqual({
        status: 'wireguard-blocked',
        confidence: 'high',
        reason: 'handshake-dropped',
        params: { routes: 'dante' },
        restoredBy: ['dante'],
      });
    }
  });

  test('an ICMP refusal of the datagram also came from the address', () => {
    const refused = attempt('direct', 'none', { stage: 'udp', class: 'refused' });
    expect(judgeWireguard(refused, tcp('timeout'), [attempt('dante', 'response')]).status).toBe('wireguard-blocked');
  });

  test('nothing at the address answers, a route gets the handshake: the address is blocked', () => {
    for (const answer of [tcp('timeout'), tcp('host-unreachable')]) {
      expect(
        judgeWireguard(silent, answer, [attempt('office', 'none', timeout), attempt('dante', 'response')]),
      ).toMatchObject({
        status: 'address-blocked',
        confidence: 'high',
        reason: 'address-silent-route-works',
        restoredBy: ['dante'],
      });
    }
  });

  test('no route gets an answer either: a wrong configuration or a server down, never blocking', () => {
    expect(judgeWireguard(silent, tcp('refused'), [attempt('dante', 'none', timeout)])).toEqual({
      status: 'wrong-config',
      confidence: 'medium',
      reason: 'no-answer-anywhere',
      params: { addressAnswers: true },
      restoredBy: [],
    });
    expect(judgeWireguard(silent, tcp('timeout'), [attempt('dante', 'none', timeout)])).toMatchObject({
      status: 'wrong-config',
      params: { addressAnswers: false },
    });
  });

  test('a route gets an answer that does not verify: the configuration is wrong', () => {
    expect(judgeWireguard(silent, tcp(), [attempt('dante', 'invalid-response')])).toMatchObject({
      status: 'wrong-config',
      reason: 'response-invalid',
    });
  });
});

describe('no answer directly, and no route to compare with', () => {
  test('the address silent too: blocked, with low confidence (or the server is offline)', () => {
    expect(judgeWireguard(silent, tcp('timeout'), [])).toMatchObject({
      status: 'address-blocked',
      confidence: 'low',
      reason: 'address-silent',
    });
  });

  test('the address answers: Detour cannot tell, and says what would tell', () => {
    expect(judgeWireguard(silent, tcp('refused'), [])).toMatchObject({
      status: 'inconclusive',
      confidence: 'low',
      reason: 'no-udp-route',
    });
  });

  test('the port refused (ICMP port unreachable): probably no VPN there, said with what would tell', () => {
    const refused = attempt('direct', 'none', { stage: 'udp', class: 'refused' });
    expect(judgeWireguard(refused, tcp('refused'), [])).toMatchObject({
      status: 'inconclusive',
      reason: 'port-refused',
    });
  });

  test('routes that carry no UDP took no part', () => {
    const tcpOnly = attempt('web', 'none', { stage: 'udp', class: 'udp-unsupported' });
    expect(judgeWireguard(silent, tcp('refused'), [tcpOnly])).toMatchObject({ reason: 'no-udp-route' });
  });
});

test('cancelled before an answer: not checked', () => {
  const cancelled = attempt('direct', 'none', { stage: 'udp', class: 'cancelled' });
  expect(judgeWireguard(cancelled, undefined, [])).toMatchObject({ status: 'inconclusive', reason: 'not-checked' });
});

describe('no route out of this computer', () => {
  test('the handshake could not even be sent (ENETUNREACH): nothing is judged, and it says why', () => {
    const offline = attempt('direct', 'none', { stage: 'udp', class: 'network-unreachable' });
    expect(judgeWireguard(offline, tcp('network-unreachable'), [])).toEqual({
      status: 'inconclusive',
      confidence: 'low',
      reason: 'no-network',
      params: {},
      restoredBy: [],
    });
  });
});

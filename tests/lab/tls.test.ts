import { X509Certificate } from 'node:crypto';
import type { Server, Socket } from 'node:net';
import { expect, test } from 'vitest';
import { directDialer } from '../../src-main/engine/paths/direct.ts';
import type { ProbeContext } from '../../src-main/engine/probes/probe-context.ts';
import { probeTls, type TlsTarget } from '../../src-main/engine/probes/tls.ts';
import { tlsObservationSchema, type ProbeResult } from '../../src-main/shared/observation.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { caPem, leaf } from './servers/pki.ts';
import {
  acceptAndHang,
  closedPort,
  closeOnFirstData,
  replyOnFirstData,
  resetOnFirstData,
} from './servers/tcp-servers.ts';
import { alertOnClientHello, sniFilter, tlsServer } from './servers/tls-servers.ts';

const listen = listenClosingAfterEach();

function context(signal = new AbortController().signal, timeoutMs = 3000): ProbeContext {
  return { dialer: directDialer(), signal, timeoutMs };
}

async function probe(target: Omit<TlsTarget, 'address'>, ctx = context()): Promise<ProbeResult<'tls'>> {
  const result = await probeTls({ address: '127.0.0.1', ...target }, ctx);
  // Valid as an observation once the engine adds its fields.
  tlsObservationSchema.parse({ ...result, id: 'o1', targetId: 't1', path: 'direct' });
  return result;
}

/** Resolves with the server's first connection once the client has sent its first bytes (the ClientHello). */
function firstClientHello(server: Server): Promise<Socket> {
  return new Promise((resolve) =>
    server.once('connection', (socket: Socket) => socket.once('data', () => resolve(socket))),
  );
}

const FINGERPRINT = /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/;

test('a valid certificate: trusted, name matches, chain up to the test CA, ALPN and timings', async () => {
  const server = tlsServer('valid', { ALPNProtocols: ['http/1.1'] });
  const closed = new Promise((resolve) => server.once('connection', (socket: Socket) => socket.once('close', resolve)));
  const { port } = await listen(server);
  const result = await probe({ port, sni: 'localhost' });

  expect(result.failure).toBeUndefined();
  expect(result).toMatchObject({ sni: 'localhost', alpnOffered: ['h2', 'http/1.1'], alpn: 'http/1.1' });
  expect(result).toMatchObject({ trusted: true, nameMatches: true, tlsVersion: 'TLSv1.3' });
  expect(result.trustError).toBeUndefined();
  expect(result.cipher).toMatch(/^TLS_/);
  expect(result.connectMs).toBeGreaterThanOrEqual(0);
  expect(result.handshakeMs).toBeGreaterThan(0);

  const [leafInfo, root, ...rest] = result.certificates;
  expect(rest).toEqual([]);
  const leafCert = new X509Certificate(leaf('valid').cert);
  expect(leafInfo).toEqual({
    subject: 'CN=valid.detour-test',
    issuer: 'CN=Detour Test CA',
    subjectAltNames: ['DNS:localhost', 'DNS:detour.test', 'DNS:*.detour.test', 'IP:127.0.0.1', 'IP:0:0:0:0:0:0:0:1'],
    validFrom: leafCert.validFromDate.toISOString(),
    validTo: leafCert.validToDate.toISOString(),
    serialNumber: leafCert.serialNumber,
    fingerprintSha256: leafCert.fingerprint256,
  });
  expect(leafInfo?.fingerprintSha256).toMatch(FINGERPRINT);
  expect(root).toMatchObject({
    subject: 'CN=Detour Test CA',
    issuer: 'CN=Detour Test CA',
    fingerprintSha256: new X509Certificate(caPem()).fingerprint256,
  });
  await closed; // both sockets were destroyed although the server would have waited forever
});

test('a certificate for another name is a name mismatch, with the chain recorded', async () => {
  const { port } = await listen(tlsServer('wrong-name'));
  const result = await probe({ port, sni: 'detour.test' });
  expect(result).toMatchObject({ trusted: true, nameMatches: false });
  expect(result.failure).toMatchObject({
    stage: 'tls',
    class: 'cert-name-mismatch',
    detail: 'ERR_TLS_CERT_ALTNAME_INVALID',
  });
  expect(result.failure?.afterMs).toBe(result.handshakeMs);
  expect(result.certificates[0]?.subjectAltNames).toEqual(['DNS:wrong.example']);
});

test('a self-signed certificate is untrusted, even for the right name', async () => {
  const { port } = await listen(tlsServer('self-signed'));
  const result = await probe({ port, sni: 'detour.test' });
  expect(result).toMatchObject({ trusted: false, trustError: 'DEPTH_ZERO_SELF_SIGNED_CERT', nameMatches: true });
  expect(result.failure).toMatchObject({
    stage: 'tls',
    class: 'cert-untrusted',
    detail: 'DEPTH_ZERO_SELF_SIGNED_CERT',
  });
  expect(result.certificates).toHaveLength(1);
  expect(result.certificates[0]).toMatchObject({
    subject: 'CN=self-signed.detour-test',
    issuer: 'CN=self-signed.detour-test',
  });
});

test('an SNI filter resets the forbidden name and lets another name through, on the same server', async () => {
  const filter = sniFilter('blocked.detour.test');
  const { port } = await listen(filter.server);

  const blocked = await probe({ port, sni: 'blocked.detour.test' });
  expect(blocked.failure).toMatchObject({ stage: 'tls', class: 'reset', detail: 'ECONNRESET' });
  expect(blocked.failure?.afterMs).toBeGreaterThanOrEqual(0);
  expect(blocked.connectMs).toBeGreaterThanOrEqual(0);
  expect(blocked.certificates).toEqual([]);

  const allowed = await probe({ port, sni: 'allowed.detour.test' });
  expect(allowed.failure).toBeUndefined();
  expect(allowed).toMatchObject({ trusted: true, nameMatches: true });
  expect(filter.seen).toEqual(['blocked.detour.test', 'allowed.detour.test']);
});

test('an IP-literal target with no SNI sends none and is checked against the IP address', async () => {
  const filter = sniFilter('detour.test');
  const { port } = await listen(filter.server);
  const result = await probe({ port, sni: null });
  expect(filter.seen).toEqual([null]);
  expect(result.failure).toBeUndefined();
  expect(result).toMatchObject({ sni: null, trusted: true, nameMatches: true });
});

test('a reset after the ClientHello is a reset at the TLS stage', async () => {
  const { port } = await listen(resetOnFirstData());
  const result = await probe({ port, sni: 'detour.test' });
  expect(result.failure).toMatchObject({ stage: 'tls', class: 'reset', detail: 'ECONNRESET' });
});

test('a clean close (FIN) after the ClientHello is an EOF, not a reset', async () => {
  const { port } = await listen(closeOnFirstData());
  const result = await probe({ port, sni: 'detour.test' });
  expect(result.failure).toMatchObject({ stage: 'tls', class: 'eof' });
});

test('an injected TLS alert is reported with its number and name', async () => {
  const { port } = await listen(alertOnClientHello(40));
  const result = await probe({ port, sni: 'detour.test' });
  expect(result.failure).toMatchObject({ stage: 'tls', class: 'tls-alert', detail: 'alert 40 (handshake_failure)' });
});

test("a real server's alert: no common ALPN protocol", async () => {
  const { port } = await listen(tlsServer('valid', { ALPNProtocols: ['imap'] }));
  const result = await probe({ port, sni: 'detour.test' });
  expect(result.failure).toMatchObject({
    stage: 'tls',
    class: 'tls-alert',
    detail: 'alert 120 (no_application_protocol)',
  });
});

test('a server speaking plain HTTP is a TLS protocol error with the OpenSSL code', async () => {
  const { port } = await listen(replyOnFirstData('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n'));
  const result = await probe({ port, sni: 'detour.test' });
  expect(result.failure).toMatchObject({ stage: 'tls', class: 'tls-protocol', detail: 'ERR_SSL_WRONG_VERSION_NUMBER' });
});

test('a server that never answers the ClientHello times out close to the deadline', async () => {
  const { port } = await listen(acceptAndHang());
  const result = await probe({ port, sni: 'detour.test' }, context(undefined, 300));
  expect(result.connectMs).toBeGreaterThanOrEqual(0);
  expect(result.failure).toMatchObject({ stage: 'tls', class: 'timeout' });
  expect(result.failure?.afterMs).toBeGreaterThan(250);
  expect(result.failure?.afterMs).toBeLessThan(300 + 150);
  expect(result.durationMs).toBeLessThan(300 + 150);
});

test('cancelling the run mid-handshake ends the probe promptly as cancelled', async () => {
  const server = acceptAndHang();
  const helloSeen = firstClientHello(server);
  const { port } = await listen(server);
  const run = new AbortController();
  const probing = probe({ port, sni: 'detour.test' }, context(run.signal, 10_000));
  const serverSocket = await helloSeen;
  const closed = new Promise((resolve) => serverSocket.once('close', resolve));
  const abortedAt = performance.now();
  run.abort();
  const result = await probing;
  expect(performance.now() - abortedAt).toBeLessThan(1000);
  expect(result.failure).toMatchObject({ stage: 'tls', class: 'cancelled' });
  await closed;
});

test('a refused connection fails at the TCP stage', async () => {
  const port = await closedPort();
  const result = await probe({ port, sni: 'detour.test' });
  expect(result.failure).toMatchObject({ stage: 'tcp', class: 'refused', detail: 'ECONNREFUSED' });
  expect(result.connectMs).toBeUndefined();
  expect(result.certificates).toEqual([]);
});

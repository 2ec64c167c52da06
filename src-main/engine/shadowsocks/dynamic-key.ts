import { get } from 'node:https';
import { parseKeyConfig, type ShadowsocksKey } from '../../shared/shadowsocks-key.ts';
import type { FailureClass } from '../../shared/failure.ts';
import { errorCode, failureClassOf } from '../errors.ts';
import { ProxyError } from '../paths/proxy-error.ts';

/** A dynamic key's configuration is a few hundred bytes; far more is not one. */
export const MAX_CONFIG_BYTES = 64 * 1024;
/** How long the fetch may take, whatever the probe that first needed it: it is shared by every probe of the route. */
export const CONFIG_DEADLINE_MS = 15_000;

/**
 * Fetches an Outline dynamic key's configuration (`ssconf://host/path` is served at
 * `https://host/path`) straight from this machine, as Outline's client does, with the
 * server's certificate checked, a deadline and a size cap. Failing to fetch it is
 * blocking too, of another address than the key's server, so the error is the route's
 * own (DETOUR_PROXY_CONFIG) and carries how it failed (a name that does not resolve, a
 * reset, a timeout, an untrusted certificate). The URL's path is the key's secret: no
 * message names more than its host.
 */
export function fetchKeyConfig(url: URL, timeoutMs = CONFIG_DEADLINE_MS): Promise<ShadowsocksKey> {
  const where = `the key's configuration address ${url.host}`;
  const refuse = (why: string, causeClass?: FailureClass): ProxyError =>
    new ProxyError('DETOUR_PROXY_CONFIG', `${where} ${why}`, causeClass === undefined ? {} : { causeClass });
  return new Promise((resolve, reject) => {
    const signal = AbortSignal.timeout(timeoutMs);
    const request = get(url, { signal, headers: { accept: 'application/json, text/plain' } }, (response) => {
      const status = response.statusCode ?? 0;
      if (status !== 200) {
        response.resume();
        reject(refuse(`answered HTTP ${status}`, 'http-protocol'));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        chunks.push(chunk);
        if (size > MAX_CONFIG_BYTES) request.destroy(refuse(`sent more than ${MAX_CONFIG_BYTES} bytes`));
      });
      response.on('end', () => {
        const parsed = parseKeyConfig(Buffer.concat(chunks).toString('utf8'));
        if (parsed.ok) resolve(parsed.key);
        else reject(refuse(`did not serve a usable key (${parsed.code})`));
      });
    });
    request.on('error', (error) => {
      if (error instanceof ProxyError) reject(error);
      else if (signal.aborted) reject(refuse(`did not answer within ${timeoutMs} ms`, 'timeout'));
      else {
        const code = errorCode(error);
        const causeClass = (code === undefined ? undefined : CERTIFICATE_FAILURES[code]) ?? failureClassOf(error);
        reject(refuse(`could not be fetched: ${code ?? error.message}`, causeClass));
      }
    });
  });
}

/** OpenSSL's verification codes as Node reports them, for a fetch whose certificate did not verify. */
const CERTIFICATE_FAILURES: Readonly<Record<string, FailureClass>> = {
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'cert-untrusted',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'cert-untrusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'cert-untrusted',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'cert-untrusted',
  ERR_TLS_CERT_ALTNAME_INVALID: 'cert-name-mismatch',
  CERT_HAS_EXPIRED: 'cert-expired',
};

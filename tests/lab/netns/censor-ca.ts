import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * The censor's own certificate authority, for `tls-intercept`: made with the openssl
 * command in the lab's folder and never trusted by the client (which trusts only the
 * lab CA), so that an intercepted handshake shows an untrusted chain naming it.
 */

/** The censor CA's common name: what a probe finds as the intercepted certificate's issuer. */
export const CENSOR_CA_NAME = 'Lab Censor Interception CA';

export interface InterceptionCertificate {
  /** The leaf, then the censor CA (PEM). */
  chainFile: string;
  keyFile: string;
}

const execFileAsync = promisify(execFile);

/**
 * `openssl req -x509` for a certificate with a fresh, unencrypted P-256 key, with
 * exactly the extensions given: `-config /dev/null` keeps the system openssl.cnf's
 * defaults (CA extensions) out. `signer` issues it (`-CA`, OpenSSL 3); else self-signed.
 */
async function issue(folder: string, name: string, subject: string, extensions: string[], signer?: string) {
  const file = (base: string, extension: string): string => join(folder, `${base}.${extension}`);
  await execFileAsync('openssl', [
    'req',
    '-x509',
    '-config',
    '/dev/null',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    file(name, 'key'),
    '-out',
    file(name, 'pem'),
    '-days',
    '30',
    '-subj',
    subject,
    ...extensions.flatMap((extension) => ['-addext', extension]),
    ...(signer === undefined ? [] : ['-CA', file(signer, 'pem'), '-CAkey', file(signer, 'key')]),
  ]);
}

/**
 * Creates the censor CA in `folder` and one certificate issued by it for every name
 * and address intercepted: what the interception server presents for any of them.
 */
export async function createInterceptionCertificate(
  folder: string,
  names: readonly string[],
  addresses: readonly string[],
): Promise<InterceptionCertificate> {
  await mkdir(folder, { recursive: true });
  await issue(folder, 'censor-ca', `/O=Lab Censor/CN=${CENSOR_CA_NAME}`, [
    'basicConstraints=critical,CA:TRUE',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  const subjectAltName = [...names.map((name) => `DNS:${name}`), ...addresses.map((address) => `IP:${address}`)];
  await issue(
    folder,
    'intercepted',
    `/CN=${names[0] ?? 'intercepted'}`,
    [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=serverAuth',
      `subjectAltName=${subjectAltName.join(',')}`,
    ],
    'censor-ca',
  );
  const pems = await Promise.all(
    ['intercepted', 'censor-ca'].map((name) => readFile(join(folder, `${name}.pem`), 'utf8')),
  );
  const chainFile = join(folder, 'intercepted-chain.pem');
  await writeFile(chainFile, pems.join(''));
  return { chainFile, keyFile: join(folder, 'intercepted.key') };
}

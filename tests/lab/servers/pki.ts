import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throw-away test PKI made with the openssl command in vitest's global setup:
 * a CA that the test processes trust through NODE_EXTRA_CA_CERTS (exactly as a
 * user's extra roots are honoured), leaves signed by it, and a self-signed leaf.
 */
export const PKI_ENV = 'DETOUR_TEST_PKI';

export interface KeyPair {
  key: string;
  cert: string;
}

export type LeafName = 'valid' | 'wrong-name' | 'self-signed';

/** Names the `valid` leaf covers. */
export const VALID_NAMES = ['localhost', 'detour.test', '*.detour.test'];

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

/** `openssl req` arguments for a fresh P-256 key, written unencrypted to `<name>.key`. */
function newKey(name: string): string[] {
  return ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', `${name}.key`];
}

const VALIDITY = ['-days', '30'];

function issueLeaf(dir: string, name: string, sans: string, signer: 'ca' | 'self'): void {
  const subject = ['-subj', `/CN=${name}.detour-test`];
  if (signer === 'self') {
    openssl(dir, [
      'req',
      '-x509',
      ...newKey(name),
      '-out',
      `${name}.pem`,
      ...VALIDITY,
      ...subject,
      '-addext',
      `subjectAltName=${sans}`,
    ]);
    return;
  }
  writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${sans}\nbasicConstraints=CA:FALSE\n`);
  openssl(dir, ['req', ...newKey(name), '-out', `${name}.csr`, ...subject]);
  const signWithCa = ['-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial'];
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    ...signWithCa,
    '-out',
    `${name}.pem`,
    ...VALIDITY,
    '-extfile',
    `${name}.ext`,
  ]);
}

/**
 * Creates the PKI in a new temporary folder and returns the folder. `extraIps`
 * are added to the valid leaf (the engine benchmark spreads servers over 127.0.0.N).
 */
export function createTestPki(extraIps: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'detour-pki-'));
  const caExtensions = [
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ];
  openssl(dir, [
    'req',
    '-x509',
    ...newKey('ca'),
    '-out',
    'ca.pem',
    ...VALIDITY,
    '-subj',
    '/CN=Detour Test CA',
    ...caExtensions,
  ]);
  const ips = new Set(['127.0.0.1', '::1', ...extraIps]);
  const validSans = [...VALID_NAMES.map((n) => `DNS:${n}`), ...[...ips].map((ip) => `IP:${ip}`)].join(',');
  issueLeaf(dir, 'valid', validSans, 'ca');
  issueLeaf(dir, 'wrong-name', 'DNS:wrong.example', 'ca');
  issueLeaf(dir, 'self-signed', validSans, 'self');
  return dir;
}

function pkiDir(): string {
  const dir = process.env[PKI_ENV];
  if (dir === undefined) throw new Error(`${PKI_ENV} is not set: run the tests through vitest's global setup`);
  return dir;
}

export function leaf(name: LeafName): KeyPair {
  const dir = pkiDir();
  return { key: readFileSync(join(dir, `${name}.key`), 'utf8'), cert: readFileSync(join(dir, `${name}.pem`), 'utf8') };
}

export function caPem(): string {
  return readFileSync(join(pkiDir(), 'ca.pem'), 'utf8');
}

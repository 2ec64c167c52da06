import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { issueCaAndLeaf } from './lab-pki.ts';

/**
 * The censor's own certificate authority, for `tls-intercept`: made like the lab's
 * (lab-pki.ts) but never trusted by the client, which trusts only the lab CA, so that
 * an intercepted handshake shows an untrusted chain naming it.
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
 * Creates the censor CA in `folder` and one certificate issued by it for every name
 * and address intercepted: what the interception server presents for any of them.
 */
export async function createInterceptionCertificate(
  folder: string,
  names: readonly string[],
  addresses: readonly string[],
): Promise<InterceptionCertificate> {
  const subjectAltName = [...names.map((name) => `DNS:${name}`), ...addresses.map((address) => `IP:${address}`)];
  const issued = await issueCaAndLeaf(
    folder,
    {
      caSubject: `/O=Lab Censor/CN=${CENSOR_CA_NAME}`,
      leafSubject: `/CN=${names[0] ?? 'intercepted'}`,
      subjectAltName: subjectAltName.join(','),
    },
    async (command, args) => (await execFileAsync(command, [...args])).stdout,
  );
  const pems = await Promise.all([issued.certFile, issued.caFile].map((file) => readFile(file, 'utf8')));
  const chainFile = join(folder, 'intercepted-chain.pem');
  await writeFile(chainFile, pems.join(''));
  return { chainFile, keyFile: issued.keyFile };
}

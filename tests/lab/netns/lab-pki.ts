import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SELF_SIGNED_ISSUER, SERVICES, SINKHOLE_CA_NAME, SITES } from './inventory.ts';
import type { HostCommand } from './lab-processes.ts';
import { worldHostRecords } from './world-addresses.ts';

/**
 * The lab's PKI, made with the openssl command: a lab CA, which the client trusts
 * through NODE_EXTRA_CA_CERTS as a user's extra roots are trusted, and one leaf for
 * every site and service of the world, used by nginx and the DoH server alike; and the
 * sinkhole's own CA, which the client does not trust, as a national sinkhole holds no
 * valid certificate for the sites it impersonates; and the self-signed certificate of
 * the sites that have one. issueCaAndLeaf makes any other CA and leaf a lab needs the
 * same way.
 */

/** A CA and the one leaf it signed, as PEM files; the keys are unencrypted P-256, readable by nginx and Node. */
export interface CaAndLeaf {
  caFile: string;
  certFile: string;
  keyFile: string;
}

export interface CaAndLeafRequest {
  /** Subjects as `openssl req -subj` takes them: `/CN=…`. */
  caSubject: string;
  leafSubject: string;
  /** The leaf's names and addresses: `DNS:a.lab,IP:11.1.0.54`. */
  subjectAltName: string;
}

/** A certificate and its key, as PEM files. */
export interface CertificateFiles {
  certFile: string;
  keyFile: string;
}

/**
 * The whole configuration is ours, not the system's openssl.cnf, whose defaults would
 * add CA extensions to the leaf. `self` is a leaf signed by its own key: a server's,
 * not a CA's, so it has no authority key to name.
 */
function opensslConfig(subjectAltName: string): string {
  return [
    '[req]',
    'distinguished_name = subject',
    '[subject]',
    '[ca]',
    'basicConstraints = critical, CA:TRUE',
    'keyUsage = critical, keyCertSign, cRLSign',
    'subjectKeyIdentifier = hash',
    '[leaf]',
    'basicConstraints = critical, CA:FALSE',
    'keyUsage = critical, digitalSignature',
    'extendedKeyUsage = serverAuth',
    'authorityKeyIdentifier = keyid',
    `subjectAltName = ${subjectAltName}`,
    '[self]',
    'basicConstraints = critical, CA:FALSE',
    'keyUsage = critical, digitalSignature',
    'extendedKeyUsage = serverAuth',
    `subjectAltName = ${subjectAltName}`,
    '',
  ].join('\n');
}

/** `openssl req` arguments for a certificate `<name>.pem` with a fresh key `<name>.key`. */
function newCertificate(folder: string, name: string, subject: string, extensions: 'ca' | 'leaf' | 'self'): string[] {
  const file = (suffix: string): string => join(folder, `${name}.${suffix}`);
  const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', file('key')];
  const config = ['-config', join(folder, 'openssl.cnf'), '-extensions', extensions];
  return ['req', '-x509', ...config, ...key, '-out', file('pem'), '-days', '30', '-subj', subject];
}

/** Where issueCaAndLeaf puts the CA: known before it is issued. */
export function caFileIn(folder: string): string {
  return join(folder, 'ca.pem');
}

/** Issues a new CA (`ca.pem`) and a leaf it signs (`leaf.pem`) in `folder`. */
export async function issueCaAndLeaf(folder: string, request: CaAndLeafRequest, run: HostCommand): Promise<CaAndLeaf> {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'openssl.cnf'), opensslConfig(request.subjectAltName));
  const issued = {
    caFile: caFileIn(folder),
    certFile: join(folder, 'leaf.pem'),
    keyFile: join(folder, 'leaf.key'),
  };
  await run('openssl', newCertificate(folder, 'ca', request.caSubject, 'ca'));
  // `req -x509 -CA` (OpenSSL 3) issues the leaf signed by the CA in one step.
  const signer = ['-CA', issued.caFile, '-CAkey', join(folder, 'ca.key')];
  await run('openssl', [...newCertificate(folder, 'leaf', request.leafSubject, 'leaf'), ...signer]);
  return issued;
}

/** Issues a self-signed leaf (`self.pem`, `self.key`) in `folder`. */
async function issueSelfSigned(
  folder: string,
  request: { subject: string; subjectAltName: string },
  run: HostCommand,
): Promise<CertificateFiles> {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'openssl.cnf'), opensslConfig(request.subjectAltName));
  await run('openssl', newCertificate(folder, 'self', request.subject, 'self'));
  return { certFile: join(folder, 'self.pem'), keyFile: join(folder, 'self.key') };
}

/** Every certificate of the world. */
export interface LabPki {
  /** The lab CA, trusted by the client, and the leaf of every site and service. */
  lab: CaAndLeaf;
  /** The sinkhole's CA, never trusted, and the leaf the sinkhole presents for any name. */
  sinkhole: CaAndLeaf;
  /** The one certificate of every `self-signed` site, naming them all. */
  selfSigned: CertificateFiles;
}

/**
 * The lab CA is in `folder` (caFileIn(folder)), the sinkhole's in `folder/sinkhole`,
 * the self-signed certificate in `folder/self-signed`.
 * The lab's leaf covers `*.lab` for tools that accept a wildcard over a single label,
 * but Node and OpenSSL do not, so every name is listed too; and the DoH address, which
 * clients reach by IP.
 */
export async function createLabPki(folder: string, run: HostCommand): Promise<LabPki> {
  const names = ['*.lab', 'lab', ...worldHostRecords().map((record) => record.name)];
  const subjectAltName = [...names.map((name) => `DNS:${name}`), `IP:${SERVICES.doh.address}`].join(',');
  const lab = await issueCaAndLeaf(
    folder,
    { caSubject: '/CN=Detour Lab CA', leafSubject: '/CN=lab', subjectAltName },
    run,
  );
  const sinkhole = await issueCaAndLeaf(
    join(folder, 'sinkhole'),
    {
      caSubject: `/O=Lab Censor/CN=${SINKHOLE_CA_NAME}`,
      leafSubject: '/CN=sinkhole.lab',
      subjectAltName: `DNS:sinkhole.lab,IP:${SERVICES.sinkhole}`,
    },
    run,
  );
  const selfSignedNames = SITES.flatMap((site) => (site.certificate === 'self-signed' ? site.names : []));
  const selfSigned = await issueSelfSigned(
    join(folder, 'self-signed'),
    {
      subject: `/CN=${SELF_SIGNED_ISSUER}`,
      subjectAltName: selfSignedNames.map((name) => `DNS:${name}`).join(','),
    },
    run,
  );
  return { lab, sinkhole, selfSigned };
}

import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { BLOCK_PAGE_TITLE, LINKS, SERVICES, SINKHOLE_CA_NAME, SITES, siteByKey } from './netns/inventory.ts';
import { labSupport, removeStaleLabs, startLab } from './netns/lab.ts';
import type { Lab, LabNode } from './netns/lab-types.ts';
import { runInLab, runManyInLab } from './netns/lab-scripts.ts';
import { IP } from './netns/netns.ts';
import { worldHostRecords } from './netns/world-addresses.ts';

/**
 * The censorship lab's topology and world, before any censoring: from the client,
 * through the router, every site, the resolver, DoH, STUN and each proxy answer as
 * inventory.ts says; and however a lab ends (stop(), SIGINT or SIGTERM while it
 * starts, a killed process), no namespace, process or file of it is left.
 */

const support = labSupport();
if (!support.ok) console.warn(`Skipping the censorship lab's world tests: ${support.reason}`);

const LAB_MODULE = join(import.meta.dirname, 'netns', 'lab.ts');
const execFileAsync = promisify(execFile);

async function labNamespaces(): Promise<string[]> {
  const { stdout } = await execFileAsync(IP, ['netns', 'list']);
  return stdout.split('\n').flatMap((line) => (line.startsWith('dtr-') ? [line.split(' ')[0] ?? ''] : []));
}

describe.skipIf(!support.ok)('the world, seen from the client through the router', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await startLab();
  }, 30_000);
  afterAll(async () => {
    await lab.stop();
    expect((await labNamespaces()).filter((namespace) => namespace.includes(lab.id))).toEqual([]);
  });

  const labClient = (args: string[], node: LabNode = 'client'): Promise<unknown> =>
    runInLab(lab, 'lab-client.ts', args, node);

  // The sites that refuse the client or hold a self-signed certificate have their own tests (netns-world-cases.test.ts).
  const plainSites = SITES.filter((site) => site.refuses === undefined && site.certificate === undefined);
  test.each(plainSites)('$key: the home page by each name, over https and http', async (site) => {
    const urls = site.names.flatMap((name) => [`https://${name}/`, `http://${name}/`]);
    const pages = await Promise.all(urls.map((url) => labClient(['fetch', url, site.address])));
    for (const page of pages) {
      expect(page).toMatchObject({ status: 200, title: site.title });
      // Over 16 KiB: a reply frozen after 16 KiB shows on the home page.
      expect((page as { bytes: number }).bytes).toBeGreaterThan(16 * 1024);
    }
  });

  const files = SITES.flatMap((site) =>
    Object.entries(site.files ?? {}).map(([name, bytes]) => ({ name: site.names[0] ?? '', site, file: name, bytes })),
  );
  test.each(files)('$name serves /$file', async ({ name, site, file, bytes }) => {
    expect(await labClient(['fetch', `https://${name}/${file}`, site.address])).toMatchObject({ status: 200, bytes });
  });

  test('the sinkhole shows the block page over http for any name and path', async () => {
    for (const url of ['http://news.lab/', 'http://anything.example/some/path', 'http://social.lab/a?b=c']) {
      expect(await labClient(['fetch', url, SERVICES.sinkhole])).toMatchObject({
        status: 200,
        title: BLOCK_PAGE_TITLE,
      });
    }
  });

  test('over https the sinkhole presents a certificate from its own CA, which the client does not trust', async () => {
    for (const name of ['news.lab', 'anything.example']) {
      // The leaf alone, from a CA the client has never seen: its signature cannot be verified.
      expect(await labClient(['tls', SERVICES.sinkhole, name])).toMatchObject({
        authorized: false,
        authorizationError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
        issuer: SINKHOLE_CA_NAME,
      });
    }
    await expect(labClient(['fetch', 'https://news.lab/article', SERVICES.sinkhole])).rejects.toThrow(
      /code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'/,
    );
    // The lab's own sites stay trusted.
    const news = await labClient(['tls', siteByKey('news').address, 'news.lab']);
    expect(news).toMatchObject({ authorized: true, issuer: 'Detour Lab CA' });
    expect(news).not.toHaveProperty('authorizationError');
  });

  test('the resolver knows every lab name and nothing else, and the router reaches it', async () => {
    const { resolver } = SERVICES;
    const known = worldHostRecords();
    const unknown = ['sub.news.lab', 'nothing.lab', 'example.com'];
    const answers = await runManyInLab(lab, 'lab-client.ts', [
      ...known.map(({ name }) => ['dns', resolver, name, 'A']),
      ['dns', resolver, 'news.lab', 'AAAA'],
      ...unknown.map((name) => ['dns', resolver, name, 'A']),
    ]);
    expect(answers).toEqual([
      ...known.map(({ address }) => ({ addresses: [address] })),
      { error: 'ENODATA' },
      ...unknown.map(() => ({ error: 'ENOTFOUND' })),
    ]);
    expect(await labClient(['dns', resolver, 'control.lab', 'A'], 'router')).toEqual({ addresses: ['11.1.0.40'] });
  });

  test.each(['POST', 'GET'])('DoH answers a %s from the resolver', async (method) => {
    expect(await labClient(['doh', SERVICES.doh.url, 'news.lab', method])).toEqual({
      status: 200,
      rcode: 'NOERROR',
      addresses: ['11.1.0.10'],
    });
  });

  test('STUN sees the client as it is: the router does no NAT', async () => {
    const { address, port } = SERVICES.stun;
    const result = await labClient(['stun', address, String(port)]);
    expect(result).toMatchObject({ mappedAddress: { address: LINKS.client } });
    expect(result).not.toHaveProperty('failure');
  });

  test.each([
    ['microsocks', `socks5h://${SERVICES.microsocks.address}:${SERVICES.microsocks.port}`],
    ['danted', `socks5h://${SERVICES.dante.address}:${SERVICES.dante.port}`],
    ['tinyproxy', `http://${SERVICES.tinyproxy.address}:${SERVICES.tinyproxy.port}`],
  ])('%s reaches the sites by name, over https and http', async (_, proxy) => {
    for (const [url, title] of [
      ['https://news.lab/', 'News Lab: independent news'],
      ['http://shared-b.lab/', 'Shared hosting Lab'],
    ]) {
      expect(await labClient(['fetch', url ?? '', proxy])).toMatchObject({ status: 200, title });
    }
  });

  test('danted relays UDP: STUN through it sees its address', async () => {
    const { stun, dante } = SERVICES;
    const result = await labClient([
      'stun',
      stun.address,
      String(stun.port),
      `socks5://${dante.address}:${dante.port}`,
    ]);
    expect(result).toMatchObject({ mappedAddress: { address: dante.address } });
  });

  test('the client resolves through the router and sees none of the host names', async () => {
    const read = async (file: string): Promise<string> => (await lab.execIn('client', 'cat', [file])).stdout;
    expect(await read('/etc/resolv.conf')).toBe(`nameserver ${LINKS.routerClientSide}\n`);
    const hosts = (await read('/etc/hosts')).split('\n').filter(Boolean);
    expect(hosts.map((line) => line.split(' ')[0])).toEqual(['127.0.0.1', '::1']);
  });
});

/** What a lab is made of on the machine, recorded while it runs, to check none of it is left. */
interface LabTraces {
  id: string;
  /** The namespaces as the kernel names them (`net:[inode]`), which outlive a deleted name while a process holds them. */
  namespaceInodes: string[];
}

function tracesOf(id: string): LabTraces {
  const namespaceInodes = ['c', 'r', 'w'].flatMap((letter) => {
    const path = `/run/netns/dtr-${id}-${letter}`;
    return existsSync(path) ? [`net:[${statSync(path).ino}]`] : [];
  });
  return { id, namespaceInodes };
}

/** Processes in those namespaces (a zombie has left its namespace: it is not one). */
function processesIn(namespaceInodes: readonly string[]): number[] {
  return readdirSync('/proc').flatMap((entry) => {
    try {
      return namespaceInodes.includes(readlinkSync(`/proc/${entry}/ns/net`)) ? [Number(entry)] : [];
    } catch {
      return [];
    }
  });
}

async function expectNothingLeft({ id, namespaceInodes }: LabTraces): Promise<void> {
  expect(namespaceInodes.length).toBeGreaterThan(0);
  expect(processesIn(namespaceInodes)).toEqual([]);
  expect((await labNamespaces()).filter((namespace) => namespace.includes(id))).toEqual([]);
  expect(readdirSync('/etc/netns').filter((name) => name.includes(id))).toEqual([]);
  expect(readdirSync(tmpdir()).filter((name) => name.includes(id))).toEqual([]);
}

/** Polls until `found` returns something, for at most 10 s. */
async function until<T>(found: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  const deadline = performance.now() + 10_000;
  for (;;) {
    const value = await found();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Children started by the running test, stopped after it even when it failed. */
const children: ChildProcess[] = [];
afterEach(async () => {
  const running = children.splice(0).filter((child) => child.exitCode === null && child.signalCode === null);
  // SIGTERM: the lab's own handler tears it down before the process exits.
  await Promise.all(
    running.map(async (child) => {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }),
  );
});

/** A Node process that starts a lab and keeps it until a signal; and the lab's id once its namespaces exist. */
async function labInChild(): Promise<{ child: ChildProcess; id: string }> {
  const script = `import { startLab } from ${JSON.stringify(LAB_MODULE)};
await startLab();
console.log('started');
setInterval(() => undefined, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  // The lab id starts with its creator's pid in base 36 (see newLabId).
  const world = new RegExp(`^dtr-(${String(child.pid?.toString(36))}[0-9a-f]{4})-w$`);
  const id = await until(
    async () => (await labNamespaces()).map((name) => world.exec(name)?.[1]).find((match) => match !== undefined),
    "the child lab's namespaces",
  );
  return { child, id };
}

describe.skipIf(!support.ok)('teardown', () => {
  test('stop() removes the namespaces, their processes and the files, and can be called again', async () => {
    const lab = await startLab();
    const traces = tracesOf(lab.id);
    expect(processesIn(traces.namespaceInodes).length).toBeGreaterThan(0);
    await lab.stop();
    await expectNothingLeft(traces);
    await lab.stop();
  });

  test('SIGINT while the world starts: the lab is torn down and the process exits 130', async () => {
    const { child, id } = await labInChild();
    await until(
      () => (processesIn(tracesOf(id).namespaceInodes).length > 0 ? true : undefined),
      'a daemon in the world',
    );
    const traces = tracesOf(id);
    child.kill('SIGINT');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(130);
    await expectNothingLeft(traces);
  });

  test('SIGTERM as soon as the namespaces exist: the lab is torn down and the process exits 143', async () => {
    const { child, id } = await labInChild();
    const traces = tracesOf(id);
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(143);
    await expectNothingLeft(traces);
  });

  test('removeStaleLabs() removes the lab of a process killed outright', async () => {
    const { child, id } = await labInChild();
    const output = child.stdout;
    if (output !== null) await once(output, 'data');
    const traces = tracesOf(id);
    child.kill('SIGKILL');
    await once(child, 'exit');
    expect(processesIn(traces.namespaceInodes).length).toBeGreaterThan(0);
    expect(await removeStaleLabs()).toEqual(expect.arrayContaining([`dtr-${id}-c`, `dtr-${id}-r`, `dtr-${id}-w`]));
    await expectNothingLeft(traces);
  });
});

import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BLOCK_PAGE_TITLE,
  CONNECTIVITY_CHECK_PATH,
  REFUSAL_PAGE_TITLE,
  SERVICES,
  SITES,
  type LabSite,
} from './inventory.ts';
import type { LabPki } from './lab-pki.ts';

/**
 * nginx for the lab's world: every site on its address, http on 80 and https on 443,
 * with what inventory.ts gives it (files, redirects, a connectivity check, its own
 * self-signed certificate, a bot wall for some addresses); and the sinkholes showing
 * the block page for any name and path, one also over https behind a certificate from
 * its own CA, which the client does not trust. Everything nginx reads or writes is
 * under one folder, so it never touches /etc/nginx or /var/lib/nginx.
 */

/**
 * Home pages are this large so that a reply frozen after 16 KiB (`freeze-after`) shows
 * on the home page too, not only on /big.bin.
 */
const HOME_PAGE_BYTES = 40 * 1024;

/** The bot wall of a site that refuses an address, beside its own pages (never served to others). */
const REFUSAL_PAGE = 'refused.html';

/** Writes the configuration, pages and files under `folder`; returns nginx's arguments. */
export async function writeNginxFiles(folder: string, pki: LabPki): Promise<string[]> {
  const www = join(folder, 'www');
  for (const site of SITES) {
    await writePage(join(www, site.key), homePage(site));
    for (const [name, bytes] of Object.entries(site.files ?? {})) {
      await writeFile(join(www, site.key, name), randomBytes(bytes));
    }
    if (site.refuses !== undefined) await writeFile(join(www, site.key, REFUSAL_PAGE), refusalPage());
  }
  await writePage(join(www, 'sinkhole'), blockPage());
  // nginx creates each temporary folder, but not their parent.
  await mkdir(join(folder, 'temp'));
  const configFile = join(folder, 'nginx.conf');
  await writeFile(configFile, nginxConfig(folder, www, pki));
  // -e: the error log before the configuration is read; -p: the prefix for any relative path.
  return ['-p', folder, '-e', 'stderr', '-c', configFile, '-g', 'daemon off;'];
}

async function writePage(root: string, html: string): Promise<void> {
  await mkdir(root, { recursive: true });
  await writeFile(join(root, 'index.html'), html);
}

function nginxConfig(folder: string, www: string, pki: LabPki): string {
  const temp = (kind: string): string => `${kind}_temp_path ${join(folder, 'temp', kind)};`;
  const sites = SITES.map((site) => siteServer(site, join(www, site.key), pki));
  return `# The lab world's sites and sinkhole (tests/lab/netns/nginx-config.ts).
# The workers run as root because the lab folder is private to root.
user root;
worker_processes 1;
pid ${join(folder, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; application/octet-stream bin; }
  default_type application/octet-stream;
  sendfile on;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  ssl_certificate ${pki.lab.certFile};
  ssl_certificate_key ${pki.lab.keyFile};
${sites.join('\n')}

  server {
    listen ${SERVICES.sinkhole}:80 default_server;
    listen ${SERVICES.sinkhole}:443 ssl default_server;
    # Nothing listens on its 443: the kernel answers a connection there with a reset.
    listen ${SERVICES.sinkholeHttpOnly}:80 default_server;
    server_name _;
    # Its own CA's leaf alone: the client, which does not know that CA, cannot verify it.
    ssl_certificate ${pki.sinkhole.certFile};
    ssl_certificate_key ${pki.sinkhole.keyFile};
    root ${join(www, 'sinkhole')};
    location / { try_files /index.html =404; }
  }
}
`;
}

function siteServer(site: LabSite, root: string, pki: LabPki): string {
  const lines = [
    `listen ${site.address}:80;`,
    `listen ${site.address}:443 ssl;`,
    `server_name ${site.names.join(' ')};`,
    `root ${root};`,
  ];
  if (site.certificate === 'self-signed') {
    lines.push(`ssl_certificate ${pki.selfSigned.certFile};`, `ssl_certificate_key ${pki.selfSigned.keyFile};`);
  }
  // Exact locations win over the prefix `/` (nginx's location matching), so no refusal reaches them.
  for (const [path, location] of Object.entries(site.redirects ?? {})) {
    lines.push(`location = ${path} { return 302 ${location}; }`);
  }
  if (site.connectivityCheck === true) lines.push(`location = ${CONNECTIVITY_CHECK_PATH} { return 204; }`);
  if (site.refuses !== undefined) {
    // `if` holding only a `return` is one of the uses nginx documents as safe.
    const refused = site.refuses.map((address) => `$remote_addr = "${address}"`);
    lines.push(
      `error_page 503 /${REFUSAL_PAGE};`,
      `location = /${REFUSAL_PAGE} { internal; }`,
      `location / { ${refused.map((test) => `if (${test}) { return 503; }`).join(' ')} }`,
    );
  }
  return `
  server {
    ${lines.join('\n    ')}
  }`;
}

function homePage(site: LabSite): string {
  const paragraphs: string[] = [];
  let bytes = 0;
  for (let article = 1; bytes < HOME_PAGE_BYTES; article += 1) {
    const paragraph =
      `<h2>Story ${article} on ${site.names[0] ?? site.key}</h2>\n<p>This is story ${article} of ${site.title}, ` +
      'written so that the page is large enough for the censorship lab to tell a whole page from one cut short. ' +
      'It says nothing else: what matters is that every byte of it arrives, in order, and that the title above is ' +
      'the one the site really serves.</p>\n';
    paragraphs.push(paragraph);
    bytes += paragraph.length;
  }
  return page(site.title, paragraphs.join(''));
}

function blockPage(): string {
  return page(BLOCK_PAGE_TITLE, '<h1>Access denied</h1>\n<p>This resource has been blocked by order of the lab.</p>\n');
}

/** A bot wall as CAPTCHA services show one: no content of the site, a check to pass. */
function refusalPage(): string {
  return page(
    REFUSAL_PAGE_TITLE,
    '<h1>Checking your connection</h1>\n<p>Traffic from your network looks unusual. Complete the check below to continue.</p>\n' +
      '<form><input type="checkbox" name="human"> I am not a robot</form>\n',
  );
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body>\n${body}</body></html>\n`;
}

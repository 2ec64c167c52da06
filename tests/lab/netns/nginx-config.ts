import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BIG_FILE_BYTES, BLOCK_PAGE_TITLE, SERVICES, SITES, type LabSite } from './inventory.ts';
import type { LabPki } from './lab-pki.ts';

/**
 * nginx for the lab's world: every site on its address, http on 80 and https on 443,
 * and the sinkhole showing the block page for any name and path, over https behind a
 * certificate from its own CA, which the client does not trust. Everything nginx
 * reads or writes is under one folder, so it never touches /etc/nginx or /var/lib/nginx.
 */

/**
 * Home pages are this large so that a reply frozen after 16 KiB (`freeze-after`) shows
 * on the home page too, not only on /big.bin.
 */
const HOME_PAGE_BYTES = 40 * 1024;

/** Writes the configuration, pages and /big.bin under `folder`; returns nginx's arguments. */
export async function writeNginxFiles(folder: string, pki: LabPki): Promise<string[]> {
  const www = join(folder, 'www');
  for (const site of SITES) await writePage(join(www, site.key), homePage(site));
  await writeFile(join(www, 'video', 'big.bin'), randomBytes(BIG_FILE_BYTES));
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
  const sites = SITES.map(
    (site) => `
  server {
    listen ${site.address}:80;
    listen ${site.address}:443 ssl;
    server_name ${site.names.join(' ')};
    root ${join(www, site.key)};
  }`,
  );
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

function page(title: string, body: string): string {
  return `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body>\n${body}</body></html>\n`;
}

import { MAX_TEST_LIST_ENTRIES, TEST_LIST_COLUMNS, type ToolInputErrorCode } from '../engine/index.ts';
import { MAX_LIST_BYTES } from '../shared/test-list.ts';
import type { PathError } from '../shared/path-list.ts';
import type { InputErrorCode } from '../shared/target.ts';

/**
 * The CLI's English words for the engine's codes. The app and the reports get
 * theirs from the translated catalogs (en, az, ru); a terminal user gets English.
 */
export const INPUT_ERROR_TEXT: Readonly<Record<InputErrorCode, string>> = {
  empty: 'empty entry',
  malformed: 'not a URL, domain, host:port or stun:host:port',
  'unknown-scheme': 'unknown scheme (use http://, https://, stun: or host:port)',
  'bad-port': 'the port must be a number from 1 to 65535',
  'bad-host': 'not a valid host name',
  'empty-list': 'the list has no entries',
  'binary-list': 'not a text list (binary data, or not UTF-8)',
  'unreadable-list': 'cannot be read',
  'list-too-large': `larger than ${MAX_LIST_BYTES / 1024 / 1024} MiB, more than a list Detour reads`,
  'list-not-a-file': 'not a file (a folder, a pipe or a device); give a file, or - for standard input',
  'not-a-test-list': `not a Citizen Lab test list (the first row must be ${TEST_LIST_COLUMNS.join(',')})`,
  'bad-csv-row': `not a test-list row (${TEST_LIST_COLUMNS.length} comma-separated columns, every quote closed)`,
  'missing-url': 'the row has no URL',
  'too-many-entries': `only the first ${MAX_TEST_LIST_ENTRIES} entries of a test list are used`,
};

export const PATH_ERROR_TEXT: Readonly<Record<PathError['code'], string>> = {
  'no-name': 'write a route as NAME=URL, for example office=socks5h://127.0.0.1:1080',
  'bad-name': 'a route name is letters, digits, spaces, dots, dashes and underscores (at most 64)',
  'duplicate-name': 'a route of this name is already given',
  'unknown-scheme':
    'unknown kind of route (use socks4/socks4a/socks5/socks5h/http/https://, ss://, ssconf://, doh:, bind:, strategy: or direct)',
  'missing-port': 'the proxy URL has no port',
  'bad-port': 'the port must be a number from 1 to 65535',
  'bad-host': 'the proxy host is not a valid address or name',
  'bad-credentials': 'the user and password must be user:password, percent-encoded',
  'missing-password':
    'the route has a user but no password: set DETOUR_PASSWORD_<NAME>, or write user:password in the URL',
  'unexpected-path': 'a proxy URL has no path, query or fragment',
  'bad-doh-url': 'DNS-over-HTTPS needs an https:// URL',
  'bad-local-address': 'bind: needs a local IP address',
  'unknown-strategy': 'unknown strategy (use tls-split, tcp-split, sni-decoy, http-hostcase)',
  'bad-strategy-parameter':
    'a strategy parameter is not valid (split at "sni" or a byte offset; a decoy is a host name)',
  'bad-key': 'not an access key: ss://USERINFO@HOST:PORT (SIP002) or ssconf://HOST/PATH',
  'key-plugin': 'this key needs a Shadowsocks plugin (plugin=…), which Detour does not run; ask for a key without one',
  'unsupported-cipher':
    'the key uses a cipher Detour does not speak (it speaks chacha20-ietf-poly1305, aes-256-gcm, aes-128-gcm)',
  'bad-key-prefix': 'the key’s prefix is not a valid byte string, or is longer than the salt',
  'bad-json': 'not valid JSON',
  'bad-shape': 'expected {"paths": [{"name": …, "url": …}]}',
  unreadable: 'cannot be read',
  'too-large': 'larger than 1 MiB, more than a routes file Detour reads',
  'not-a-file': 'not a file (a folder, a pipe or a device)',
};

/** Why a WireGuard configuration or a bridge line was not taken; never its text (it holds keys). */
export const TOOL_INPUT_ERROR_TEXT: Readonly<Record<ToolInputErrorCode, string>> = {
  unreadable: 'cannot be read',
  'not-a-file': 'not a file',
  'too-many': 'too many tools at once (at most 32 WireGuard configurations and 64 bridges)',
  'not-text': 'not a text file',
  'too-large': 'too large for a WireGuard configuration',
  'no-interface': 'not a WireGuard configuration: no [Interface] section',
  'no-private-key': 'the [Interface] section has no PrivateKey',
  'bad-key': 'a key is not a WireGuard key (32 bytes in base64, as wg genkey writes it)',
  'no-peer': 'no [Peer] section',
  'no-public-key': 'the [Peer] section has no PublicKey',
  'no-endpoint':
    "no [Peer] has an Endpoint: this looks like a server's configuration, which cannot be checked from here",
  'bad-endpoint': 'the Endpoint is not host:port',
  'bad-line': 'not a line of a WireGuard configuration',
  'too-long': 'too long for a bridge line',
  'no-address': 'not a bridge line: no IP:port where the address belongs',
  'bad-address': 'the bridge address is not IP:port',
  'bad-fingerprint': 'the fingerprint is not 40 hexadecimal digits',
  'bad-argument': 'an argument is not key=value, or has characters a bridge line never has',
  'obfs4-arguments': 'an obfs4 bridge line needs cert= and iat-mode=',
};

import fc from 'fast-check';
import { INPUT_ERROR_TEXT, PATH_ERROR_TEXT, TOOL_INPUT_ERROR_TEXT } from '../../../src-main/cli/messages.ts';
import { parseResolver, UsageError } from '../../../src-main/cli/options.ts';
import { describeReadError, parseReportBytes } from '../../../src-main/engine/export/read-report.ts';
import { parseBridgeLine } from '../../../src-main/shared/bridge-line.ts';
import { createTranslator } from '../../../src-main/shared/i18n/index.ts';
import { pathsFromFile } from '../../../src-main/shared/path-list.ts';
import { decodeUserInfo, parsePath, parsePathArgument } from '../../../src-main/shared/path-parse.ts';
import { parseKeyConfig } from '../../../src-main/shared/shadowsocks-key.ts';
import { parseTarget } from '../../../src-main/shared/target.ts';
import { parseTestListCsv } from '../../../src-main/shared/test-list.ts';
import { SECRET_MARK, splitUrlText } from '../../../src-main/shared/url-secrets.ts';
import { parseWireguardConfig } from '../../../src-main/shared/wireguard-config.ts';
import { sampleReportText } from '../engine/export/sample-report.ts';

/**
 * Every parser that takes what a person (or a stranger's file) gives, with inputs
 * to throw at it. A parser answers `accepted`, or a rejection with a code and the
 * words a person reads; parsers.test.ts checks that nothing else ever comes out
 * (no throw, no code without words). A new parser is one more entry in PARSERS.
 */

export type Outcome = 'accepted' | { code: string; message: string };

export interface FuzzedParser {
  name: string;
  inputs: fc.Arbitrary<string>;
  parse: (input: string) => Outcome;
}

const t = createTranslator('en');

/** What a person might type: printable text, any Unicode, and control characters. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme-ascii', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({
    unit: fc.constantFrom(':', '/', '@', '[', ']', '%', '?', '#', '=', ',', '.', '-', ' ', '\u001b', 'a', '1'),
  }),
);

const hosts = fc.oneof(
  fc.domain(),
  fc.ipV4(),
  fc.ipV6().map((address) => `[${address}]`),
  fc.ipV6(),
  fc.constantFrom('localhost', 'bütün.az', 'exa_mple', '', '[', '[::1', '::1]', `${'a'.repeat(64)}.org`),
  anyText,
);
const ports = fc.oneof(
  fc.integer({ min: 0, max: 70_000 }).map((port) => `:${port}`),
  fc.constantFrom('', ':', ':-1', ':0x50', ':８０'),
);
const userInfo = fc.oneof(
  fc.constant(''),
  fc.tuple(anyText, anyText).map(([user, password]) => `${user}:${password}@`),
  fc.constantFrom('user@', ':pw@', 'u:p%ZZ@', 'u%40x:p%3A@', '@', 'a:b:c@'),
);
const paths = fc.oneof(
  fc.constant(''),
  fc.webPath(),
  fc.webQueryParameters().map((query) => `/?${query}`),
  anyText,
);

/** scheme://user:pw@host:port/path, each part valid or not. */
const urlLike = (schemes: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...schemes), userInfo, hosts, ports, paths)
    .map(([scheme, user, host, port, path]) => `${scheme}${user}${host}${port}${path}`);

const targetLines = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  urlLike(['https://', 'http://', 'HTTPS://', 'stun:', 'stun://', '//', '', 'ftp://', 'javascript:']),
  anyText,
);

/** Outline and Shadowsocks keys: SIP002 with base64url or percent-encoded user info, prefixes, plugins, tags. */
const accessKeys = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('chacha20-ietf-poly1305', 'aes-256-gcm', 'aes-128-gcm', 'rc4-md5', 'AES-128-GCM', ''),
      anyText,
      fc.constantFrom('b64', 'plain', 'raw'),
      hosts,
      ports,
      fc.constantFrom(
        '',
        '/',
        '/?prefix=%16%03%01%00%C2%A8%01%01',
        '?prefix=%E2%82%AC',
        '/?plugin=obfs-local',
        '?outline=1',
      ),
      fc.constantFrom('', '#Office', '#%ZZ', '#'),
    )
    .map(([method, password, form, host, port, query, tag]) => {
      const info = `${method}:${password}`;
      const user =
        form === 'b64'
          ? Buffer.from(info).toString('base64url')
          : form === 'plain'
            ? encodeURIComponent(method) + ':' + encodeURIComponent(password)
            : info;
      return `ss://${user}@${host}${port}${query}${tag}`;
    }),
  urlLike(['ssconf://', 'SSCONF://', 'ss://']),
  anyText.map((text) => `ss://${text}`),
);

/** What an ssconf:// address serves: Outline's JSON, any JSON, or a ss:// line. */
const keyConfigs = fc.oneof(
  fc
    .record(
      {
        server: fc.oneof(hosts, fc.integer()),
        server_port: fc.oneof(fc.integer({ min: -1, max: 70_000 }), fc.constant('8388'), anyText),
        password: fc.oneof(anyText, fc.constant(null)),
        method: fc.constantFrom('chacha20-ietf-poly1305', 'aes-128-gcm', 'none'),
        prefix: fc.oneof(anyText, fc.constant('\u0016\u0003\u0001'), fc.constant(7)),
      },
      { requiredKeys: [] },
    )
    .map((record) => JSON.stringify(record)),
  accessKeys,
  fc.json(),
  anyText,
);

const routeUrls = fc.oneof(
  accessKeys,
  urlLike(['socks4://', 'socks4a://', 'socks5://', 'socks5h://', 'http://', 'https://', 'doh:https://', 'doh:http://']),
  fc.tuple(fc.constantFrom('bind:', 'strategy:', 'doh:'), anyText).map(([scheme, rest]) => `${scheme}${rest}`),
  fc
    .array(fc.constantFrom('tls-split', 'tcp-split=40', 'tcp-split=0', 'sni-decoy=example.org', 'sni-decoy=', 'x'), {
      maxLength: 4,
    })
    .map((items) => `strategy:${items.join(',')}`),
  anyText,
);

const csvField = fc.oneof(
  fc.webUrl(),
  anyText,
  anyText.map((text) => `"${text.replaceAll('"', '""')}"`),
  fc.constantFrom('"unclosed', '""', 'NEWS', ''),
);
const csvFiles = fc
  .tuple(
    fc.constantFrom(
      'url,category_code,category_description,date_added,source,notes',
      'url,category',
      '\uFEFFURL,Category_Code,category_description,date_added,source,notes',
      '',
    ),
    fc.array(fc.array(csvField, { maxLength: 8 }), { maxLength: 12 }),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([header, rows, newline]) => [header, ...rows.map((row) => row.join(','))].join(newline));

/** A real report, cut, with a character changed, or replaced by any JSON or text at all. */
const REPORT = sampleReportText();
const reportTexts = fc.oneof(
  fc.nat({ max: REPORT.length }).map((end) => REPORT.slice(0, end)),
  fc
    .tuple(fc.nat({ max: REPORT.length - 1 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }))
    .map(([at, text]) => `${REPORT.slice(0, at)}${text}${REPORT.slice(at + 1)}`),
  fc.json({ maxDepth: 6 }),
  fc.jsonValue().map((value) => JSON.stringify({ schemaVersion: 2, targets: value })),
  anyText,
);

const pathsFiles = fc.oneof(
  fc
    .array(fc.record({ name: fc.oneof(fc.string(), fc.constant('office')), url: routeUrls }), { maxLength: 6 })
    .map((routes) => JSON.stringify({ paths: routes })),
  fc.json(),
  anyText,
);

/** Bridge lines as Tor's bridge service hands them out, with their parts shuffled, cut or replaced. */
const bridgeLines = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('obfs4 ', '', 'snowflake ', 'Bridge obfs4 ', 'webtunnel '),
      fc.oneof(
        fc.ipV4().map((a) => `${a}:443`),
        fc.ipV6().map((a) => `[${a}]:443`),
        anyText,
      ),
      fc.constantFrom(' 0123456789ABCDEF0123456789ABCDEF01234567', ' ', ' XYZ'),
      fc.constantFrom(
        ' cert=ssH+9rP8dG2NLJN2XrE0lIaUpv8AaaAs7LSz6P7HSvxJRkwlHl7AGfXYsoHQ2Y0MzNs1Sg iat-mode=0',
        '',
        ' cert=',
        ' a=b c',
      ),
    )
    .map((parts) => parts.join('')),
  anyText,
);

/** wg-quick files: sections and keys in any order, cut, with garbage lines. */
const wireguardFiles = fc
  .array(
    fc.oneof(
      fc.constantFrom('[Interface]', '[Peer]', '[Other]', '# comment', ''),
      fc.constantFrom('PrivateKey = ', 'PublicKey = ', 'PresharedKey = ', 'Endpoint = ', 'Address = ').chain((key) =>
        fc
          .oneof(
            fc.base64String({ minLength: 44, maxLength: 44 }),
            fc.ipV4().map((a) => `${a}:51820`),
            anyText,
          )
          .map((value) => key + value),
      ),
      anyText,
    ),
    { maxLength: 14 },
  )
  .map((lines) => lines.join('\n'));

/** A shown URL holds no password, no lone user (a token) and no query value but the mark. */
function isMasked(shown: string): boolean {
  if (shown === SECRET_MARK) return true;
  const url = URL.parse(shown);
  if (url === null) return false;
  const mark = encodeURIComponent(SECRET_MARK);
  const userInfo = url.password === '' ? [url.username === '' || url.username === mark] : [url.password === mark];
  const query = [...url.searchParams.values()].map((value) => value === '' || value === SECRET_MARK);
  return [...userInfo, ...query].every(Boolean);
}

function codeOnly(code: string, words: Readonly<Record<string, string>>): Outcome {
  return { code, message: words[code] ?? '' };
}

export const PARSERS: readonly FuzzedParser[] = [
  {
    name: 'target lines (lists, arguments, the app’s target box)',
    inputs: targetLines,
    parse: (input) => {
      const parsed = parseTarget(input);
      return parsed.ok ? 'accepted' : codeOnly(parsed.code, INPUT_ERROR_TEXT);
    },
  },
  {
    name: 'route URLs (--path NAME=URL)',
    inputs: fc.tuple(fc.oneof(fc.constant('office'), anyText), routeUrls).map(([name, url]) => `${name}=${url}`),
    parse: (input) => {
      const parsed = parsePathArgument(input, { passwordFor: () => undefined });
      return parsed.ok ? 'accepted' : codeOnly(parsed.code, PATH_ERROR_TEXT);
    },
  },
  {
    name: 'route URLs with a password from the environment',
    inputs: routeUrls,
    parse: (input) => {
      const parsed = parsePath('office', input, { passwordFor: () => 'from-env' });
      return parsed.ok ? 'accepted' : codeOnly(parsed.code, PATH_ERROR_TEXT);
    },
  },
  {
    name: 'user info (user:password, percent-encoded)',
    inputs: fc.oneof(
      anyText,
      userInfo.map((info) => info.replace(/@$/, '')),
    ),
    parse: (input) => (decodeUserInfo(input) === 'bad' ? codeOnly('bad-credentials', PATH_ERROR_TEXT) : 'accepted'),
  },
  {
    name: 'URLs shown with their secrets masked',
    inputs: fc.oneof(routeUrls, targetLines),
    parse: (input) => (isMasked(splitUrlText(input).shown) ? 'accepted' : { code: 'secret-shown', message: '' }),
  },
  {
    name: 'Citizen Lab test lists (CSV)',
    inputs: csvFiles,
    parse: (input) => {
      const { errors } = parseTestListCsv(input, 'list.csv');
      const [first] = errors;
      return first === undefined ? 'accepted' : codeOnly(first.code, INPUT_ERROR_TEXT);
    },
  },
  {
    name: 'report files (JSON)',
    inputs: reportTexts,
    parse: (input) => {
      const read = parseReportBytes(new TextEncoder().encode(input));
      return read.ok ? 'accepted' : { code: read.error.code, message: describeReadError(t, read.error) };
    },
  },
  {
    name: 'routes files (--paths FILE)',
    inputs: pathsFiles,
    parse: (input) => {
      const [first] = pathsFromFile('paths.json', input, { passwordFor: () => undefined }).errors;
      return first === undefined ? 'accepted' : codeOnly(first.code, PATH_ERROR_TEXT);
    },
  },
  {
    name: 'resolvers (--resolver IP[:PORT])',
    inputs: fc.oneof(
      fc
        .tuple(
          fc.oneof(
            fc.ipV4(),
            fc.ipV6().map((a) => `[${a}]`),
            fc.ipV6(),
            anyText,
          ),
          ports,
        )
        .map(([h, p]) => h + p),
      anyText,
    ),
    parse: (input) => {
      try {
        parseResolver(input);
        return 'accepted';
      } catch (error) {
        // The CLI's usage errors are its typed rejection; anything else escaping is a bug.
        if (error instanceof UsageError) return { code: 'usage', message: error.message };
        throw error;
      }
    },
  },
  {
    name: 'Outline and Shadowsocks keys (ss://, ssconf://)',
    inputs: accessKeys,
    parse: (input) => {
      const parsed = parsePath('key', input);
      return parsed.ok ? 'accepted' : codeOnly(parsed.code, PATH_ERROR_TEXT);
    },
  },
  {
    name: 'dynamic keys as their address serves them (JSON or a ss:// line)',
    inputs: keyConfigs,
    parse: (input) => {
      const parsed = parseKeyConfig(input);
      return parsed.ok ? 'accepted' : codeOnly(parsed.code, PATH_ERROR_TEXT);
    },
  },
  {
    name: 'Tor bridge lines',
    inputs: bridgeLines,
    parse: (input) => {
      const parsed = parseBridgeLine(input);
      return parsed.ok ? 'accepted' : codeOnly(parsed.code, TOOL_INPUT_ERROR_TEXT);
    },
  },
  {
    name: 'WireGuard configuration files',
    inputs: wireguardFiles,
    parse: (input) => {
      const parsed = parseWireguardConfig(input);
      return parsed.ok ? 'accepted' : codeOnly(parsed.code, TOOL_INPUT_ERROR_TEXT);
    },
  },
];

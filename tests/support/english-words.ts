/**
 * The one English-word checker of the tests: the catalogs' unit test runs it over
 * every translated string, the end-to-end tests over the text a screen shows in
 * Azerbaijani or Russian. It finds whole English words that a translation should
 * have replaced, after taking out what stays the same in every language: parameters,
 * URL schemes, product names and codes.
 */

/** Product names and codes that stay as they are in every language (longer ones first). */
export const NAMES: readonly string[] = [
  'category_code',
  'bridges.torproject.org',
  'torproject.org',
  'PresharedKey',
  'PrivateKey',
  'PublicKey',
  'Interface',
  'Endpoint',
  'iat-mode',
  'cert',
  'Peer',
  'Tor Browser',
  'obfs4proxy',
  'Citizen Lab',
  'Cloudflare',
  'Firefox',
  'Android',
  'Chrome',
  'iPhone',
  'Apple',
  'Mac',
  'WireGuard',
  'lyrebird',
  'OONI Probe',
  'tls-split',
  'tcp-split',
  'SOCKS5',
  'HTTPS',
  'HTTP',
  'STUN',
  'Detour',
  'Outline',
  'Shadowsocks',
  'obfs4',
  'Tor',
  'VPN',
  'DNS',
  'UDP',
  'ms',
  'MiB',
  'SNI',
  'TLS',
  'CSV',
  'JSON',
  'IP',
];

/** Common English words, each a sure sign of an untranslated sentence or label. */
export const ENGLISH_WORDS: readonly string[] = [
  'the',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'is',
  'are',
  'was',
  'were',
  'be',
  'not',
  'no',
  'none',
  'nothing',
  'all',
  'only',
  'this',
  'that',
  'it',
  'its',
  'your',
  'you',
  'site',
  'sites',
  'blocked',
  'block',
  'network',
  'route',
  'routes',
  'connection',
  'connections',
  'page',
  'works',
  'work',
  'calls',
  'call',
  'address',
  'addresses',
  'secure',
  'certificate',
  'request',
  'answer',
  'reset',
  'down',
  'unclear',
  'slowed',
  'proxy',
  'helps',
  'help',
  'try',
  'again',
  'later',
  'outside',
  'same',
  'name',
  'check',
  'run',
  'fix',
  'other',
  'another',
  'after',
  'before',
  'every',
  'used',
  'voice',
  'sure',
  'likely',
  // The engine's name for the user's own connection: a reader sees it in their language.
  'direct',
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `text` without `phrase` wherever it stands as a whole (not inside a longer word). */
function withoutPhrase(text: string, phrase: string, flags = 'gu'): string {
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, flags), ' ');
}

/** The text without parameters, URLs' schemes and names: what is left must be the language's own. */
export function ownWords(text: string): string {
  let rest = text.replace(/\{\{[^}]*\}\}/g, ' ').replace(/https?:\/\//gi, ' ');
  for (const name of NAMES) rest = withoutPhrase(rest, name, 'giu');
  return rest;
}

/** The words of a text, lower-cased: split on anything but letters and digits, so `\b`'s ASCII view never matters. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * The English words in `text`, whole words only (`\b` is ASCII-only and would find
 * "is" in Azerbaijani "isə"), each once, in the order of `vocabulary`.
 */
export function englishWordsIn(text: string, vocabulary: Iterable<string> = ENGLISH_WORDS): string[] {
  const words = new Set(wordsOf(ownWords(text)));
  return [...new Set(vocabulary)].filter((word) => words.has(word));
}

/**
 * Every word of the English catalog that the translation never uses itself (names
 * such as Tor or VPN it does use), with the common words above: in text shown in
 * that language, any of them is a string left in English. Words of one letter are
 * left out, they say nothing.
 */
export function englishVocabulary(
  english: Readonly<Record<string, string>>,
  translation: Readonly<Record<string, string>>,
): string[] {
  const own = new Set(Object.values(translation).flatMap((text) => wordsOf(ownWords(text))));
  const catalog = Object.values(english).flatMap((text) => wordsOf(ownWords(text)));
  return [...new Set([...ENGLISH_WORDS, ...catalog])].filter(
    (word) => word.length > 1 && !own.has(word) && !/^\p{N}+$/u.test(word),
  );
}

/**
 * Text a screen shows without what is not the app's language: the user's own data
 * (`userData`: sites, route names, page titles…), addresses of every form (anything
 * with `://`, an inner colon as in `host:port`, or an inner dot as in `dns.example`)
 * and numbers.
 */
export function withoutUserData(text: string, userData: readonly string[] = []): string {
  let rest = text;
  // Longest first, so a URL goes before a shorter name inside it.
  for (const item of [...userData].sort((a, b) => b.length - a.length)) {
    if (item !== '') rest = rest.split(item).join(' ');
  }
  return rest
    .replace(/\S*:\/\/\S*/gu, ' ')
    .replace(/\S*[\p{L}\p{N}]:[\p{L}\p{N}/]\S*/gu, ' ')
    .replace(/\S*[\p{L}\p{N}]\.[\p{L}\p{N}]\S*/gu, ' ')
    .replace(/\p{N}+/gu, ' ');
}

import type { CatalogEntry } from './catalog.ts';

/**
 * Targets that matter everywhere: the services people ask about first when
 * something stops working, measured at the endpoints their apps really use.
 * Written for Detour from the sources cited beside each group; no third-party
 * test list is copied here.
 */

/** Sites no censor has a reason to block: if these fail too, the network is down. */
const CONTROLS: readonly CatalogEntry[] = [
  // RFC 2606 §3 reserves example.com, example.net and example.org for documentation;
  // IANA serves a plain page on each.
  {
    input: 'https://example.com/',
    category: 'control',
    name: 'example.com (RFC 2606)',
    brand: 'example.com',
    kind: 'neutral',
  },
  {
    input: 'https://example.org/',
    category: 'control',
    name: 'example.org (RFC 2606)',
    brand: 'example.org',
    kind: 'neutral',
  },
  {
    input: 'https://example.net/',
    category: 'control',
    name: 'example.net (RFC 2606)',
    brand: 'example.net',
    kind: 'neutral',
  },
];

/** The services' own front pages. */
const SOCIAL: readonly CatalogEntry[] = [
  // OONI's Azerbaijan report (2021) found www.facebook.com blocked during the 2020 war.
  { input: 'https://www.facebook.com/', category: 'social', name: 'Facebook', brand: 'Facebook', kind: 'website' },
  { input: 'https://www.instagram.com/', category: 'social', name: 'Instagram', brand: 'Instagram', kind: 'website' },
  { input: 'https://x.com/', category: 'social', name: 'X (Twitter)', brand: 'X (Twitter)', kind: 'website' },
  { input: 'https://www.youtube.com/', category: 'social', name: 'YouTube', brand: 'YouTube', kind: 'website' },
  // OONI "OONI measurements show ongoing internet censorship in Azerbaijan" (2023):
  // www.tiktok.com blocked in Azerbaijan and Armenia amid the September 2022 clashes.
  { input: 'https://www.tiktok.com/', category: 'social', name: 'TikTok', brand: 'TikTok', kind: 'website' },
];

const MESSAGING: readonly CatalogEntry[] = [
  // WhatsApp. OONI test spec ts-018-whatsapp: the web client, and the registration
  // service that a new account needs (https://v.whatsapp.net/v2/register).
  {
    input: 'https://web.whatsapp.com/',
    category: 'messaging',
    name: 'WhatsApp web',
    brand: 'WhatsApp',
    kind: 'web-app',
  },
  {
    input: 'https://v.whatsapp.net/v2/register',
    category: 'messaging',
    name: 'WhatsApp registration',
    brand: 'WhatsApp',
    kind: 'sign-up',
    note: 'new accounts need it',
  },
  // WhatsApp's own proxy (github.com/WhatsApp/proxy, proxy/src/proxy_config.cfg and
  // README): chat goes to g.whatsapp.net:5222 ("WhatsApp default"), and
  // *.whatsapp.net traffic including media to whatsapp.net:443.
  {
    input: 'g.whatsapp.net:5222',
    category: 'messaging',
    name: 'WhatsApp chat (app)',
    brand: 'WhatsApp',
    kind: 'app-chat',
    note: 'TCP only',
  },
  {
    input: 'whatsapp.net:443',
    category: 'messaging',
    name: 'WhatsApp media (app)',
    brand: 'WhatsApp',
    kind: 'media',
    note: 'TCP only',
  },
  // ts-018 also has the app connect to e1…e16.whatsapp.net on 443 and 5222; one stands for them.
  {
    input: 'e1.whatsapp.net:5222',
    category: 'messaging',
    name: 'WhatsApp endpoint e1',
    brand: 'WhatsApp',
    kind: 'app-servers',
    note: 'TCP only',
  },

  // Telegram. OONI test spec ts-020-telegram: web.telegram.org, and the five
  // access points (DCs) of the desktop client, connected to on ports 80 and 443.
  {
    input: 'https://web.telegram.org/',
    category: 'messaging',
    name: 'Telegram web',
    brand: 'Telegram',
    kind: 'web-app',
  },
  { input: 'https://telegram.org/', category: 'messaging', name: 'Telegram site', brand: 'Telegram', kind: 'website' },
  {
    input: '149.154.175.50:443',
    category: 'messaging',
    name: 'Telegram DC1',
    brand: 'Telegram',
    kind: 'app-servers',
    index: 1,
    note: 'TCP only',
  },
  {
    input: '149.154.167.51:443',
    category: 'messaging',
    name: 'Telegram DC2',
    brand: 'Telegram',
    kind: 'app-servers',
    index: 2,
    note: 'TCP only',
  },
  {
    input: '149.154.175.100:443',
    category: 'messaging',
    name: 'Telegram DC3',
    brand: 'Telegram',
    kind: 'app-servers',
    index: 3,
    note: 'TCP only',
  },
  {
    input: '149.154.167.91:443',
    category: 'messaging',
    name: 'Telegram DC4',
    brand: 'Telegram',
    kind: 'app-servers',
    index: 4,
    note: 'TCP only',
  },
  {
    input: '149.154.171.5:443',
    category: 'messaging',
    name: 'Telegram DC5',
    brand: 'Telegram',
    kind: 'app-servers',
    index: 5,
    note: 'TCP only',
  },

  // Signal. The site, then the service the Android app talks to (Signal-Android's
  // app/build.gradle.kts: SIGNAL_URL https://chat.signal.org, STORAGE_URL, CDN URLs;
  // OONI ts-029-signal tests the same storage and CDN hosts). Those servers present
  // certificates from Signal's own CA, which no system trusts (ts-029 pins it), so
  // they are measured as TCP: a TLS check would call every one of them intercepted.
  { input: 'https://signal.org/', category: 'messaging', name: 'Signal site', brand: 'Signal', kind: 'website' },
  {
    input: 'chat.signal.org:443',
    category: 'messaging',
    name: 'Signal service',
    brand: 'Signal',
    kind: 'app-servers',
    note: "TCP only: Signal's own CA",
  },
  {
    input: 'storage.signal.org:443',
    category: 'messaging',
    name: 'Signal storage',
    brand: 'Signal',
    kind: 'storage',
    note: "TCP only: Signal's own CA",
  },
  {
    input: 'cdn.signal.org:443',
    category: 'messaging',
    name: 'Signal CDN',
    brand: 'Signal',
    kind: 'media',
    note: "TCP only: Signal's own CA",
  },

  // Facebook Messenger. The web client, and the endpoints OONI test spec
  // ts-019-facebook-messenger connects to over TCP on port 443.
  {
    input: 'https://www.messenger.com/',
    category: 'messaging',
    name: 'Messenger web',
    brand: 'Messenger',
    kind: 'web-app',
  },
  {
    input: 'edge-mqtt.facebook.com:443',
    category: 'messaging',
    name: 'Messenger chat (app)',
    brand: 'Messenger',
    kind: 'app-chat',
    note: 'TCP only',
  },
  {
    input: 'b-api.facebook.com:443',
    category: 'messaging',
    name: 'Messenger API (app)',
    brand: 'Messenger',
    kind: 'app-servers',
    index: 1,
    note: 'TCP only',
  },
  {
    input: 'star.c10r.facebook.com:443',
    category: 'messaging',
    name: 'Messenger edge (app)',
    brand: 'Messenger',
    kind: 'app-servers',
    index: 2,
    note: 'TCP only',
  },
  {
    input: 'scontent.xx.fbcdn.net:443',
    category: 'messaging',
    name: 'Messenger media (app)',
    brand: 'Messenger',
    kind: 'media',
    note: 'TCP only',
  },
];

/**
 * Public STUN servers: a call needs UDP to reach one before any media flows.
 * stun.l.google.com:19302 is OONI's default (ts-025-stun-reachability); the others
 * are from OONI probe-cli's internal/stuninput list, kept in step with the STUN
 * servers Tor's Snowflake uses.
 */
const CALLS: readonly CatalogEntry[] = [
  {
    input: 'stun:stun.l.google.com:19302',
    category: 'calls',
    name: 'Google STUN',
    brand: 'Google',
    kind: 'call-server',
  },
  {
    input: 'stun:stun.voip.blackberry.com:3478',
    category: 'calls',
    name: 'BlackBerry STUN',
    brand: 'BlackBerry',
    kind: 'call-server',
  },
  {
    input: 'stun:stun.antisip.com:3478',
    category: 'calls',
    name: 'Antisip STUN',
    brand: 'Antisip',
    kind: 'call-server',
  },
  {
    input: 'stun:stun.sonetel.com:3478',
    category: 'calls',
    name: 'Sonetel STUN',
    brand: 'Sonetel',
    kind: 'call-server',
  },
  {
    input: 'stun:stun.voipgate.com:3478',
    category: 'calls',
    name: 'VoIPgate STUN',
    brand: 'VoIPgate',
    kind: 'call-server',
  },
];

/**
 * Where people get circumvention tools: blocking these sites is how a censor stops
 * the next download. OONI's Azerbaijan reports (2021, 2023) found the Tor Project
 * and Psiphon sites blocked there while the tools themselves still worked.
 */
const CIRCUMVENTION: readonly CatalogEntry[] = [
  {
    input: 'https://www.torproject.org/',
    category: 'circumvention',
    name: 'Tor Project',
    brand: 'Tor Project',
    kind: 'website',
  },
  {
    input: 'https://bridges.torproject.org/',
    category: 'circumvention',
    name: 'Tor bridges',
    brand: 'Tor Project',
    kind: 'bridges',
  },
  { input: 'https://psiphon.ca/', category: 'circumvention', name: 'Psiphon', brand: 'Psiphon', kind: 'website' },
  { input: 'https://getlantern.org/', category: 'circumvention', name: 'Lantern', brand: 'Lantern', kind: 'website' },
  {
    input: 'https://getoutline.org/',
    category: 'circumvention',
    name: 'Outline (Jigsaw)',
    brand: 'Outline (Jigsaw)',
    kind: 'website',
  },
];

/** International newsrooms with their own correspondents, often the first sites blocked. */
const NEWS: readonly CatalogEntry[] = [
  { input: 'https://www.bbc.com/news', category: 'news', name: 'BBC News', brand: 'BBC News', kind: 'website' },
  { input: 'https://www.dw.com/', category: 'news', name: 'Deutsche Welle', brand: 'Deutsche Welle', kind: 'website' },
  { input: 'https://www.reuters.com/', category: 'news', name: 'Reuters', brand: 'Reuters', kind: 'website' },
  {
    input: 'https://apnews.com/',
    category: 'news',
    name: 'Associated Press',
    brand: 'Associated Press',
    kind: 'website',
  },
  {
    input: 'https://www.theguardian.com/',
    category: 'news',
    name: 'The Guardian',
    brand: 'The Guardian',
    kind: 'website',
  },
];

/*
 * Left out on purpose: Skype (Microsoft retired it on 5 May 2025 in favour of Teams),
 * and Facebook's STUN host stun.fbsbx.com (ts-019 only resolves it; its port is not
 * documented, and a guessed one would make calls look blocked).
 */
export const GLOBAL_CATALOG: readonly CatalogEntry[] = [
  ...CONTROLS,
  ...SOCIAL,
  ...MESSAGING,
  ...CALLS,
  ...CIRCUMVENTION,
  ...NEWS,
];

/**
 * The censorship lab's fixed world: the addresses and names every scenario can use.
 *
 * Three network namespaces per run: a client whose only way out is a censor router,
 * behind which a world hosts sites, a resolver, DNS-over-HTTPS, STUN and proxies.
 * The namespaces have no link to the host or the Internet, so any address is safe
 * inside them. The world's "public" addresses are in 11.0.0.0/8: global unicast, so
 * the engine does not take them for bogons, and never reachable from the lab anyway.
 */

export const LINKS = {
  /** The client's home network, private as at home. */
  clientNet: '10.200.1.0/24',
  client: '10.200.1.2',
  routerClientSide: '10.200.1.1',
  /** The router's uplink to the world. */
  worldNet: '10.200.2.0/24',
  routerWorldSide: '10.200.2.1',
  worldLink: '10.200.2.2',
  /** Routed by the router to the world; every service address below is in it. */
  worldPublicNet: '11.0.0.0/8',
} as const;

export interface LabSite {
  /** A short key scenarios use. */
  key: string;
  /** The names it answers to; the first is its main name. */
  names: readonly string[];
  address: string;
  /** The `<title>` of its home page, for checking what was really fetched. */
  title: string;
  /** Files it serves besides the home page: random bytes, by file name at the root, with their size. */
  files?: Readonly<Record<string, number>>;
  /** Paths answered with `302 Found` and this Location, over http and https alike. */
  redirects?: Readonly<Record<string, string>>;
  /** Answers CONNECTIVITY_CHECK_PATH with 204 No Content, as an operating system's connectivity check expects. */
  connectivityCheck?: boolean;
  /**
   * Its https certificate: by default the lab CA's leaf; `self-signed`, one that names
   * the site and is signed by its own key (SELF_SIGNED_ISSUER), the same for everyone
   * who asks: a server's own misconfiguration, not an interception.
   */
  certificate?: 'self-signed';
  /**
   * Requests from these addresses get 503 and a bot-wall page (REFUSAL_PAGE_TITLE),
   * everyone else the home page: a site refusing a network (geo-blocking, sanctions,
   * bot walls), over its valid certificate.
   */
  refuses?: readonly string[];
}

/** The size of video.lab's /big.bin: long downloads, for throughput and stall tests. */
export const BIG_FILE_BYTES = 8 * 1024 * 1024;
/** The size of video.lab's /medium.bin: a download of about 5 s at 256 kbit/s, past the throttle rule's 3 s window. */
export const MEDIUM_FILE_BYTES = 160 * 1024;

/** Where a site with `connectivityCheck` answers 204 No Content, as Chromium's check URL does. */
export const CONNECTIVITY_CHECK_PATH = '/generate_204';

/** Every site serves http on 80 and https on 443 with a certificate from the lab CA, unless it says otherwise. */
export const SITES: readonly LabSite[] = [
  { key: 'news', names: ['news.lab', 'www.news.lab'], address: '11.1.0.10', title: 'News Lab: independent news' },
  { key: 'radio', names: ['radio.lab'], address: '11.1.0.11', title: 'Radio Lab: free radio' },
  { key: 'tv', names: ['tv.lab'], address: '11.1.0.12', title: 'TV Lab: online television' },
  /** A link shortener: /c sends people on to news.lab, whose name a censor's resolver may refuse. */
  {
    key: 'short',
    names: ['short.lab'],
    address: '11.1.0.13',
    title: 'Short Lab: links made short',
    redirects: { '/c': 'http://news.lab/' },
  },
  { key: 'social', names: ['social.lab'], address: '11.1.0.20', title: 'Social Lab' },
  { key: 'messenger', names: ['messenger.lab'], address: '11.1.0.21', title: 'Messenger Lab' },
  /** A site whose own certificate is self-signed: down for everyone over https, whatever the network. */
  {
    key: 'selfsigned',
    names: ['selfsigned.lab'],
    address: '11.1.0.22',
    title: 'Self-signed Lab',
    certificate: 'self-signed',
  },
  /** Refuses the client's network (its address) with a bot wall; the proxies, in the world, get the page. */
  {
    key: 'refuser',
    names: ['refuser.lab'],
    address: '11.1.0.23',
    title: 'Refuser Lab: visitors welcome, some',
    refuses: [LINKS.client],
  },
  {
    key: 'video',
    names: ['video.lab'],
    address: '11.1.0.30',
    title: 'Video Lab',
    files: { 'big.bin': BIG_FILE_BYTES, 'medium.bin': MEDIUM_FILE_BYTES },
  },
  /** The neutral control every route must reach; never censored (but `site-down` may take it down). */
  {
    key: 'control',
    names: ['control.lab'],
    address: '11.1.0.40',
    title: 'Control Lab',
    connectivityCheck: true,
  },
  /** A second neutral control on its own address, never censored. */
  {
    key: 'control2',
    names: ['control2.lab'],
    address: '11.1.0.41',
    title: 'Second Control Lab',
    connectivityCheck: true,
  },
  /** Two names on one address: SNI filtering of one must not look like IP blocking of both. */
  { key: 'shared', names: ['shared-a.lab', 'shared-b.lab'], address: '11.1.0.50', title: 'Shared hosting Lab' },
];

/**
 * Names that exist nowhere, at the honest resolver (and so at DoH and for the proxies,
 * which ask it): `nxdomain` is unknown (NXDOMAIN, like every name not in the world);
 * `cname` is an alias to `cnameTarget`, which exists with no address (a TXT record
 * only), so both answer A and AAAA with NOERROR and no address.
 */
export const NOWHERE = {
  nxdomain: 'nowhere.lab',
  cname: 'alias.lab',
  cnameTarget: 'void.lab',
} as const;

export const SERVICES = {
  /** dnsmasq with every lab name: the honest resolver the censor forwards to. */
  resolver: '11.1.0.53',
  /** DNS-over-HTTPS (RFC 8484) answering from the honest resolver. */
  doh: { address: '11.1.0.54', url: 'https://11.1.0.54/dns-query' },
  stun: { address: '11.1.0.60', port: 3478 },
  microsocks: { address: '11.1.0.70', port: 1080 },
  dante: { address: '11.1.0.71', port: 1080 },
  tinyproxy: { address: '11.1.0.72', port: 8888 },
  /**
   * A WireGuard server (wireguard-go, started when a scenario checks configurations): one
   * device on `port`, a second on `secondPort`, both answering on every world address,
   * so `alias` is the same server at another address.
   */
  wireguard: { address: '11.1.0.80', port: 51820, secondPort: 51821 },
  wireguardAlias: '11.1.0.81',
  /**
   * A Tor bridge relay (BridgeRelay 1, never published; started when a scenario checks
   * bridges): plain Tor on `orPort`, obfs4 on `obfs4Port`, on every world address, so the
   * aliases are the same bridge at addresses a scenario may censor on their own.
   */
  torBridge: { address: '11.1.0.90', orPort: 9001, obfs4Port: 9443 },
  torBridgeAliases: ['11.1.0.91', '11.1.0.92', '11.1.0.93', '11.1.0.94'],
  /**
   * Shadowsocks (Debian's ss-server with UDP relaying, started when a scenario has Outline
   * keys): one server on `port` and one on `secondPort`, both on every world address, so
   * `shadowsocksAlias` is the same server at an address a scenario may blackhole alone.
   */
  shadowsocks: { address: '11.1.0.100', port: 8388, secondPort: 8389 },
  shadowsocksAlias: '11.1.0.101',
  /**
   * Where a forging resolver sends people: a server showing a block page, over https
   * behind a certificate from its own CA (SINKHOLE_CA_NAME), which the client does not trust.
   */
  sinkhole: '11.1.0.99',
  /**
   * Another sinkhole, as some national ones are: the block page over http, and
   * nothing on 443, where connections are refused with a reset.
   */
  sinkholeHttpOnly: '11.1.0.98',
} as const;

/**
 * The common name of the sinkhole's own CA, which the client does not trust: the issuer
 * of the certificate the sinkhole presents over https for any name.
 */
export const SINKHOLE_CA_NAME = 'Lab Sinkhole CA';

/** The private address a lying resolver answers with for `dns-bogon`. */
export const BOGON_ANSWER = '10.10.34.35';

/** The title of every block page in the lab (the router's and the sinkholes'). */
export const BLOCK_PAGE_TITLE = 'Access to this resource is restricted';

/** The title of the bot-wall page a site with `refuses` shows the addresses it refuses. */
export const REFUSAL_PAGE_TITLE = 'Verify you are human';

/**
 * The router's login page for `captive-portal`: every plain-HTTP request from the
 * client is sent there with a 302, and the page itself answers at this URL.
 */
export const CAPTIVE_PORTAL = {
  url: `http://${LINKS.routerClientSide}/login`,
  title: 'Log in to Lab Wi-Fi',
} as const;

/** The issuer (and subject) of a `self-signed` site's certificate. */
export const SELF_SIGNED_ISSUER = 'selfsigned.lab';

export function siteByKey(key: string): LabSite {
  const site = SITES.find((s) => s.key === key);
  if (site === undefined) throw new Error(`no lab site "${key}"`);
  return site;
}

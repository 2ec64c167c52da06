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
}

/** Every site serves http on 80 and https on 443 with a certificate from the lab CA. */
export const SITES: readonly LabSite[] = [
  { key: 'news', names: ['news.lab', 'www.news.lab'], address: '11.1.0.10', title: 'News Lab: independent news' },
  { key: 'radio', names: ['radio.lab'], address: '11.1.0.11', title: 'Radio Lab: free radio' },
  { key: 'tv', names: ['tv.lab'], address: '11.1.0.12', title: 'TV Lab: online television' },
  { key: 'social', names: ['social.lab'], address: '11.1.0.20', title: 'Social Lab' },
  { key: 'messenger', names: ['messenger.lab'], address: '11.1.0.21', title: 'Messenger Lab' },
  /** Serves /big.bin (8 MiB) for throughput and stall tests. */
  { key: 'video', names: ['video.lab'], address: '11.1.0.30', title: 'Video Lab' },
  /** The neutral control every route must reach; never censored. */
  { key: 'control', names: ['control.lab'], address: '11.1.0.40', title: 'Control Lab' },
  /** Two names on one address: SNI filtering of one must not look like IP blocking of both. */
  { key: 'shared', names: ['shared-a.lab', 'shared-b.lab'], address: '11.1.0.50', title: 'Shared hosting Lab' },
];

/** The size of video.lab's /big.bin. */
export const BIG_FILE_BYTES = 8 * 1024 * 1024;

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
  torBridgeAliases: ['11.1.0.91', '11.1.0.92', '11.1.0.93'],
  /**
   * Where a forging resolver sends people: a server showing a block page, over https
   * behind a certificate from its own CA (SINKHOLE_CA_NAME), which the client does not trust.
   */
  sinkhole: '11.1.0.99',
} as const;

/**
 * The common name of the sinkhole's own CA, which the client does not trust: the issuer
 * of the certificate the sinkhole presents over https for any name.
 */
export const SINKHOLE_CA_NAME = 'Lab Sinkhole CA';

/** The private address a lying resolver answers with for `dns-bogon`. */
export const BOGON_ANSWER = '10.10.34.35';

/** The title of every block page in the lab (the router's and the sinkhole's). */
export const BLOCK_PAGE_TITLE = 'Access to this resource is restricted';

export function siteByKey(key: string): LabSite {
  const site = SITES.find((s) => s.key === key);
  if (site === undefined) throw new Error(`no lab site "${key}"`);
  return site;
}

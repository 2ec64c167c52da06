/**
 * Pages a site (or its CDN) shows visitors it refuses: CAPTCHA challenges, bot walls
 * and country bans. Over HTTPS with the site's genuine certificate they are the site's
 * own answer, not a censor's (ooni/probe#2661: OONI counts them as http-diff). Each
 * entry cites where its signs are documented by the vendor.
 */
export interface BotWallFingerprint {
  /** A stable name for the evidence (shown in the details). */
  name: string;
  /** Matched against the page's `<title>`. */
  title?: RegExp;
  /** A response header (lower-case name) and what its value must match. */
  header?: { name: string; value: RegExp };
  /** Matched against the URL a redirect led to. */
  url?: RegExp;
  /** When set, the header or title counts only with this status. */
  status?: number;
}

export const BOT_WALL_FINGERPRINTS: readonly BotWallFingerprint[] = [
  {
    // Cloudflare, "Detect a Challenge Page response": challenge pages carry `cf-mitigated: challenge`.
    name: 'cloudflare-challenge',
    header: { name: 'cf-mitigated', value: /challenge/i },
  },
  {
    // Cloudflare's managed challenge and its older CAPTCHA page, by their titles.
    name: 'cloudflare-challenge',
    title: /^(just a moment\.\.\.|attention required! \| cloudflare)$/i,
  },
  {
    // Cloudflare, "Error 1009: Access denied — country or region banned" and 1020 (firewall rule).
    name: 'cloudflare-access-denied',
    title: /used cloudflare to restrict access/i,
  },
  {
    // Amazon CloudFront, "Restrict the geographic distribution of your content": a 403
    // with CloudFront's error page ("The request could not be satisfied").
    name: 'cloudfront-geo-restriction',
    header: { name: 'x-cache', value: /error from cloudfront/i },
    status: 403,
  },
  {
    // Akamai's "Access Denied … Reference #" page, served by its edge (Server: AkamaiGHost).
    name: 'akamai-access-denied',
    header: { name: 'server', value: /akamaighost/i },
    status: 403,
  },
  {
    // Imperva (Incapsula) blocks with its incident page and the X-Iinfo header.
    name: 'imperva-incident',
    header: { name: 'x-iinfo', value: /./ },
    status: 403,
  },
  {
    // DataDome, "Response headers": blocked requests carry X-DataDome.
    name: 'datadome',
    header: { name: 'x-datadome', value: /./ },
    status: 403,
  },
  {
    // Google sends traffic it finds unusual to /sorry/ with a CAPTCHA ("Our systems
    // have detected unusual traffic from your computer network").
    name: 'google-unusual-traffic',
    url: /^https?:\/\/(www\.|ipv4\.|ipv6\.)?google\.[a-z.]+\/sorry\//i,
  },
];

export interface PageSigns {
  status: number | undefined;
  title: string | undefined;
  headers: Readonly<Record<string, string>>;
  /** The final URL and every redirect location. */
  urls: readonly string[];
}

/** The first bot wall the page matches, if any. */
export function matchBotWall(page: PageSigns): BotWallFingerprint | undefined {
  return BOT_WALL_FINGERPRINTS.find((fingerprint) => {
    if (fingerprint.status !== undefined && fingerprint.status !== page.status) return false;
    const { header, title, url } = fingerprint;
    if (header !== undefined && header.value.test(page.headers[header.name] ?? '')) return true;
    if (title !== undefined && page.title !== undefined && title.test(page.title.trim())) return true;
    return url !== undefined && page.urls.some((each) => url.test(each));
  });
}

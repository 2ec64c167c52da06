/**
 * Signs of a national block page, written for this project from published
 * measurements. A match is strong evidence by itself (it needs no control), so
 * every entry is one we can cite; an unmatched block page is still caught by
 * comparing the page with the control's (content rules).
 *
 * Azerbaijan has no entry: OONI and Azerbaijan Internet Watch found blocked news
 * sites failing with connection timeouts (DPI), not block pages ("Media censorship in
 * Azerbaijan through the lens of network measurement", ooni.org/post/2021-azerbaijan,
 * 2021), which the connection rules catch.
 */
export interface BlockPageFingerprint {
  /** A stable name for the evidence (shown in the details). */
  name: string;
  /** Country (ISO 3166-1 alpha-2) where it was documented. */
  country: string;
  /** DNS answers pointing at the filter's own server. */
  addresses?: readonly string[];
  /** Redirect or final-URL host names of the block page. */
  hosts?: readonly string[];
  /** Matched against the page's `<title>`. */
  title?: RegExp;
}

export const BLOCK_PAGE_FINGERPRINTS: readonly BlockPageFingerprint[] = [
  {
    // Aryan, Aryan and Halderman, "Internet Censorship in Iran: A First Look" (FOCI '13):
    // filtered names resolve to 10.10.34.34–36, whose server frames peyvandha.ir.
    name: 'iran-peyvandha',
    country: 'IR',
    addresses: ['10.10.34.34', '10.10.34.35', '10.10.34.36'],
    hosts: ['peyvandha.ir', 'www.peyvandha.ir'],
  },
  {
    // OONI, "Indonesia: Internet Censorship" (2017): ISPs redirect blocked sites to
    // the "Internet Positif" page of the Ministry of Communication.
    name: 'indonesia-internet-positif',
    country: 'ID',
    hosts: ['internetpositif.id', 'www.internetpositif.id', 'internet-positif.info'],
    title: /internet\s*positif/i,
  },
  {
    // OONI, "New blocks emerge in Russia amid war in Ukraine" (2022): ISPs serve stub
    // pages titled "Доступ ограничен" / "Доступ к ресурсу ограничен" (access restricted)
    // citing the Roskomnadzor register.
    name: 'russia-access-restricted',
    country: 'RU',
    title: /доступ(\s+к\s+\S+\s+ресурсу|\s+к\s+ресурсу)?\s+ограничен/i,
  },
];

/** The first fingerprint the page or its address matches, if any. */
export function matchBlockPage(page: {
  addresses: readonly string[];
  hosts: readonly string[];
  title: string | undefined;
}): BlockPageFingerprint | undefined {
  const hosts = page.hosts.map((host) => host.toLowerCase());
  return BLOCK_PAGE_FINGERPRINTS.find(
    (fingerprint) =>
      fingerprint.addresses?.some((address) => page.addresses.includes(address)) === true ||
      fingerprint.hosts?.some((host) => hosts.includes(host)) === true ||
      (page.title !== undefined && fingerprint.title?.test(page.title) === true),
  );
}

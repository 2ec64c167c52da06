/**
 * The English catalog: every word Detour shows about verdicts, in plain language
 * first (`status.*`), with the technical detail kept for those who open it
 * (`reason.*`). Keys are flat; plurals follow i18next (`_one`, `_other`; other
 * languages add the forms they need, such as Russian `_few` and `_many`).
 * `{{…}}` are parameters from the engine's verdicts and summary.
 */
export const EN = {
  'status.ok': 'Works',
  'status.ok.explain': 'The site opened and showed the same page as from outside your network.',
  'status.ok.helps': 'Nothing to do.',
  'status.dns-tampering': 'Wrong address from DNS',
  'status.dns-tampering.explain':
    'Your network’s address book (DNS) gives a wrong, fake or missing address for this site, so your device never reaches it.',
  'status.dns-tampering.helps': 'Encrypted DNS (DNS over HTTPS) usually fixes this; so do a VPN, Tor and most proxies.',
  'status.tcp-blocked': 'Address blocked',
  'status.tcp-blocked.explain':
    'Connections to the site’s addresses go nowhere: the network silently drops them (IP blocking).',
  'status.tcp-blocked.helps': 'Only a route through another network helps: a VPN, Tor or a proxy.',
  'status.tcp-reset': 'Connection refused',
  'status.tcp-reset.explain': 'Every connection to the site is cut off as soon as it starts.',
  'status.tcp-reset.helps': 'Only a route through another network helps: a VPN, Tor or a proxy.',
  'status.tls-blocked': 'Secure connection cut',
  'status.tls-blocked.explain': 'The secure (HTTPS) connection to the site is cut off while it is being set up.',
  'status.tls-blocked.helps':
    'A VPN, Tor or a proxy helps; sometimes splitting the first message of the connection does.',
  'status.sni-filtering': 'Blocked by site name',
  'status.sni-filtering.explain':
    'The network reads the site’s name at the start of the secure connection and cuts it off. The same server works when the name is hidden or split.',
  'status.sni-filtering.helps':
    'Splitting the first message of the connection (tls-split, tcp-split) often helps; a VPN, Tor or a proxy always does.',
  'status.tls-mitm': 'Connection intercepted',
  'status.tls-mitm.explain':
    'Someone on your network presents a false certificate for this site to read or block your traffic. Do not enter passwords there.',
  'status.tls-mitm.helps': 'Use a VPN, Tor or a trusted proxy; never accept the certificate warning.',
  'status.http-blockpage': 'Block page',
  'status.http-blockpage.explain':
    'Instead of the site, your network shows a different page, often a notice that the site is blocked.',
  'status.http-blockpage.helps': 'Opening the site with https:// may help; a VPN, Tor or a proxy does.',
  'status.http-blocked': 'Request cut off',
  'status.http-blocked.explain': 'The connection opens, but it is cut off once your device asks for the page.',
  'status.http-blocked.helps': 'Opening the site with https:// may help; a VPN, Tor or a proxy does.',
  'status.throttled': 'Slowed down',
  'status.throttled.explain':
    'The site is reachable but far slower than from outside your network, or it freezes after a few kilobytes.',
  'status.throttled.helps': 'A VPN, Tor or a proxy usually restores the speed.',
  'status.udp-blocked': 'Calls blocked',
  'status.udp-blocked.explain':
    'The service used to set up voice and video calls does not answer on your network, so calls fail.',
  'status.udp-blocked.helps': 'A VPN, or a proxy that carries UDP (SOCKS5), can restore calls.',
  'status.site-refuses': 'The site refuses your network',
  'status.site-refuses.explain':
    'The site itself answers visitors from your network with an error or a “prove you are human” page, and everyone else with its page. Your network is not blocking it: the site is (for your country or your network’s address).',
  'status.site-refuses.helps': 'A route through another country helps: a VPN, Tor or a proxy.',
  'status.down': 'Site down',
  'status.down.explain':
    'The site does not work from anywhere, not even from outside your network. It is down, not blocked.',
  'status.down.helps': 'Try again later.',
  'status.path-failed': 'Route not working',
  'status.path-failed.explain':
    'This route itself does not work (the proxy cannot be reached or refused us), so it tells nothing about the site.',
  'status.path-failed.helps': 'Check the route’s address, user name and password, or whether it is running.',
  'status.inconclusive': 'Unclear',
  'status.inconclusive.explain': 'There is not enough evidence to say whether the site is blocked.',
  'status.inconclusive.helps': 'Add a route through another network (a proxy, Tor or a VPN) and run again.',

  'confidence.high': 'sure',
  'confidence.medium': 'likely',
  'confidence.low': 'possible',

  'reason.matches-control': 'Same page as through the control route.',
  'reason.reachable-no-control': 'The page opened; there was no route outside your network to compare it with.',
  'reason.is-control': 'This route is the reference the others are compared with.',
  'reason.dns-differs-valid-certificate':
    'DNS gave another address than encrypted DNS did ({{addresses}}), but the server there holds a valid certificate for the name: a content delivery network, not tampering.',
  'reason.site-content-differs':
    'The page (“{{title}}”) differs from the control’s (“{{controlTitle}}”), but it came from the site itself behind its valid certificate: a version of the site for your region.',
  'reason.dns-differs-same-content':
    'DNS gave another address than encrypted DNS did ({{addresses}}), but the page there is the same as the control’s.',
  'reason.dns-nxdomain': 'DNS says the name does not exist, yet it resolves elsewhere.',
  'reason.dns-bogon': 'DNS answered with a private or reserved address ({{addresses}}), which no public site has.',
  'reason.dns-injection':
    'Two different answers raced each other for one DNS question: someone on the path injected one.',
  'reason.dns-wrong-address':
    'DNS gave {{addresses}}, encrypted DNS gave {{expected}}, and what answers at the first is not the site.',
  'reason.dns-failure': 'The network’s DNS gave no usable answer ({{failure}}), while other resolvers did.',
  'reason.dns-ghost':
    'The network’s DNS gave an address ({{addresses}}) for a name that does not exist: encrypted DNS says there is no such name.',
  'reason.tcp-timeout': 'Connections to the site’s addresses got no answer before the deadline.',
  'reason.tcp-unreachable': 'The network reports the site’s addresses as unreachable.',
  'reason.tcp-refused': 'Connections were refused at once (a reset in answer to the first packet).',
  'reason.tcp-reset': 'Connections were reset as they opened.',
  'reason.tls-reset':
    'The connection was reset {{afterClientHelloMs}} ms after the site’s name was sent (a round trip takes {{connectRttMs}} ms).',
  'reason.tls-eof': 'The connection was closed right after the site’s name was sent.',
  'reason.tls-timeout': 'The secure handshake got no answer after the site’s name was sent.',
  'reason.tls-alert': 'The handshake was ended with an alert.',
  'reason.tls-error': 'The handshake failed.',
  'reason.sni-decoy-passes':
    'The same server answers when another name is sent instead ({{provenBy}}): the block depends on the name.',
  'reason.split-passes':
    'The same server answers when the first message is split ({{provenBy}}): the block reads the name.',
  'reason.cert-untrusted': 'The certificate was issued by “{{issuer}}”, which your device does not trust.',
  'reason.cert-name-mismatch': 'The certificate, issued by “{{issuer}}”, is not for this site.',
  'reason.cert-expired': 'The certificate, issued by “{{issuer}}”, is expired or not yet valid.',
  'reason.blockpage-fingerprint': 'A known block page ({{fingerprint}}).',
  'reason.status-unavailable-legal': 'The server answered 451 Unavailable For Legal Reasons.',
  'reason.status-differs': 'The server answered {{status}} where the control got {{controlStatus}}.',
  'reason.content-differs':
    'The page (“{{title}}”) differs from the control’s (“{{controlTitle}}”) in title and size ({{bodyProportion}} of its length).',
  'reason.http-reset': 'The connection was reset after the request was sent.',
  'reason.http-timeout': 'No answer came after the request was sent.',
  'reason.http-eof': 'The connection was closed after the request was sent.',
  'reason.http-error': 'The answer was broken or went round in circles.',
  'reason.slow-throughput':
    '{{kilobytesPerSecond}} KB a second, against {{controlKilobytesPerSecond}} KB through the control ({{percentOfControl}}% of it).',
  'reason.stall-window': 'The download froze after {{stalledAtBytes}} bytes, as a known kind of throttling does.',
  'reason.stall': 'The download stopped after {{stalledAtBytes}} bytes.',
  'reason.udp-no-answer': 'No answer to the call-setup (STUN) requests.',
  'reason.site-status-differs':
    'The site answered {{status}} to your network, behind its own valid certificate, where the control got {{controlStatus}}.',
  'reason.site-bot-wall':
    'The site answered {{status}} with a “prove you are human” or access-denied page ({{wall}}), behind its own valid certificate.',
  'reason.site-legal-451':
    'The site itself answered 451 Unavailable For Legal Reasons, behind its own valid certificate.',
  'reason.fails-everywhere': 'It fails on every route, including the control.',
  'reason.name-not-found':
    'The name does not exist: not on your network, not in encrypted DNS, not for your other routes.',
  'reason.site-certificate-invalid':
    'The site gives every route the same certificate, issued by “{{issuer}}”, which is not trusted: the site’s own problem, not anyone in between.',
  'reason.offline':
    'Nothing could be reached, not even the neutral sites: this device seems to be offline, so nothing is judged blocked.',
  'reason.captive-portal':
    'A login page (as on hotel or café Wi-Fi) answered in place of every site, so nothing is judged blocked.',
  'reason.no-reference':
    'It failed ({{failure}}), and no other route reached the site: a site that is down looks the same, so this is not called blocked.',
  'reason.congestion':
    'It timed out on a connection that took {{connectMs}} ms to open where {{baselineMs}} ms is usual: a congested link, not a block.',
  'reason.transient-failure': 'It failed once, then worked when measured again.',
  'reason.certificate-unverified':
    'The certificate, issued by “{{issuer}}”, is not trusted, and no route outside your network showed whether it is the site’s own. Do not enter passwords there.',
  'reason.refused-or-blocked-unencrypted':
    'An error page ({{status}}) came over plain HTTP, where anyone on the way can answer: blocked by the network or refused by the site, which cannot be told without encryption.',
  'reason.upstream-failure': 'This route could not reach the site: its proxy answered with an error of its own.',
  'detail.redirect-hop': 'This happened at {{hop}}, where the page redirects.',
  'reason.route-check-failed': 'The route failed its check before use.',
  'reason.route-failed': 'The route failed during the measurement.',
  'reason.unexplained-failure': 'It failed in a way no rule explains ({{failure}}).',
  'reason.not-measurable': 'This route cannot carry this kind of test (calls over a proxy without UDP).',
  'reason.not-measured': 'Not measured: the run was cancelled first.',

  'cli.what-this-means': 'What this means:',
  'cli.per-site': 'Site by site:',
  'cli.nothing-measured':
    'Nothing could be measured: every entry was rejected (see the lines above), so nothing is known about blocking.',
  'cli.restored-by': 'Works through: {{routes}}',
  'cli.not-restored-by': 'Still blocked through: {{routes}}',
  'cli.verdict-column': 'Your network',

  'summary.no-control':
    'None of your routes leads outside your network, so results are compared only with encrypted DNS and local tricks, and are less certain.',
  'summary.direct-only':
    'Only your own connection was tested. Add a proxy, Tor or a VPN to find out what restores access and to be more certain.',
  'summary.route-broken': 'The route “{{route}}” does not work; it was left out.',
  'summary.offline':
    'You seem to be offline: nothing could be reached, not even the neutral sites Detour checks first. Nothing is judged as blocked. Check your connection and run again.',
  'summary.captive-portal':
    'A login page is in the way (as on hotel, café or airport Wi-Fi). Open a browser, sign in, then run again. Nothing is judged as blocked.',
  'summary.limited':
    'None of the neutral sites Detour checks first could be reached, though your network answers: they may be down or blocked here. Results are less certain.',
  'summary.controls-unreachable':
    'None of the neutral sites could be reached on any route, so whether “{{routes}}” work is not proven; they were used all the same, and results are less certain.',
  'summary.site-refuses_one': '{{count}} site refuses visitors from your network itself (not blocking).',
  'summary.site-refuses_other': '{{count}} sites refuse visitors from your network themselves (not blocking).',
  'summary.nothing-blocked_one': 'Nothing is blocked: the site tested works.',
  'summary.nothing-blocked_other': 'Nothing is blocked: all {{count}} tested work.',
  'summary.none-blocked_one': 'Nothing is blocked on your network; {{count}} of {{total}} works.',
  'summary.none-blocked_other': 'Nothing is blocked on your network; {{count}} of {{total}} work.',
  'summary.blocked_one': '{{count}} of {{total}} is blocked on your network.',
  'summary.blocked_other': '{{count}} of {{total}} are blocked on your network.',
  'summary.kind_one': '{{status}}: {{count}}.',
  'summary.kind_other': '{{status}}: {{count}}.',
  'summary.down_one': '{{count}} site is down everywhere (not blocked).',
  'summary.down_other': '{{count}} sites are down everywhere (not blocked).',
  'summary.route-restores_one': '“{{route}}” restores {{count}} of {{total}}.',
  'summary.route-restores_other': '“{{route}}” restores {{count}} of {{total}}.',
  'summary.cheapest-route': 'The simplest fix for everything blocked: “{{route}}”.',
  'summary.best-route': '“{{route}}” restores the most: {{count}} of {{total}}.',
  'summary.no-route-restores': 'None of your routes restores access.',
  'summary.calls-ok': 'Calls (voice and video) get through.',
  'summary.calls-blocked': 'Calls (voice and video) are blocked, and none of your routes restores them.',
  'summary.calls-restored': 'Calls (voice and video) are blocked; “{{routes}}” restores them.',
  'summary.calls-inconclusive': 'Whether calls get through is unclear.',
  'summary.key-works_one': 'Your Outline key “{{route}}” works and opens {{count}} of {{total}} blocked sites.',
  'summary.key-works_other': 'Your Outline key “{{route}}” works and opens {{count}} of {{total}} blocked sites.',
  'summary.key-works-nothing-blocked': 'Your Outline key “{{route}}” works.',
  'summary.key-no-udp':
    'Your Outline key “{{route}}” does not carry calls: its server does not relay UDP, which calls need, while another route gets them through.',
  'summary.key-address-blocked': 'Your Outline key “{{route}}” is blocked: its server’s address does not answer.',
  'summary.key-server-refused':
    'Your Outline key “{{route}}” does not work: its server refuses connections (it may be off, or its port blocked).',
  'summary.key-reset':
    'Your Outline key “{{route}}” is blocked: connections to its server are cut right after the first bytes (a censor, or the server, rejects them).',
  'summary.key-wrong-likely':
    'Your Outline key “{{route}}” does not work: its server takes the connection but answers none of the {{count}} neutral sites your own connection reaches. Its password or cipher is likely wrong (a server keeps silent to a wrong key); ask for a new key.',
  'summary.key-missing': 'The Outline key of “{{route}}” is missing: paste it again.',
  'summary.key-config-blocked.dns':
    'Your Outline key “{{route}}” is blocked: the address it is fetched from does not resolve on your network.',
  'summary.key-config-blocked.reset':
    'Your Outline key “{{route}}” is blocked: fetching it from its address is cut off (reset or refused).',
  'summary.key-config-blocked.timeout':
    'Your Outline key “{{route}}” is blocked: the address it is fetched from does not answer.',
  'summary.key-config-blocked.certificate':
    'Your Outline key “{{route}}” could not be fetched: its address presents a certificate that is not trusted (someone may be intercepting).',
  'summary.key-config-blocked.other': 'Your Outline key “{{route}}” could not be fetched from its address.',
  'summary.residual-blocking':
    'Your network also blocked a neutral site for a while after the blocked ones: some results may be affected. Run again later to be sure.',
  // Whether the network reached the outside at all (summary.network).
  'network.state.online': 'Online',
  'network.state.limited': 'Limited: no neutral site answered',
  'network.state.captive': 'A login page was in the way',
  'network.state.offline': 'Offline: nothing could be reached',
  'network.state.not-checked': 'Not checked: no neutral sites',
} as const;

export type CatalogKey = keyof typeof EN;
/** Every language has every key; plural forms beyond `_one`/`_other` are extra keys. */
export type Catalog = Readonly<Record<CatalogKey, string>> & Readonly<Record<string, string>>;

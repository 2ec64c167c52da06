/**
 * The advice every view leads with (core/view/advice.ts): one sentence of what to do,
 * whether calls get through, how many sites each kind of result hit, and which routes
 * open one site. `{{sites}}` is a list of site names, `{{route}}` and `{{routes}}` the
 * user's own route names: neither is translated.
 */
export const ADVICE_EN = {
  'advice.offline': 'You seem to be offline: connect to a network, then check again.',
  'advice.captive': 'A login page is in the way: sign in to this network in your browser, then check again.',
  'advice.all-work': 'Everything works.',
  'advice.nothing-blocked': 'Nothing is blocked on your network.',
  'advice.use-route_one': 'Use {{route}}: it opens the blocked site.',
  'advice.use-route_other': 'Use {{route}}: it opens all {{count}} blocked sites.',
  'advice.use-route-most_one':
    'Use {{route}}: it opens {{count}} of {{total}} blocked sites; your other routes open the rest.',
  'advice.use-route-most_other':
    'Use {{route}}: it opens {{count}} of {{total}} blocked sites; your other routes open the rest.',
  'advice.use-route-some_one':
    'Use {{route}}: it opens {{count}} of {{total}} blocked sites. Nothing you have opens {{sites}}; try Tor Browser.',
  'advice.use-route-some_other':
    'Use {{route}}: it opens {{count}} of {{total}} blocked sites. Nothing you have opens {{sites}}; try Tor Browser.',
  'advice.nothing-opens': 'Nothing you have opens {{sites}}; try Tor Browser.',
  'advice.no-routes':
    'Your connection does not open {{sites}}. Add a route you have (a proxy, a VPN) to check it, or try Tor Browser.',
  'advice.sites-more_one': '{{sites}} and {{count}} more',
  'advice.sites-more_other': '{{sites}} and {{count}} more',
  'advice.calls-ok': 'Calls (voice and video) get through.',
  'advice.calls-blocked': 'Calls (voice and video) are blocked, and nothing you have gets them through.',
  'advice.calls-restored': 'Calls (voice and video) are blocked; {{routes}} gets them through.',
  'advice.calls-unclear': 'Whether calls (voice and video) get through is unclear.',
  'advice.kinds': 'What was found: {{list}}.',
  'advice.kind': '{{kind}}: {{n}}',
  'advice.site.direct': 'Your connection',
  'advice.site.nothing': 'Nothing you have',
  'advice.site.routes': '{{routes}}',
  'advice.evidence.title': 'What opened this site',
  'advice.evidence.restored': '{{routes}} worked for this site.',
  'advice.details': 'Route by route, in detail',
  'advice.label': 'What to do',
} as const;

export type AdviceCatalog = Readonly<Record<keyof typeof ADVICE_EN, string>> & Readonly<Record<string, string>>;

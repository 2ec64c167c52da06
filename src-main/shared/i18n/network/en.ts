/**
 * The app's words about the network itself: the neutral sites (controls) in Settings
 * and in the consent notice, an offline or captive run, routes the neutral sites could
 * not prove, and verdicts that cannot tell blocking from a refusal. Kept apart from the
 * screens' catalog (ui/) because they belong to one concern that grows on its own.
 */
export const NETWORK_EN = {
  'ui.consent.controls':
    'To tell an offline network or a broken route from blocking, Detour first opens a few neutral sites that you did not choose: {{sites}}. You can change them in Settings.',

  'ui.controls.title': 'Neutral sites',
  'ui.controls.intro':
    'Before your own sites, Detour opens these neutral sites over your connection and over each route. When none of them answers, you are probably offline or behind a login page, and nothing is called blocked. A route that cannot reach them while your connection can is reported as not working. They are the only sites Detour contacts that you did not choose.',
  'ui.controls.list': 'The neutral sites Detour checks first',
  'ui.controls.source.example':
    'Set aside for examples by the body that runs the Internet’s names and served worldwide: no one has a reason to block it.',
  'ui.controls.source.address': 'Cloudflare’s public DNS service by its address: reached without looking up any name.',
  'ui.controls.source.apple': 'Apple’s connection check, which every iPhone and Mac makes when it joins a network.',
  'ui.controls.source.firefox':
    'Firefox’s connection check, without encryption: it always answers “success”, so any other answer means a login page is in the way.',
  'ui.controls.source.android':
    'The connection check of Chrome and Android phones, without encryption: it always answers with an empty page.',
  'ui.controls.source.own': 'Added by you.',
  'ui.controls.remove': 'Remove',
  'ui.controls.remove-label': 'Remove the neutral site {{url}}',
  'ui.controls.add-label': 'Add a neutral site (a web address)',
  'ui.controls.add-hint':
    'Choose a site on another network that is not blocked where you are and is rarely down. Up to {{max}} sites.',
  'ui.controls.add': 'Add the site',
  'ui.controls.reset': 'Go back to Detour’s own neutral sites',
  'ui.controls.added': '{{url}} is added.',
  'ui.controls.removed': '{{url}} is removed.',
  'ui.controls.reset-done': 'Detour’s own neutral sites are back.',
  'ui.controls.error.invalid': '“{{input}}” cannot be a neutral site: {{reason}}',
  'ui.controls.error.not-web': '“{{input}}” cannot be a neutral site: only a web address (http:// or https://) can.',
  'ui.controls.error.credentials':
    '“{{input}}” cannot be a neutral site: its address may not hold a user name or password.',
  'ui.controls.error.duplicate': '{{url}} is already in the list.',
  'ui.controls.error.full': 'There can be at most {{max}} neutral sites: remove one first.',
  'ui.controls.error.last': 'At least one neutral site is needed. To start over, go back to Detour’s own.',
  'ui.controls.error.save': 'The neutral sites could not be saved: {{reason}}',

  'ui.network.offline': 'You seem to be offline',
  'ui.network.captive': 'A login page is in the way',
  'ui.network.limited': 'The neutral sites could not be reached',
  'ui.network.limited-hint':
    'The results below are less certain. If the neutral sites are blocked where you are, choose others in Settings.',
  'ui.network.change-controls': 'Choose other neutral sites',
  'ui.network.tried': 'Show what was tried anyway',
  'ui.network.state.offline': 'Offline',
  'ui.network.state.captive': 'Behind a login page',

  'ui.route-checks.title': 'Your routes on the neutral sites',
  'ui.route-checks.usable': 'Works',
  'ui.route-checks.failed': 'Not working',
  'ui.route-checks.unverified': 'Not proven',
  'ui.route-checks.unverified-detail': 'No neutral site answered on any route, so this route was used all the same.',

  'ui.verdict.refused-or-blocked-unencrypted': 'Blocked or refused: cannot tell',
} as const;

export type NetworkCatalog = Readonly<Record<keyof typeof NETWORK_EN, string>> & Readonly<Record<string, string>>;

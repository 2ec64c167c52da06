/** The English words that help enter a route on the Routes screen; flat keys under `route-help.`. */
export const ROUTE_HELP_EN = {
  'route-help.did-you-mean': 'This looks like a proxy without its kind. Did you mean {{address}}?',
  'route-help.use': 'Use {{address}}',
  'route-help.probe': 'Check what answers there',
  'route-help.probing': 'Checking…',
  'route-help.probe-none': 'Nothing at {{address}} answered as a SOCKS5 or HTTP proxy. Check the address and the port.',
  'route-help.probe-found': 'A proxy answered there:',
  'route-help.use-socks': 'Use it as SOCKS5: {{address}}',
  'route-help.use-socks-auth': 'Use it as SOCKS5 (it asks for a user name and password): {{address}}',
  'route-help.use-http': 'Use it as an HTTP proxy: {{address}}',
  'route-help.use-http-auth': 'Use it as an HTTP proxy (it asks for a user name and password): {{address}}',
  'route-help.shadowsocks':
    'A Shadowsocks server cannot be recognised this way, as it answers no one without its key: paste its {{key}} key instead.',
  'route-help.client-link':
    'This is a {{protocol}} link. Detour cannot open it itself: open it in its own app ({{apps}}), then give Detour the SOCKS5 port that app opens on this computer.',
  'route-help.detect': 'Find apps running on this computer',
  'route-help.detecting': 'Looking…',
  'route-help.detect-none':
    'No app was found on the usual ports. Look for the SOCKS5 port in your app’s settings and enter {{example}}.',
  'route-help.use-tool': 'Use {{tool}}: {{address}}',
  'route-help.vpn': 'My VPN: choose its address',
  'route-help.vpn-pick':
    'Choose the address your VPN gave this computer (often on an interface called {{interfaces}}):',
  'route-help.vpn-none': 'This computer has no network address besides its own loopback. Connect the VPN first.',
  'route-help.vpn-address': '{{interfaceName}}: {{address}}',
} as const satisfies Readonly<Record<string, string>>;

/** Every language has every key; plural forms beyond `_one`/`_other` are extra keys. */
export type RouteHelpCatalog = Readonly<Record<keyof typeof ROUTE_HELP_EN, string>> & Readonly<Record<string, string>>;

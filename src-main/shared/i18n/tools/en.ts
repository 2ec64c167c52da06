/**
 * "Your tools": the words for the user's own VPN configurations and Tor bridges. The
 * status first, in plain words; the reason, with its figures, for those who read on.
 */
export const TOOLS_EN = {
  'tools.heading': 'Your tools',
  'tools.lead': 'Your own VPN configurations and Tor bridges, checked on this network.',
  'tools.kind.wireguard': 'WireGuard VPN',
  'tools.kind.bridge': 'Tor bridge',
  'tools.column.name': 'Tool',
  'tools.column.kind': 'Kind',
  'tools.column.where': 'Where',
  'tools.column.state': 'State',
  'tools.column.why': 'Why',
  'tools.where-omitted': 'left out',
  'tools.not-checked': 'Not checked',
  'tools.not-checked.reason': 'The run ended before this was checked.',
  'tools.works-through': 'Works through: {{routes}}',
  'tools.reachable-through': 'Its address answers through: {{routes}}',

  'tools.wireguard.status.works': 'Works',
  'tools.wireguard.status.address-blocked': 'Server address blocked',
  'tools.wireguard.status.wireguard-blocked': 'WireGuard blocked',
  'tools.wireguard.status.wrong-config': 'Wrong configuration or server down',
  'tools.wireguard.status.inconclusive': 'Could not tell',

  'tools.wireguard.reason.handshake-ok': 'The VPN server answered the WireGuard handshake in {{rttMs}} ms.',
  'tools.wireguard.reason.server-busy':
    'The VPN server received the handshake but was too busy to finish it and asked to try again later. WireGuard gets through this network.',
  'tools.wireguard.reason.address-silent-route-works':
    'Nothing at the server’s address answers from this network, not even a refusal, yet the handshake works through {{routes}}: the server’s address is blocked here.',
  'tools.wireguard.reason.address-silent':
    'Nothing at the server’s address answers from this network, not even a refusal: the address is probably blocked here, or the server is offline. A route that carries UDP (a SOCKS5 proxy, an Outline key) would tell which.',
  'tools.wireguard.reason.handshake-dropped':
    'The server’s address answers, and the handshake gets through {{routes}}, but not directly: this network blocks WireGuard by its port or by the look of its packets.',
  'tools.wireguard.reason.response-invalid':
    'The server answered, but its answer does not fit this configuration’s keys: the preshared key or a key is probably wrong. This is not blocking.',
  'tools.wireguard.reason.no-answer-anywhere':
    'No answer, neither directly nor through any of your routes: the configuration (its keys or address) is probably wrong, or the server is down. This is not blocking.',
  'tools.wireguard.reason.bad-peer-key':
    'The server’s public key in the configuration cannot be used: the configuration is wrong.',
  'tools.wireguard.reason.no-udp-route':
    'The server’s address answers, but WireGuard got no answer. Without a route that carries UDP (a SOCKS5 proxy, an Outline key) Detour cannot tell whether WireGuard is blocked here or the configuration is wrong.',
  'tools.wireguard.reason.name-not-resolved': 'The server’s name could not be looked up: {{failure}}.',
  'tools.wireguard.reason.not-checked': 'The check was cancelled before an answer.',

  'tools.bridge.status.works': 'Works',
  'tools.bridge.status.handshake-done': 'Reachable: handshake done',
  'tools.bridge.status.connected': 'Connection cut before the handshake',
  'tools.bridge.status.no-connection': 'No connection',
  'tools.bridge.status.cannot-check': 'Not checked',

  'tools.bridge.reason.bootstrapped': 'Tor started through this bridge.',
  'tools.bridge.reason.no-tor-network':
    'Tor connected to the bridge and completed its handshake (it got to {{percent}}%, {{tag}}), but the bridge had no list of the Tor network to give, so Tor could not finish starting. The bridge is not blocked here; it is not connected to the Tor network (in a test network without Tor, this is expected).',
  'tools.bridge.reason.stalled-after-handshake':
    'Tor connected to the bridge and completed its handshake; it got to {{percent}}% ({{tag}}) before the time ran out. The bridge is not blocked here.',
  'tools.bridge.reason.handshake-failed':
    'A connection to the bridge opens, but Tor’s handshake through it does not complete: this network may block the bridge by the look of its traffic, or the bridge line may be out of date.',
  'tools.bridge.reason.connect-failed':
    'No connection to the bridge ({{failure}}): its address or port may be blocked here, or the bridge may be offline.',
  'tools.bridge.reason.blocked-here':
    'No connection to the bridge ({{failure}}), yet its address accepts connections through {{routes}}: the bridge is blocked on this network.',
  'tools.bridge.reason.offline-everywhere':
    'No connection to the bridge, neither directly ({{failure}}) nor through your routes: the bridge is probably offline.',
  'tools.bridge.reason.transport-unsupported': 'Detour cannot check {{transport}} bridges yet.',
  'tools.bridge.reason.no-tor':
    'Tor was not found on this computer. Install Tor Browser (torproject.org), or tell Detour where tor is.',
  'tools.bridge.reason.no-transport-plugin':
    'No obfs4 program (lyrebird or obfs4proxy) was found beside Tor. Tor Browser includes one.',
  'tools.bridge.reason.tor-failed': 'Tor would not start with this bridge: the bridge line is probably wrong.',
  'tools.bridge.reason.not-checked': 'The check was cancelled before an answer.',
} as const;

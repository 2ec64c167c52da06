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
  'tools.checking': 'Checking…',
  'tools.panel.title': 'Your VPN and Tor bridges',
  'tools.panel.intro':
    'Detour also checks the WireGuard configurations and Tor bridges you hold, on this network, without starting your VPN or Tor Browser. Each is checked with every run.',
  'tools.panel.wireguard': 'WireGuard configurations',
  'tools.panel.wireguard-empty': 'None yet.',
  'tools.panel.add-file': 'Add a WireGuard file…',
  'tools.panel.path-label': 'Where the .conf file is on this computer',
  'tools.panel.path-hint': 'This window cannot open a file chooser for Detour: type the full path of the file.',
  'tools.panel.add-path': 'Add this file',
  'tools.panel.added': '{{name}} added.',
  'tools.panel.removed': '{{name}} removed.',
  'tools.panel.remove': 'Remove',
  'tools.panel.remove-label': 'Remove {{name}}',
  'tools.panel.peers_one': '{{count}} server',
  'tools.panel.peers_other': '{{count}} servers',
  'tools.panel.keys-note': 'Detour reads each file again when it checks it, and keeps no copy of its keys.',
  'tools.panel.rejected': 'The file was not added: {{reason}}.',
  'tools.panel.rejected-line': 'The file was not added: {{reason}} (line {{line}}).',
  'tools.panel.bridges': 'Tor bridges',
  'tools.panel.bridges-label': 'Bridge lines',
  'tools.panel.bridges-hint': 'One a line, as Tor Browser or bridges.torproject.org give them.',
  'tools.panel.bridges-save': 'Save the bridges',
  'tools.panel.bridges-saved_one': '{{count}} bridge saved.',
  'tools.panel.bridges-saved_other': '{{count}} bridges saved.',
  'tools.panel.bridge-error': 'Line {{line}}: {{reason}}.',
  'tools.panel.tor-path': 'Where Tor is (if Detour does not find it)',
  'tools.panel.tor-path-hint': 'The tor program, or your Tor Browser folder. Empty: Detour looks in the usual places.',
  'tools.panel.tor-save': 'Save',
  'tools.panel.tor-saved': 'Saved.',
  'tools.input-error.not-text': 'it is not a text file',
  'tools.input-error.too-large': 'it is too large for a WireGuard configuration',
  'tools.input-error.no-interface': 'it is not a WireGuard configuration (no [Interface] section)',
  'tools.input-error.no-private-key': 'its [Interface] section has no PrivateKey',
  'tools.input-error.bad-key': 'a key is not a WireGuard key',
  'tools.input-error.no-peer': 'it has no [Peer] section',
  'tools.input-error.no-public-key': 'its [Peer] section has no PublicKey',
  'tools.input-error.no-endpoint': 'no server in it has an Endpoint: it looks like a server’s own configuration',
  'tools.input-error.bad-endpoint': 'the Endpoint is not an address with a port',
  'tools.input-error.bad-line': 'a line does not belong in a WireGuard configuration',
  'tools.input-error.too-long': 'the line is too long for a bridge line',
  'tools.input-error.no-address': 'this is not a bridge line (no address with a port)',
  'tools.input-error.bad-address': 'the bridge address is not an IP address with a port',
  'tools.input-error.bad-fingerprint': 'the fingerprint is not 40 hexadecimal digits',
  'tools.input-error.bad-argument': 'a part of the line is not as a bridge line has it',
  'tools.input-error.obfs4-arguments': 'an obfs4 bridge line needs cert= and iat-mode=',
  'tools.input-error.unreadable': 'the file cannot be read',
  'tools.input-error.not-a-file': 'this is a folder, not a file',
  'tools.input-error.too-many': 'there are already as many as Detour checks at once',
  'tools.summary.none': 'None yet: add a WireGuard configuration or Tor bridges to check them too.',
  'tools.summary.some': 'Checked with every run: {{wireguard}}, {{bridges}}.',
  'tools.summary.wireguard_one': '{{count}} WireGuard configuration',
  'tools.summary.wireguard_other': '{{count}} WireGuard configurations',
  'tools.summary.bridges_one': '{{count}} bridge',
  'tools.summary.bridges_other': '{{count}} bridges',
  'tools.summary.change': 'Add or change',
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
  'tools.wireguard.reason.no-network':
    'This computer has no network route to the server’s address, so nothing was sent: you seem to be offline. Check again once you are connected.',
  'tools.wireguard.reason.no-udp-route':
    'The server’s address answers, but WireGuard got no answer. Without a route that carries UDP (a SOCKS5 proxy, an Outline key) Detour cannot tell whether WireGuard is blocked here or the configuration is wrong.',
  'tools.wireguard.reason.port-refused':
    'The server’s address answered that nothing takes WireGuard on this port: the VPN server is probably not running there, or the port in the configuration is wrong, unless this network sends that answer itself. A route that carries UDP (a SOCKS5 proxy, an Outline key) would tell which.',
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

/** Every language has every key; plural forms beyond `_one`/`_other` are extra keys. */
export type ToolsCatalog = Readonly<Record<keyof typeof TOOLS_EN, string>> & Readonly<Record<string, string>>;

/**
 * Derives the WireGuard known-answer vectors from Debian's wg and wireguard-go (as
 * root: it needs a network namespace for wireguard-go's TUN device):
 *
 *   node tests/lab/wireguard/derive-vectors.ts > tests/unit/engine/wireguard/vectors.json
 */
import { runInWireguardNamespace } from './in-namespace.ts';

console.log(JSON.stringify(await runInWireguardNamespace('derive', 120_000), null, 2));

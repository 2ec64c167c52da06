import { startStunServer } from '../servers/stun-server.ts';

/**
 * The lab world's STUN server (RFC 8489), run inside the world namespace:
 *   world-stun.ts <listen address> <port>
 * The same server as the STUN probe's tests, answering every Binding Request.
 */

const [address, port] = process.argv.slice(2);
if (address === undefined || port === undefined) throw new Error('usage: world-stun.ts <listen address> <port>');
await startStunServer({ address, port: Number(port) });

import { SERVICES, SITES } from './inventory.ts';

/** What the lab's world answers for, derived from inventory.ts so that a new site or service needs no other edit. */

/** Every address the world owns: each site's and each service's. */
export function worldAddresses(): string[] {
  const services = Object.values(SERVICES).flatMap((service) =>
    typeof service === 'string' ? [service] : 'address' in service ? [service.address] : [...service],
  );
  return [...new Set([...SITES.map((site) => site.address), ...services])];
}

/** The names the honest resolver knows, with their address; the lab certificate covers them all. */
export function worldHostRecords(): { name: string; address: string }[] {
  return [
    ...SITES.flatMap((site) => site.names.map((name) => ({ name, address: site.address }))),
    { name: 'stun.lab', address: SERVICES.stun.address },
    { name: 'doh.lab', address: SERVICES.doh.address },
  ];
}

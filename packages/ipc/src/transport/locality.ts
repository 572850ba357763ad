import { networkInterfaces } from 'node:os';

let localAddresses: Set<string> | undefined;

/**
 * True when `address` is this host: loopback (127.0.0.0/8, ::1, their IPv4-mapped forms) or
 * one of this machine's interface addresses. kdb+ (since 4.1t 2021.06.04) does not compress
 * messages to such peers, and neither do we.
 */
export function isLocalAddress(address: string | undefined): boolean {
  if (address === undefined || address === '') return true;
  const plain = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (plain === '::1' || plain.startsWith('127.') || plain === 'localhost') return true;
  localAddresses ??= collectLocalAddresses();
  return localAddresses.has(plain);
}

function collectLocalAddresses(): Set<string> {
  const out = new Set<string>();
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) out.add(info.address);
  }
  return out;
}

import { BlockList, isIP } from 'node:net';

/**
 * The SSRF guard's rule: a webhook may not reach this machine, the private network or the cloud
 * metadata service, unless the server's allow-list says so (the embedded demo allows loopback).
 */
const FORBIDDEN: [string, number, 'ipv4' | 'ipv6'][] = [
  ['0.0.0.0', 8, 'ipv4'],
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'], // link-local, including 169.254.169.254 (cloud metadata)
  ['172.16.0.0', 12, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'],
  ['240.0.0.0', 4, 'ipv4'],
  ['::', 128, 'ipv6'],
  ['::1', 128, 'ipv6'],
  ['fc00::', 7, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
];

export class AddressGuard {
  private readonly forbidden = new BlockList();
  private readonly allowed = new BlockList();

  /** `allow`: CIDR ranges (`127.0.0.0/8`, `::1/128`) let through despite the rule. */
  constructor(allow: readonly string[] = []) {
    for (const [net, prefix, type] of FORBIDDEN) this.forbidden.addSubnet(net, prefix, type);
    for (const cidr of allow) {
      const [net = '', prefix = ''] = cidr.split('/');
      const type = isIP(net) === 6 ? 'ipv6' : 'ipv4';
      this.allowed.addSubnet(net, Number(prefix || (type === 'ipv6' ? 128 : 32)), type);
    }
  }

  /** Why an address may not be reached, or null when it may. */
  refusal(address: string): string | null {
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    const mapped = type === 'ipv6' && /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    if (mapped) return this.refusal(mapped);
    if (this.allowed.check(address, type)) return null;
    if (this.forbidden.check(address, type)) {
      return `target address ${address} is private, loopback, link-local or cloud metadata; add it to HOOKFLOW_ALLOW_TARGETS to permit it`;
    }
    return null;
  }
}

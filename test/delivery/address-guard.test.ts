import { describe, expect, it } from 'vitest';
import { LOOPBACK, cidrProblem } from '../../src/config.js';
import { AddressGuard } from '../../src/delivery/address-guard.js';

describe('SSRF address guard', () => {
  const strict = new AddressGuard();
  it.each(['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1'])(
    'refuses %s by default',
    (address) => {
      expect(strict.refusal(address)).toMatch(/is private, loopback, link-local or cloud metadata/);
    },
  );

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700::1111'])('lets the public address %s through', (address) => {
    expect(strict.refusal(address)).toBeNull();
  });

  it('lets an allow-list through, and only it', () => {
    const demo = new AddressGuard(LOOPBACK);
    expect(demo.refusal('127.0.0.1')).toBeNull();
    expect(demo.refusal('::1')).toBeNull();
    expect(demo.refusal('10.0.0.1')).not.toBeNull();
    expect(demo.refusal('169.254.169.254')).not.toBeNull();
  });

  it('checks CIDR ranges from configuration', () => {
    expect(cidrProblem('10.0.0.0/8')).toBeNull();
    expect(cidrProblem('fd00::/8')).toBeNull();
    expect(cidrProblem('10.0.0.0/33')).toBe("'10.0.0.0/33' has a bad prefix length");
    expect(cidrProblem('intranet')).toBe("'intranet' is not an IP range");
  });
});

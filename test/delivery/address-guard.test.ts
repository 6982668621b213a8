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

  it.each([
    '0.255.255.255', '10.255.255.255', '100.64.0.0', '100.127.255.255', '127.255.255.254', '169.254.0.1', '172.16.0.0', '172.31.255.255',
    '192.0.0.8', '192.168.255.255', '198.18.0.1', '198.19.255.255', '224.0.0.1', '239.255.255.250', '240.0.0.1', '255.255.255.255',
    '::', 'fc00::1', 'fdff:ffff::1', 'febf::1', 'ff02::1', 'ffff::1', '::ffff:10.0.0.1', '::FFFF:169.254.169.254',
  ])('refuses %s, at the edge of a forbidden range', (address) => {
    expect(strict.refusal(address)).toBe(
      `target address ${address.replace(/^::ffff:/i, '')} is private, loopback, link-local or cloud metadata; add it to HOOKFLOW_ALLOW_TARGETS to permit it`,
    );
  });

  it.each([
    '1.0.0.0', '9.255.255.255', '11.0.0.0', '100.63.255.255', '100.128.0.0', '126.255.255.255', '128.0.0.1', '169.253.255.255', '169.255.0.1',
    '172.15.255.255', '172.32.0.0', '192.0.1.1', '192.167.255.255', '192.169.0.0', '198.17.255.255', '198.20.0.0', '223.255.255.255',
    '::2', 'fbff::1', 'fe00::1', 'fec0::1', '2001:db8::1', '::ffff:8.8.8.8',
  ])('lets %s through, just outside every forbidden range', (address) => {
    expect(strict.refusal(address)).toBeNull();
  });

  it('takes an allow-list entry without a prefix as that one address', () => {
    const one = new AddressGuard(['10.0.0.5', 'fd00::5']);
    expect(one.refusal('10.0.0.5')).toBeNull();
    expect(one.refusal('10.0.0.6')).not.toBeNull();
    expect(one.refusal('10.0.0.4')).not.toBeNull();
    expect(one.refusal('fd00::5')).toBeNull();
    expect(one.refusal('fd00::6')).not.toBeNull();
  });

  it('lets an allowed range through to its edges, and no further', () => {
    const lab = new AddressGuard(['10.1.0.0/16', 'fd00:1::/32']);
    expect(lab.refusal('10.1.255.255')).toBeNull();
    expect(lab.refusal('10.2.0.0')).not.toBeNull();
    expect(lab.refusal('::ffff:10.1.2.3')).toBeNull();
    expect(lab.refusal('fd00:1:ffff::1')).toBeNull();
    expect(lab.refusal('fd00:2::1')).not.toBeNull();
  });

  it.each(['10.0.0.0/x8', '10.0.0.0/8x', '10.0.0.0/', '10.0.0.0/-1', '10.0.0.0/ 8', '10.0.0.0/1.5', '::/129'])('finds a bad prefix length in %s', (cidr) => {
    expect(cidrProblem(cidr)).toBe(`'${cidr}' has a bad prefix length`);
  });

  it.each(['10.0.0.1', '10.0.0.0/0', '10.0.0.0/32', '::1', '::/0', 'fe80::/128'])('takes %s as a range', (cidr) => {
    expect(cidrProblem(cidr)).toBeNull();
  });

  it.each(['', '/8', '10.0.0/8', '300.0.0.0/8', 'localhost/8'])('finds no IP range in %j', (cidr) => {
    expect(cidrProblem(cidr)).toBe(`'${cidr}' is not an IP range`);
  });
});

import { describe, expect, it } from 'vitest';
import { allowList, isRefusedAddress, resolveDestination } from './destination';

const none = allowList([]);

describe('webhook destination guard', () => {
  it('refuses private, loopback, link-local, metadata and mapped addresses', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00:ec2::254',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
    ]) {
      expect(isRefusedAddress(address, none), address).toBe(true);
    }
  });

  it('lets public addresses through', () => {
    for (const address of ['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111']) {
      expect(isRefusedAddress(address, none), address).toBe(false);
    }
  });

  it('lets the development allow-list in, and only it', () => {
    const loopback = allowList(['127.0.0.1/32']);
    expect(isRefusedAddress('127.0.0.1', loopback)).toBe(false);
    expect(isRefusedAddress('127.0.0.2', loopback)).toBe(true);
    expect(isRefusedAddress('10.0.0.1', loopback)).toBe(true);
  });

  it('resolves names before judging them (localhost is loopback)', async () => {
    await expect(resolveDestination('http://localhost:9/hook', none)).rejects.toThrow(/private or reserved/);
    await expect(resolveDestination('http://[::1]:9/hook', none)).rejects.toThrow(/private or reserved/);
    await expect(resolveDestination('ftp://example.com/', none)).rejects.toThrow(/only http/);
    await expect(resolveDestination('http://user:pw@1.1.1.1/', none)).rejects.toThrow(/credentials/);
    const allowed = await resolveDestination('http://127.0.0.1:9/hook', allowList(['127.0.0.0/8']));
    expect(allowed.address).toBe('127.0.0.1');
  });
});

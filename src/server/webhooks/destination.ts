// SSRF guard of webhook destinations, at registration and before every delivery: the host is
// resolved and every address must be public. Private, loopback, link-local (cloud metadata at
// 169.254.169.254), CGNAT, documentation, multicast and reserved ranges are refused unless
// WEBHOOK_ALLOWED_PRIVATE_RANGES (development only) lets a range in.
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const REFUSED_V4 = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const;
const REFUSED_V6 = [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const;

const refused = new BlockList();
for (const [net, prefix] of REFUSED_V4) refused.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of REFUSED_V6) refused.addSubnet(net, prefix, 'ipv6');

export class DestinationRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DestinationRefused';
  }
}

/** A BlockList of the development allow-list (CIDRs or single addresses). */
export function allowList(ranges: readonly string[]): BlockList {
  const list = new BlockList();
  for (const range of ranges) {
    const [net = '', prefix] = range.split('/');
    const family = isIP(net) === 6 ? 'ipv6' : 'ipv4';
    if (!isIP(net)) continue;
    if (prefix === undefined) list.addAddress(net, family);
    else list.addSubnet(net, Number(prefix), family);
  }
  return list;
}

/** An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged as the IPv4 address it carries. */
function normalize(address: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1]!, family: 'ipv4' };
  return { address, family: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

export function isRefusedAddress(address: string, allowed: BlockList): boolean {
  const { address: ip, family } = normalize(address);
  if (allowed.check(ip, family)) return false;
  return refused.check(ip, family);
}

export interface ResolvedDestination {
  url: URL;
  address: string;
  family: 4 | 6;
}

/** Resolves the URL's host; refuses it when any address it resolves to is not public. */
export async function resolveDestination(rawUrl: string, allowed: BlockList): Promise<ResolvedDestination> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new DestinationRefused('not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new DestinationRefused('only http(s) URLs');
  if (url.username || url.password) throw new DestinationRefused('credentials in the URL');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: Array<{ address: string; family: number }>;
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch {
      throw new DestinationRefused(`${host} does not resolve`);
    }
  }
  if (addresses.length === 0) throw new DestinationRefused(`${host} does not resolve`);
  const bad = addresses.find((a) => isRefusedAddress(a.address, allowed));
  if (bad) throw new DestinationRefused(`${host} resolves to a private or reserved address (${bad.address})`);
  const first = addresses[0]!;
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}

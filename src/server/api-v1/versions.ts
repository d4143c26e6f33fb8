// API versions and their lifecycle (docs/api.md#versioning-and-deprecation). A retired version
// keeps answering until its sunset, each answer carrying Deprecation (RFC 9745), Sunset
// (RFC 8594) and Link headers that point to the successor and the policy.
export interface ApiVersion {
  /** When the version was declared deprecated (Deprecation header), if it is. */
  deprecatedAt?: Date;
  /** When it stops answering (Sunset header). */
  sunsetAt?: Date;
  /** The path prefix of the version that replaces it. */
  successor?: string;
}

export const API_VERSIONS: Record<string, ApiVersion> = {
  v1: {},
};

export const CURRENT_VERSION = 'v1';
export const POLICY_URL = '/developers#section/Versioning-and-deprecation';

/** The headers every answer of a version carries. */
export function versionHeaders(name: string, version: ApiVersion | undefined = API_VERSIONS[name]): Headers {
  const headers = new Headers({ 'API-Version': name });
  if (!version) return headers;
  const links: string[] = [];
  if (version.deprecatedAt) {
    headers.set('Deprecation', `@${Math.floor(version.deprecatedAt.getTime() / 1000)}`);
    links.push(`<${POLICY_URL}>; rel="deprecation"; type="text/html"`);
  }
  if (version.sunsetAt) headers.set('Sunset', version.sunsetAt.toUTCString());
  if (version.successor) links.push(`<${version.successor}>; rel="successor-version"`);
  if (links.length) headers.set('Link', links.join(', '));
  return headers;
}

/**
 * Outbound HTTP guard (SSRF). Webhook and model-endpoint URLs are checked when configured, and the
 * address actually connected to is checked again at connect time through `guardedLookup` (so a DNS name
 * that later resolves to 127.0.0.1 or 169.254.169.254 is refused). Only public unicast addresses may be
 * reached (ipaddr.js classifies; an IPv6 address carrying an IPv4 one is judged by the IPv4 one) unless
 * allowlisted (MC_OUTBOUND_ALLOW: hostnames, addresses or CIDRs).
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * The IPv4 addresses an IPv6 address carries, by the translation and tunnelling schemes that carry one:
 * IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), SIIT (::ffff:0:a.b.c.d), NAT64
 * (64:ff9b::a.b.c.d), 6to4 (2002:aabb:ccdd::) and Teredo (2001:0:server:…:~client). A connection to
 * such an address reaches the IPv4 address, so that is what is judged. Empty for any other address.
 */
function embeddedIpv4(v6: ipaddr.IPv6): ipaddr.IPv4[] {
  const p = v6.parts;
  const v4 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 255, lo >> 8, lo & 255]);
  if (v6.isIPv4MappedAddress()) return [v6.toIPv4Address()];
  const zeroTo = (n: number) => p.slice(0, n).every((x) => x === 0);
  if (zeroTo(4) && p[4] === 0xffff && p[5] === 0) return [v4(p[6]!, p[7]!)]; // SIIT
  if (zeroTo(6) && (p[6] !== 0 || p[7]! > 1)) return [v4(p[6]!, p[7]!)]; // IPv4-compatible, not :: or ::1
  if (p[0] === 0x64 && p[1] === 0xff9b && p.slice(2, 6).every((x) => x === 0)) return [v4(p[6]!, p[7]!)];
  if (p[0] === 0x2002) return [v4(p[1]!, p[2]!)]; // 6to4
  if (p[0] === 0x2001 && p[1] === 0) return [v4(p[2]!, p[3]!), v4(~p[6]! & 0xffff, ~p[7]! & 0xffff)]; // Teredo
  return [];
}

/** Local-use NAT64 (RFC 8215): whatever it translates to is a network of its operator's. */
const LOCAL_NAT64 = ipaddr.parseCIDR("64:ff9b:1::/48");

/**
 * Whether `ip` is a public unicast address, by ipaddr.js's ranges (every special-purpose block of the
 * IANA registries: private, loopback, link-local, CGNAT, unique-local, site-local, multicast,
 * documentation, benchmarking, reserved, …), an IPv6 address carrying IPv4 judged by what it carries.
 */
function isPublic(ip: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  if (ip.kind() === "ipv4") return ip.range() === "unicast";
  const v6 = ip as ipaddr.IPv6;
  const carried = embeddedIpv4(v6);
  if (carried.length) return carried.every((v4) => v4.range() === "unicast");
  if (v6.match(LOCAL_NAT64)) return false;
  return v6.range() === "unicast";
}

/** `address` parsed (brackets and a zone id removed), or null when it is not an IP address. */
function parseIp(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = address.replace(/^\[|\]$/g, "").split("%")[0]!;
  if (!isIP(bare)) return null;
  return ipaddr.parse(bare);
}

export interface OutboundPolicy {
  allow: readonly string[];
}

function allowed(host: string, address: string, policy: OutboundPolicy): boolean {
  const ip = parseIp(address);
  const forms = ip ? [ip, ...(ip.kind() === "ipv6" ? embeddedIpv4(ip as ipaddr.IPv6) : [])] : [];
  for (const entry of policy.allow) {
    if (entry === host || entry === address) return true;
    if (!entry.includes("/") || !ipaddr.isValidCIDR(entry)) continue;
    const [net, bits] = ipaddr.parseCIDR(entry);
    if (forms.some((f) => f.kind() === net.kind() && f.match(net, bits))) return true;
  }
  return false;
}

/** Whether an IP address is one outbound requests must not reach (anything not public unicast). */
export function isPrivateAddress(address: string): boolean {
  const ip = parseIp(address);
  return !ip || !isPublic(ip);
}

export class OutboundRefusedError extends Error {
  override name = "OutboundRefusedError";
}

/**
 * Checks a URL before use: http(s) only, no credentials, and a host that is not (and does not resolve
 * to) a private address. Returns the parsed URL.
 */
export async function checkOutboundUrl(raw: string, policy: OutboundPolicy): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundRefusedError(`"${raw.slice(0, 200)}" is not a valid URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new OutboundRefusedError(`only http and https URLs are allowed, not ${url.protocol}`);
  }
  if (url.username || url.password) throw new OutboundRefusedError("URLs with credentials are not allowed");
  // WHATWG URL parsing already normalised decimal, octal and hex IPv4 forms (http://2130706433/).
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : (await resolveAll(host)).map((a) => a.address);
  for (const address of addresses) {
    if (isPrivateAddress(address) && !allowed(host, address, policy)) {
      throw new OutboundRefusedError(
        `${url.hostname} resolves to ${address}, a private, loopback, link-local or metadata address; add it to MC_OUTBOUND_ALLOW to allow it`,
      );
    }
  }
  return url;
}

function resolveAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (err, addresses) =>
      err ? reject(new OutboundRefusedError(`cannot resolve ${host}: ${err.code}`)) : resolve(addresses),
    ),
  );
}

/**
 * A `lookup` for http.request / undici that refuses private addresses at connect time, so the address
 * connected to is the address checked (no DNS-rebinding window).
 */
export function guardedLookup(policy: OutboundPolicy) {
  return (
    hostname: string,
    options: { all?: boolean; family?: number } | number,
    callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    const opts = typeof options === "number" ? { family: options } : options;
    dnsLookup(hostname, { ...opts, all: true }, (err, addresses) => {
      if (err) return callback(err, "", 0);
      const bad = addresses.find((a) => isPrivateAddress(a.address) && !allowed(hostname, a.address, policy));
      if (bad) {
        return callback(
          Object.assign(
            new OutboundRefusedError(`${hostname} resolves to ${bad.address}, which outbound requests may not reach`),
            { code: "EACCES" },
          ),
          "",
          0,
        );
      }
      if (opts.all) return callback(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

export interface OutboundRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /** Gives up (and aborts) after this long without a complete response head. */
  timeoutMs?: number;
}

/**
 * The one way the server makes HTTP requests (openai executor, webhooks): the URL is checked first (IP
 * literals included, which never reach a lookup), then the connection resolves through `guardedLookup`.
 * Redirects are not followed. Resolves with the response; the caller reads or drains its body.
 */
export async function outboundRequest(
  raw: string,
  request: OutboundRequest,
  policy: OutboundPolicy,
): Promise<IncomingMessage> {
  const url = await checkOutboundUrl(raw, policy);
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: request.method ?? "GET",
        headers: request.headers,
        lookup: guardedLookup(policy) as never,
        signal: request.signal,
        timeout: request.timeoutMs,
      },
      resolve,
    );
    req.on("timeout", () => req.destroy(new Error(`no response from ${url.host} within ${request.timeoutMs} ms`)));
    req.on("error", reject);
    req.end(request.body);
  });
}

/** Reads a whole response body as text, up to `max` bytes. */
export async function readBody(res: IncomingMessage, max = 1_000_000): Promise<string> {
  let out = "";
  for await (const chunk of res) {
    if (out.length < max) out += String(chunk);
  }
  return out.slice(0, max);
}

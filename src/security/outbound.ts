/**
 * Outbound HTTP guard (SSRF). Webhook and model-endpoint URLs are checked when configured, and the
 * address actually connected to is checked again at connect time through `guardedLookup` (so a DNS name
 * that later resolves to 127.0.0.1 or 169.254.169.254 is refused). Loopback, private, link-local,
 * carrier-grade NAT, unique-local, multicast, unspecified and cloud metadata addresses are refused unless
 * allowlisted (MC_OUTBOUND_ALLOW: hostnames, addresses or CIDRs).
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { BlockList, isIP } from "node:net";

const blocked = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8], // "this" network, unspecified
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(net, bits, "ipv4");
}
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
  ["fd00:ec2::254", 128], // AWS metadata over IPv6
] as const) {
  blocked.addSubnet(net, bits, "ipv6");
}

/** IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible forms are judged as the IPv4 address they carry. */
function embeddedIpv4(address: string): string | null {
  const m = /^(?:::ffff:|::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (m) return m[1]!;
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (hex) {
    const a = Number.parseInt(hex[1]!, 16);
    const b = Number.parseInt(hex[2]!, 16);
    return `${a >> 8}.${a & 255}.${b >> 8}.${b & 255}`;
  }
  return null;
}

export interface OutboundPolicy {
  allow: readonly string[];
}

function allowed(host: string, address: string, policy: OutboundPolicy): boolean {
  for (const entry of policy.allow) {
    if (entry === host || entry === address) return true;
    const [net, bits] = entry.split("/");
    if (bits && isIP(net!)) {
      const list = new BlockList();
      list.addSubnet(net!, Number(bits), isIP(net!) === 6 ? "ipv6" : "ipv4");
      const v4 = embeddedIpv4(address);
      if (list.check(v4 ?? address, isIP(v4 ?? address) === 6 ? "ipv6" : "ipv4")) return true;
    }
  }
  return false;
}

/** Whether an IP address is one outbound requests must not reach. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").split("%")[0]!;
  const v4 = embeddedIpv4(bare);
  if (v4) return blocked.check(v4, "ipv4");
  const family = isIP(bare);
  if (family === 4) return blocked.check(bare, "ipv4");
  if (family === 6) return blocked.check(bare, "ipv6");
  return true;
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

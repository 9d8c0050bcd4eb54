/**
 * API-key secrets: `mc_<key id>_<32 random characters>`. The id part finds the row; only a SHA-256 hash
 * of the whole secret is stored and compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const SECRET = /^mc_(key_[0-9a-z]{12}[0-9a-f]{12})_([A-Za-z0-9_-]{32})$/;

export function newSecret(keyId: string): string {
  return `mc_${keyId}_${randomBytes(24).toString("base64url")}`;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** The key id a secret names, or null when it is not shaped like one of ours. */
export function keyIdOf(secret: string): string | null {
  return SECRET.exec(secret)?.[1] ?? null;
}

/** Constant-time comparison of a presented secret with a stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The bearer token of an `Authorization: Bearer <key>` value, or null. */
export function bearer(header: string | null | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1]! : null;
}

/** Constant-time comparison of a presented secret with a configured one (MC_METRICS_TOKEN). */
export function sameSecret(presented: string, expected: string): boolean {
  return secretMatches(presented, hashSecret(expected));
}

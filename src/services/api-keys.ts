import { BadInputError, NotFoundError } from "../errors.js";
import { newId } from "../ids.js";
import { hashSecret, keyIdOf, newSecret, secretMatches } from "../security/keys.js";
import { ROLES, type Role, type Viewer } from "../security/roles.js";
import { findApiKey, touchApiKey } from "../sql/find-api-key.js";
import { type Actor, recordActivity, type ServiceDeps, sqlTransact, transact } from "./context.js";

export interface CreateApiKeyInput {
  name: string;
  role: Role;
  agentId?: string | null;
  expiresAt?: Date | null;
}

export type AuthResult =
  | { ok: true; viewer: Viewer }
  | { ok: false; reason: "malformed" | "unknown" | "revoked" | "expired" };

/** How often lastUsedAt is written for a busy key. */
const LAST_USED_EVERY_MS = 60_000;

export function createApiKeyService(deps: ServiceDeps) {
  const lastWritten = new Map<string, number>();
  /** MC_ADMIN_KEY's hash, computed once rather than per request. */
  const adminHash = deps.config.adminKey === null ? null : hashSecret(deps.config.adminKey);

  async function create(actor: Actor, input: CreateApiKeyInput) {
    const { name } = input; // its shape is declared on CreateApiKeyInput (schema/input-shapes.ts)
    if (!ROLES.includes(input.role)) throw new BadInputError(`role must be one of ${ROLES.join(", ")}`);
    if (input.role === "AGENT" && !input.agentId) {
      throw new BadInputError("an AGENT key needs agentId: the agent it acts for", { field: "agentId" });
    }
    if (input.role !== "AGENT" && input.agentId) {
      throw new BadInputError("only AGENT keys name an agent", { field: "agentId" });
    }
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw new BadInputError("expiresAt must be in the future", { field: "expiresAt" });
    }
    const id = newId("ApiKey");
    const secret = newSecret(id);
    const apiKey = await transact(deps, async (unit) => {
      if (input.agentId) {
        const agent = await unit.tx.agent.findUnique({ where: { id: input.agentId }, select: { id: true } });
        if (!agent) throw new NotFoundError("Agent", input.agentId);
      }
      const row = await unit.tx.apiKey.create({
        data: {
          id,
          name,
          role: input.role,
          agentId: input.agentId ?? null,
          hash: hashSecret(secret),
          expiresAt: input.expiresAt ?? null,
          createdById: actor.id,
        },
      });
      await recordActivity(unit, {
        type: "apikey.created",
        actor,
        agentId: input.agentId ?? null,
        summary: `created ${input.role} key "${name}"`,
        after: { keyId: id, role: input.role, agentId: input.agentId ?? null, expiresAt: input.expiresAt ?? null },
      });
      return row;
    });
    return { secret, apiKey };
  }

  async function revoke(actor: Actor, id: string) {
    const row = await transact(deps, async (unit) => {
      const key = await unit.tx.apiKey.findUnique({ where: { id } });
      if (!key) throw new NotFoundError("ApiKey", id);
      if (key.revokedAt) return key;
      const revoked = await unit.tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
      await recordActivity(unit, {
        type: "apikey.revoked",
        actor,
        agentId: key.agentId,
        summary: `revoked ${key.role} key "${key.name}"`,
        before: { keyId: id },
      });
      return revoked;
    });
    deps.pubsub.publish("apikey:revoked", { keyId: id, reason: "API key revoked" });
    return row;
  }

  /** Checks a presented secret. Updates lastUsedAt at most once a minute per key. */
  async function authenticate(secret: string): Promise<AuthResult> {
    if (adminHash !== null && secret.length === deps.config.adminKey!.length) {
      if (secretMatches(secret, adminHash)) {
        return { ok: true, viewer: { keyId: null, role: "ADMIN", agentId: null, name: "MC_ADMIN_KEY" } };
      }
    }
    const id = keyIdOf(secret);
    if (!id) return { ok: false, reason: "malformed" };
    // On the driver path: this runs for every request an API key makes.
    const key = await findApiKey(deps.sql, id);
    if (!key || !secretMatches(secret, key.hash)) return { ok: false, reason: "unknown" };
    if (key.revokedAt) return { ok: false, reason: "revoked" };
    if (key.expiresAt && key.expiresAt.getTime() <= (deps.now ?? Date.now)()) return { ok: false, reason: "expired" };
    const now = Date.now();
    if ((lastWritten.get(id) ?? 0) + LAST_USED_EVERY_MS < now) {
      lastWritten.set(id, now);
      await touchApiKey(deps.sql, id, new Date(now));
    }
    return {
      ok: true,
      viewer: {
        keyId: key.id,
        role: key.role as Role,
        agentId: key.agentId,
        name: key.name,
        expiresAt: key.expiresAt,
        runId: key.runId,
      },
    };
  }

  /**
   * A run's own key (live tool approvals): an AGENT key of the run's agent that may only ask for that
   * run's approvals (the `runKey` scope, security/roles.ts), expiring with the run's deadline. Written without
   * an activity entry: it is part of the run, and `revokeRunKey` ends it with the run.
   */
  async function createRunKey(runId: string, agentId: string, expiresAt: Date): Promise<string> {
    const id = newId("ApiKey");
    const secret = newSecret(id);
    await deps.db.apiKey.create({
      data: { id, name: `run ${runId}`, role: "AGENT", agentId, runId, hash: hashSecret(secret), expiresAt },
    });
    return secret;
  }

  async function revokeRunKey(runId: string): Promise<void> {
    const keys = await deps.db.apiKey.findMany({ where: { runId, revokedAt: null }, select: { id: true } });
    if (keys.length === 0) return;
    await deps.db.apiKey.updateMany({ where: { runId, revokedAt: null }, data: { revokedAt: new Date() } });
    for (const { id } of keys) deps.pubsub.publish("apikey:revoked", { keyId: id, reason: "the run ended" });
  }

  /**
   * First start with auth on, no MC_ADMIN_KEY and no key stored: creates an admin key and returns its
   * secret (printed once by the server). Returns null when there is nothing to do.
   */
  async function bootstrap(): Promise<string | null> {
    if (deps.config.auth === "off" || deps.config.adminKey) return null;
    if ((await deps.db.apiKey.count()) > 0) return null;
    const { secret } = await create({ type: "system", id: null }, { name: "bootstrap admin", role: "ADMIN" });
    return secret;
  }

  /** Records an audited read (a field declared with `extensions: { audit: true }`) in the activity feed. */
  async function recordAuditedRead(actor: Actor, viewer: Viewer, field: string): Promise<void> {
    await sqlTransact(deps, (unit) =>
      recordActivity(unit, {
        type: "audit.admin_operation",
        actor,
        summary: `${viewer.role} key "${viewer.name}" called ${field}`,
        after: { keyId: viewer.keyId, fields: [field] },
      }),
    );
  }

  return { create, revoke, authenticate, bootstrap, createRunKey, revokeRunKey, recordAuditedRead };
}

export type ApiKeyService = ReturnType<typeof createApiKeyService>;

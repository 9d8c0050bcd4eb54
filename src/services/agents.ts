import { AgentBackend, AgentLevel, type AgentStatus } from "../domain/enums.js";
import { parsePermissions } from "../domain/permissions.js";
import { normalizeLabels, requireSlug } from "../domain/validate.js";
import { BadInputError, ConflictError, NotFoundError } from "../errors.js";
import type { Executors } from "../executors/types.js";
import type { Agent } from "../generated/prisma/client.js";
import { newId } from "../ids.js";
import { type Actor, recordActivity, type ServiceDeps, transact } from "./context.js";
import { heldBy, moveTask } from "./task-moves.js";

export interface CreateAgentInput {
  name: string;
  role?: string | null;
  specialties?: string[] | null;
  backend?: string | null;
  model?: string | null;
  level?: AgentLevel | null;
  maxCapacity?: number | null;
  config?: unknown;
  systemPrompt?: string | null;
}

export type UpdateAgentInput = { [K in keyof CreateAgentInput]?: CreateAgentInput[K] | null } & {
  status?: AgentStatus | null;
};

const BACKENDS = Object.values(AgentBackend) as string[];

function checkBackend(backend: string): string {
  if (!BACKENDS.includes(backend)) {
    throw new BadInputError(`backend "${backend}" is not known; use one of ${BACKENDS.join(", ")}`, {
      field: "backend",
    });
  }
  return backend;
}

function checkConfig(config: unknown): string {
  if (config === null || typeof config !== "object" || Array.isArray(config)) {
    throw new BadInputError("config must be a JSON object", { field: "config" });
  }
  // Tool permissions apply to every backend (domain/permissions.ts).
  const permissions = (config as Record<string, unknown>).permissions;
  if (permissions !== undefined) {
    const parsed = parsePermissions(permissions);
    if ("error" in parsed) throw new BadInputError(parsed.error, { field: parsed.field });
  }
  return JSON.stringify(config);
}

/** The fields an activity entry shows for an agent. */
function describe(agent: Agent) {
  return {
    name: agent.name,
    role: agent.role,
    specialties: JSON.parse(agent.specialties),
    backend: agent.backend,
    model: agent.model,
    level: agent.level,
    maxCapacity: agent.maxCapacity,
    status: agent.status,
  };
}

export function createAgentService(deps: ServiceDeps, executors: Executors) {
  /** The backend's own check of an agent's config (executables allowed, base URL, cwd...). */
  function checkBackendConfig(backend: string, config: Record<string, unknown>): void {
    const reason = executors.get(backend)?.validateConfig(config);
    if (reason) throw new BadInputError(`the ${backend} backend cannot use this agent: ${reason}`, { field: "config" });
  }

  async function nameTaken(tx: { agent: { findUnique: Db["agent"]["findUnique"] } }, name: string) {
    return (await tx.agent.findUnique({ where: { name }, select: { id: true } })) !== null;
  }
  type Db = import("../db/client.js").Db;

  return {
    async create(actor: Actor, input: CreateAgentInput) {
      const name = requireSlug("name", input.name);
      const data = {
        id: newId("Agent"),
        name,
        role: input.role ?? "",
        specialties: JSON.stringify(normalizeLabels("specialties", input.specialties)),
        backend: checkBackend(input.backend ?? AgentBackend.EXTERNAL),
        model: input.model ?? null,
        level: input.level ?? AgentLevel.SPECIALIST,
        maxCapacity: input.maxCapacity ?? 1,
        config: input.config === undefined || input.config === null ? "{}" : checkConfig(input.config),
        systemPrompt: input.systemPrompt ?? "",
      };
      checkBackendConfig(data.backend, JSON.parse(data.config));
      return transact(deps, async (unit) => {
        if (await nameTaken(unit.tx, name)) {
          throw new ConflictError(`an agent named "${name}" already exists; names are unique`, { field: "name" });
        }
        const agent = await unit.tx.agent.create({ data });
        await recordActivity(unit, {
          type: "agent.created",
          actor,
          agentId: agent.id,
          summary: `registered agent @${name}`,
          after: describe(agent),
        });
        // Live views (the board) learn of it now, not at its first status change.
        unit.emit({
          topic: "agent:event",
          payload: { type: "created", agentId: agent.id, status: agent.status, previousStatus: null },
        });
        return agent;
      });
    },

    async update(actor: Actor, id: string, input: UpdateAgentInput) {
      const data: Record<string, unknown> = {};
      if (input.name != null) data.name = requireSlug("name", input.name);
      if (input.role != null) data.role = input.role;
      if (input.specialties != null)
        data.specialties = JSON.stringify(normalizeLabels("specialties", input.specialties));
      if (input.backend != null) data.backend = checkBackend(input.backend);
      if (input.model !== undefined) data.model = input.model ?? null;
      if (input.level != null) data.level = input.level;
      if (input.maxCapacity != null) data.maxCapacity = input.maxCapacity;
      if (input.config != null) data.config = checkConfig(input.config);
      if (input.systemPrompt != null) data.systemPrompt = input.systemPrompt;
      if (input.status != null) data.status = input.status;
      return transact(deps, async (unit) => {
        const before = await unit.tx.agent.findUnique({ where: { id } });
        if (!before) throw new NotFoundError("Agent", id);
        if (data.backend !== undefined || data.config !== undefined) {
          checkBackendConfig(
            (data.backend as string | undefined) ?? before.backend,
            JSON.parse((data.config as string | undefined) ?? before.config),
          );
        }
        if (typeof data.name === "string" && data.name !== before.name && (await nameTaken(unit.tx, data.name))) {
          throw new ConflictError(`an agent named "${data.name}" already exists; names are unique`, { field: "name" });
        }
        const agent = await unit.tx.agent.update({ where: { id }, data });
        await recordActivity(unit, {
          type: "agent.updated",
          actor,
          agentId: id,
          summary: `updated agent @${agent.name}`,
          before: describe(before),
          after: describe(agent),
        });
        if (agent.status !== before.status) {
          unit.emit({
            topic: "agent:event",
            payload: { type: "status", agentId: id, status: agent.status, previousStatus: before.status },
          });
        }
        return agent;
      });
    },

    /** Deletes an agent; tasks it held go back to their queue, its assignments are dropped. */
    async delete(actor: Actor, id: string) {
      return transact(deps, async (unit) => {
        const agent = await unit.tx.agent.findUnique({ where: { id } });
        if (!agent) throw new NotFoundError("Agent", id);
        const held = await heldBy(unit, id);
        if (held > 0) {
          throw new ConflictError(
            `agent @${agent.name} holds ${held} task(s) in progress; release or finish them before deleting it`,
            { held },
          );
        }
        // Tasks queued only for this agent would be ASSIGNED to nobody: return them to the inbox.
        const orphaned = await unit.tx.task.findMany({
          where: { status: "ASSIGNED", assignments: { every: { agentId: id }, some: { agentId: id } } },
        });
        // Its AGENT keys go with it (cascade); their open streams must end with them.
        const keys = await unit.tx.apiKey.findMany({ where: { agentId: id }, select: { id: true } });
        await unit.tx.agent.delete({ where: { id } });
        for (const key of keys) {
          unit.emit({
            topic: "apikey:revoked",
            payload: { keyId: key.id, reason: `its agent @${agent.name} was deleted` },
          });
        }
        for (const task of orphaned) {
          await moveTask(unit, actor, task, "INBOX", {
            activityType: "task.unassigned",
            eventType: "assigned",
            summary: `"${task.title}" returned to the inbox: its only assignee @${agent.name} was deleted`,
          });
        }
        await recordActivity(unit, {
          type: "agent.deleted",
          actor,
          agentId: id,
          summary: `deleted agent @${agent.name}`,
          before: describe(agent),
        });
        unit.emit({
          topic: "agent:event",
          payload: { type: "deleted", agentId: id, status: agent.status, previousStatus: agent.status },
        });
        return id;
      });
    },

    async require(id: string) {
      const agent = await deps.db.agent.findUnique({ where: { id } });
      if (!agent) throw new NotFoundError("Agent", id);
      return agent;
    },
  };
}

export type AgentService = ReturnType<typeof createAgentService>;

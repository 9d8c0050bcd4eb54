/**
 * Who may call what: one rule per root field of the schema, deny by default. A field without a rule
 * is refused for everyone (and a test fails), so a new operation cannot ship unguarded.
 */
export const Role = { VIEWER: "VIEWER", OPERATOR: "OPERATOR", ADMIN: "ADMIN", AGENT: "AGENT" } as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role);

export interface Rule {
  roles: readonly Role[];
  /** For AGENT keys: the argument naming the agent acted for, which must be the key's own agent. */
  agentArg?: string;
  /** Record every use in the activity feed (admin reads; admin mutations record their own entries). */
  audit?: boolean;
}

const READ: readonly Role[] = ["VIEWER", "OPERATOR", "ADMIN"];
const READ_AND_AGENT: readonly Role[] = ["VIEWER", "OPERATOR", "ADMIN", "AGENT"];
const MANAGE: readonly Role[] = ["OPERATOR", "ADMIN"];
const ADMIN_ONLY: readonly Role[] = ["ADMIN"];
const WORK: readonly Role[] = ["OPERATOR", "ADMIN", "AGENT"];

export const RULES: Readonly<Record<string, Rule>> = {
  // Reads: everyone but agents see everything; agents see what their work needs.
  "Query.node": { roles: READ_AND_AGENT },
  "Query.agents": { roles: READ_AND_AGENT },
  "Query.agent": { roles: READ_AND_AGENT },
  "Query.projects": { roles: READ_AND_AGENT },
  "Query.tasks": { roles: READ_AND_AGENT },
  "Query.task": { roles: READ_AND_AGENT },
  "Query.readyTasks": { roles: READ_AND_AGENT, agentArg: "agentId" },
  "Query.runningTasks": { roles: READ },
  "Query.taskGraph": { roles: READ_AND_AGENT },
  "Query.documents": { roles: READ_AND_AGENT },
  "Query.documentsConnection": { roles: READ_AND_AGENT },
  "Query.document": { roles: READ_AND_AGENT },
  "Query.activity": { roles: READ },
  "Query.apiKeys": { roles: ADMIN_ONLY, audit: true },
  "Query.viewer": { roles: READ_AND_AGENT },
  "Query.notifications": { roles: READ_AND_AGENT, agentArg: "agentId" },
  "Query.notificationsConnection": { roles: READ_AND_AGENT, agentArg: "agentId" },
  "Query.questions": { roles: READ_AND_AGENT, agentArg: "agentId" },
  "Query.questionsConnection": { roles: READ_AND_AGENT, agentArg: "agentId" },
  "Query.usage": { roles: READ_AND_AGENT, agentArg: "agentId" },
  "Query.stats": { roles: READ },
  "Query.standup": { roles: READ },
  "Query.cronJobs": { roles: READ },
  "Query.webhooks": { roles: ADMIN_ONLY },
  "Query.approvals": { roles: READ },

  // Management.
  "Mutation.createProject": { roles: MANAGE },
  "Mutation.createAgent": { roles: MANAGE },
  "Mutation.updateAgent": { roles: MANAGE },
  "Mutation.deleteAgent": { roles: MANAGE },
  "Mutation.createTask": { roles: MANAGE },
  "Mutation.createTasks": { roles: MANAGE },
  "Mutation.updateTask": { roles: MANAGE },
  "Mutation.deleteTask": { roles: MANAGE },
  "Mutation.assignTask": { roles: MANAGE },
  "Mutation.addDependency": { roles: MANAGE },
  "Mutation.removeDependency": { roles: MANAGE },
  "Mutation.setTaskStatus": { roles: MANAGE },
  "Mutation.retryTask": { roles: MANAGE },
  "Mutation.setProjectReviewer": { roles: MANAGE },
  "Mutation.setProjectSignOff": { roles: MANAGE },
  // Approvals: operators decide; an AGENT key never does (and no key decides for its own agent).
  "Mutation.decideApproval": { roles: MANAGE },
  "Mutation.runTask": { roles: MANAGE },
  "Mutation.planGoal": { roles: MANAGE },
  "Mutation.stopTask": { roles: MANAGE },
  "Mutation.createCronJob": { roles: MANAGE },
  "Mutation.pauseCronJob": { roles: MANAGE },
  "Mutation.resumeCronJob": { roles: MANAGE },
  "Mutation.deleteCronJob": { roles: MANAGE },
  "Mutation.triggerCronJob": { roles: MANAGE },
  "Mutation.answerQuestion": { roles: MANAGE },
  "Mutation.dismissQuestion": { roles: MANAGE },

  // Collaboration: agents take part as themselves.
  "Mutation.postMessage": { roles: WORK, agentArg: "authorAgentId" },
  "Mutation.markNotificationsRead": { roles: WORK, agentArg: "agentId" },
  "Mutation.askQuestion": { roles: WORK, agentArg: "agentId" },
  "Mutation.createDocument": { roles: WORK, agentArg: "input.authorAgentId" },
  "Mutation.updateDocument": { roles: WORK, agentArg: "authorAgentId" },

  // Money and outbound calls: admins only.
  "Mutation.setBudget": { roles: ADMIN_ONLY },
  "Mutation.createWebhook": { roles: ADMIN_ONLY },
  "Mutation.deleteWebhook": { roles: ADMIN_ONLY },

  // The agent work protocol: an AGENT key acts only as its own agent.
  "Mutation.heartbeat": { roles: WORK, agentArg: "agentId" },
  "Mutation.claimTask": { roles: WORK, agentArg: "agentId" },
  "Mutation.appendTaskOutput": { roles: WORK, agentArg: "agentId" },
  "Mutation.completeTask": { roles: WORK, agentArg: "agentId" },
  "Mutation.completeAndClaim": { roles: WORK, agentArg: "agentId" },
  "Mutation.failTask": { roles: WORK, agentArg: "agentId" },
  "Mutation.releaseTask": { roles: WORK, agentArg: "agentId" },
  // Live tool approvals: only a run's own key (RUN_SCOPED), for its run.
  "Mutation.requestToolApproval": { roles: ["AGENT"] },

  // Review gates: a human (operator key) or a reviewer agent, never the agent that did the work.
  "Mutation.reviewTask": { roles: WORK, agentArg: "reviewerAgentId" },

  // Keys (each records its own activity entry).
  "Mutation.createApiKey": { roles: ADMIN_ONLY },
  "Mutation.revokeApiKey": { roles: ADMIN_ONLY },

  // Live data.
  "Subscription.taskOutput": { roles: READ_AND_AGENT },
  "Subscription.taskEvents": { roles: READ_AND_AGENT },
  "Subscription.activity": { roles: READ },
  "Subscription.agentEvents": { roles: READ },
  "Subscription.approvals": { roles: READ },
  "Subscription.notifications": { roles: READ_AND_AGENT, agentArg: "agentId" },
};

export interface Viewer {
  /** The key's id; null for the bootstrap key and when auth is off. */
  keyId: string | null;
  role: Role;
  /** The agent an AGENT key acts for. */
  agentId: string | null;
  name: string;
  /** When the key stops working (its long-lived streams end then); null or absent: never. */
  expiresAt?: Date | null;
  /** A run's own key: it may call only RUN_SCOPED fields, for that run. */
  runId?: string | null;
}

/** What a run's own key may call (live tool approvals): nothing else, whatever its role allows. */
export const RUN_SCOPED: ReadonlySet<string> = new Set(["Mutation.requestToolApproval"]);

export type Decision = { ok: true; rule: Rule } | { ok: false; code: "FORBIDDEN"; message: string };

/** Whether `viewer` may call `field` (e.g. "Mutation.claimTask") with `args`. Pure. */
export function authorize(viewer: Viewer, field: string, args: Record<string, unknown>): Decision {
  const rule = RULES[field];
  if (!rule)
    return { ok: false, code: "FORBIDDEN", message: `${field} has no access rule; it is refused for everyone` };
  if (!rule.roles.includes(viewer.role)) {
    return {
      ok: false,
      code: "FORBIDDEN",
      message: `${field} needs one of the roles ${rule.roles.join(", ")}; this key is ${viewer.role}`,
    };
  }
  if (viewer.runId && !RUN_SCOPED.has(field)) {
    return {
      ok: false,
      code: "FORBIDDEN",
      message: `a run's own key may only ask for its run's approvals, not ${field}`,
    };
  }
  if (RUN_SCOPED.has(field) && !viewer.runId) {
    return {
      ok: false,
      code: "FORBIDDEN",
      message: `${field} is called by a run's own key (MC_API_KEY in its MCP server)`,
    };
  }
  if (viewer.role === "AGENT" && rule.agentArg) {
    // A dotted name reaches into an input object ("input.authorAgentId").
    const named = rule.agentArg
      .split(".")
      .reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), args);
    if (named !== undefined && named !== null && named !== viewer.agentId) {
      return {
        ok: false,
        code: "FORBIDDEN",
        message: `an AGENT key acts only as its own agent (${viewer.agentId}); ${rule.agentArg} names ${String(named)}`,
      };
    }
  }
  return { ok: true, rule };
}

/**
 * Planning a goal (planGoal): the prompt a planner agent receives and the check of its answer, pure.
 *
 * The planner answers with one JSON object (fenced or bare, prose around it is ignored):
 *
 *     { "title": "…", "prd": "markdown", "tasks": [
 *       { "ref": "schema", "title": "…", "description": "…", "priority": "HIGH",
 *         "assignee": "db-dev", "specialties": ["sql"], "dependsOn": ["other-ref"], "requiresReview": true } ] }
 *
 * `parsePlan` turns it into the items of a task graph, or into every problem it found, worded for the
 * planner: the service feeds them back for one more attempt before the plan task fails.
 */
import { TaskPriority } from "./enums.js";
import { topologicalOrder } from "./graph.js";
import { LIMITS } from "./validate.js";

/** An agent as the planner sees it, and as assignees are matched. */
export interface PlanAgent {
  id: string;
  name: string;
  role: string;
  specialties: readonly string[];
  level: string;
  maxCapacity: number;
  status: string;
}

/** What planGoal asked for, kept on the plan task (`Task.plan`). */
export interface PlanRequest {
  goal: string;
  maxTasks: number;
  requireApproval: boolean;
}

/** One task of an accepted plan, ready for the task graph. */
export interface PlannedItem {
  ref: string;
  title: string;
  description: string;
  priority: TaskPriority;
  assigneeId: string | null;
  /** How the assignee was chosen: named by the planner, matched on specialties, or none (the inbox). */
  matchedBy: "name" | "specialties" | null;
  dependsOnRefs: string[];
  requiresReview: boolean;
}

export interface AcceptedPlan {
  title: string;
  prd: string;
  tasks: PlannedItem[];
}

export type PlanCheck = { ok: true; plan: AcceptedPlan } | { ok: false; errors: string[] };

/** The most tasks one plan may hold (planGoal's `maxTasks` is capped here). */
export const MAX_PLAN_TASKS = 100;
/** Problems reported at once; the planner fixes them all in one retry. */
const MAX_REPORTED = 12;

const PRIORITIES = Object.values(TaskPriority) as string[];
const LEVEL_RANK: Record<string, number> = { LEAD: 0, SPECIALIST: 1, INTERN: 2 };

/** The answer's JSON object: the first fenced block that parses, else the outermost braces. */
export function extractJson(answer: string): unknown {
  const fenced = [...answer.matchAll(/```(?:json)?\s*\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const start = answer.indexOf("{");
  const end = answer.lastIndexOf("}");
  const candidates = [...fenced, ...(start >= 0 && end > start ? [answer.slice(start, end + 1)] : [])];
  for (const text of candidates) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // try the next
    }
  }
  throw new SyntaxError("the answer holds no JSON object");
}

const normalName = (name: string) => name.trim().replace(/^@/, "").toLowerCase();

/**
 * Checks a planner's answer against the request and the agents there are. Assignees: `assignee` names an
 * agent (with or without @, any case); without one, `specialties` picks the agent that has them all,
 * spreading the plan's tasks by capacity (lowest share of its capacity first, then seniority, then name).
 */
export function parsePlan(answer: string, request: PlanRequest, agents: readonly PlanAgent[]): PlanCheck {
  let value: unknown;
  try {
    value = extractJson(answer);
  } catch {
    return { ok: false, errors: ["the answer is not JSON: reply with one JSON object in the shape shown"] };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, errors: ["the answer must be a JSON object with a `tasks` array"] };
  }
  const root = value as Record<string, unknown>;
  const errors: string[] = [];
  const tasks = root.tasks;
  if (!Array.isArray(tasks) || tasks.length === 0) {
    return { ok: false, errors: ["`tasks` must be a non-empty array of tasks"] };
  }
  if (tasks.length > request.maxTasks) {
    errors.push(`the plan has ${tasks.length} tasks; at most ${request.maxTasks} are allowed: merge some`);
  }
  const byName = new Map(agents.map((a) => [normalName(a.name), a]));
  const load = new Map<string, number>();
  const refs = new Map<string, number>();
  const items: PlannedItem[] = [];
  for (const [i, raw] of tasks.entries()) {
    const at = `task ${i + 1}`;
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
      errors.push(`${at} is not an object`);
      continue;
    }
    const t = raw as Record<string, unknown>;
    const ref = typeof t.ref === "string" && t.ref.trim() ? t.ref.trim() : String(i + 1);
    const label = `task "${ref}"`;
    if (refs.has(ref)) errors.push(`${label}: ref "${ref}" is used by more than one task`);
    refs.set(ref, i);
    const title = typeof t.title === "string" ? t.title.trim() : "";
    if (!title) errors.push(`${label}: the title is empty`);
    else if (title.length > LIMITS.title) errors.push(`${label}: the title is over ${LIMITS.title} characters`);
    const description = typeof t.description === "string" ? t.description.trim() : "";
    if (description.length > LIMITS.description) {
      errors.push(`${label}: the description is over ${LIMITS.description} characters`);
    }
    let priority: TaskPriority = TaskPriority.MEDIUM;
    if (t.priority !== undefined && t.priority !== null) {
      const p = String(t.priority).toUpperCase();
      if (PRIORITIES.includes(p)) priority = p as TaskPriority;
      else errors.push(`${label}: priority "${String(t.priority)}" is not one of ${PRIORITIES.join(", ")}`);
    }
    const dependsOn = t.dependsOn ?? [];
    if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== "string" && typeof d !== "number")) {
      errors.push(`${label}: dependsOn must be an array of refs`);
    }
    const dependsOnRefs = Array.isArray(dependsOn) ? [...new Set(dependsOn.map((d) => String(d).trim()))] : [];
    const specialties = Array.isArray(t.specialties)
      ? t.specialties.filter((s): s is string => typeof s === "string" && !!s.trim()).map((s) => s.trim().toLowerCase())
      : [];
    let assignee: PlanAgent | null = null;
    let matchedBy: PlannedItem["matchedBy"] = null;
    if (typeof t.assignee === "string" && t.assignee.trim()) {
      assignee = byName.get(normalName(t.assignee)) ?? null;
      matchedBy = "name";
      if (!assignee) {
        errors.push(
          `${label}: unknown agent "${t.assignee.trim()}"; assign one of ${agents.map((a) => a.name).join(", ") || "(no agents)"}, or leave assignee out`,
        );
      }
    } else if (specialties.length) {
      assignee = bestBySpecialties(agents, specialties, load);
      matchedBy = "specialties";
      if (!assignee) errors.push(`${label}: no agent has all of the specialties ${specialties.join(", ")}`);
    }
    if (assignee) load.set(assignee.id, (load.get(assignee.id) ?? 0) + 1);
    items.push({
      ref,
      title,
      description,
      priority,
      assigneeId: assignee?.id ?? null,
      matchedBy: assignee ? matchedBy : null,
      dependsOnRefs,
      requiresReview: t.requiresReview === true,
    });
  }
  for (const item of items) {
    for (const d of item.dependsOnRefs) {
      if (d === item.ref) errors.push(`task "${item.ref}" depends on itself`);
      else if (!refs.has(d)) errors.push(`task "${item.ref}" depends on unknown ref "${d}"`);
    }
  }
  const sorted = topologicalOrder(
    items.map((t) => t.ref),
    items.flatMap((t) => t.dependsOnRefs.filter((d) => d !== t.ref).map((d) => ({ from: d, to: t.ref }))),
  );
  if (sorted.cycle) errors.push(`the dependencies form a cycle: ${sorted.cycle.join(" -> ")}; a plan must be a DAG`);
  if (errors.length) {
    const shown = errors.slice(0, MAX_REPORTED);
    if (errors.length > shown.length) shown.push(`… and ${errors.length - shown.length} more problems`);
    return { ok: false, errors: shown };
  }
  const title = (typeof root.title === "string" && root.title.trim()) || firstLine(request.goal);
  const prd = typeof root.prd === "string" && root.prd.trim() ? root.prd.trim() : request.goal;
  return { ok: true, plan: { title: title.slice(0, LIMITS.title - 10), prd, tasks: items } };
}

function bestBySpecialties(
  agents: readonly PlanAgent[],
  wanted: readonly string[],
  load: ReadonlyMap<string, number>,
): PlanAgent | null {
  const fit = agents.filter((a) => wanted.every((s) => a.specialties.includes(s)));
  fit.sort(
    (a, b) =>
      (load.get(a.id) ?? 0) / Math.max(1, a.maxCapacity) - (load.get(b.id) ?? 0) / Math.max(1, b.maxCapacity) ||
      (LEVEL_RANK[a.level] ?? 3) - (LEVEL_RANK[b.level] ?? 3) ||
      a.name.localeCompare(b.name),
  );
  return fit[0] ?? null;
}

export function firstLine(text: string): string {
  return text.trim().split("\n")[0]!.trim();
}

/** The plan task's title. */
export function planTitle(goal: string): string {
  const line = firstLine(goal);
  return `Plan: ${line.length > 180 ? `${line.slice(0, 179)}…` : line}`;
}

/** The PRD document of an accepted plan: the planner's PRD, then the breakdown as a table. */
export function prdDocument(plan: AcceptedPlan, agents: readonly PlanAgent[]): string {
  const names = new Map(agents.map((a) => [a.id, a.name]));
  const rows = plan.tasks.map(
    (t) =>
      `| ${t.ref} | ${t.title.replace(/\|/g, "\\|")} | ${t.priority} | ${t.assigneeId ? `@${names.get(t.assigneeId)}` : "(inbox)"} | ${t.dependsOnRefs.join(", ") || "-"} |`,
  );
  return [
    plan.prd,
    "",
    "## Tasks",
    "",
    "| ref | title | priority | assignee | depends on |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

export interface PlanningPromptInput {
  request: PlanRequest;
  agents: readonly PlanAgent[];
  project?: { name: string; description: string } | null;
}

/** The planning brief: the goal, who can do the work, the shape to answer in and the rules it is held to. */
export function planningBrief(input: PlanningPromptInput): string {
  const { request, agents } = input;
  const lines: string[] = [
    "You are planning a goal for a team of AI agents. Break it into a dependency graph of tasks the agents below can do, and write a short PRD.",
    "",
    "## Goal",
    "",
    request.goal.trim(),
  ];
  if (input.project) {
    lines.push("", `## Project: ${input.project.name}`);
    if (input.project.description.trim()) lines.push("", input.project.description.trim());
  }
  lines.push("", "## The agents", "");
  if (agents.length === 0) lines.push("(none yet: leave every assignee out; the tasks go to the inbox)");
  for (const a of agents) {
    lines.push(
      `- ${a.name}: ${a.role || "no role given"}; level ${a.level}; capacity ${a.maxCapacity}; specialties ${a.specialties.join(", ") || "none"}; ${a.status}`,
    );
  }
  lines.push(
    "",
    "## Answer with one JSON object, nothing else",
    "",
    "```json",
    JSON.stringify(
      {
        title: "a short name for the plan",
        prd: "the product requirements in markdown: the problem, what done means, constraints",
        tasks: [
          {
            ref: "schema",
            title: "Design the schema",
            description: "what to do and what to deliver",
            priority: "HIGH",
            assignee: agents[0]?.name ?? "an agent's name",
            dependsOn: [],
          },
          {
            ref: "api",
            title: "Build the API",
            description: "…",
            specialties: ["api"],
            dependsOn: ["schema"],
            requiresReview: true,
          },
        ],
      },
      null,
      2,
    ),
    "```",
    "",
    "Rules:",
    `- At most ${request.maxTasks} tasks; every task has a unique \`ref\` and a non-empty \`title\`.`,
    "- `dependsOn` lists the refs of tasks that must finish first; the graph must have no cycle.",
    "- `assignee` is the exact name of one agent above; or give `specialties` and the agent that has them all is chosen; or leave both out for the inbox.",
    `- \`priority\` is one of ${PRIORITIES.join(", ")} (default MEDIUM); \`requiresReview\` sends a task to review when it is done.`,
  );
  return lines.join("\n");
}

/**
 * Model routing: which model runs a task. Pure. Three tiers: `complex` (critical work and tasks whose text
 * signals design, debugging or risk), `routine` (low-priority tasks whose text signals chores) and
 * `default`. Keyword lists and the model of each tier are per agent (`config.routing`); a tier without a
 * model falls back to the agent's `model`.
 */

export type Tier = "complex" | "routine" | "default";

export interface RoutingConfig {
  complexModel?: string;
  routineModel?: string;
  defaultModel?: string;
  complexKeywords?: readonly string[];
  routineKeywords?: readonly string[];
}

export const DEFAULT_COMPLEX_KEYWORDS = [
  "architecture",
  "architect",
  "design",
  "refactor",
  "debug",
  "investigate",
  "root cause",
  "security",
  "vulnerability",
  "migration",
  "migrate",
  "concurrency",
  "race condition",
  "performance",
  "optimize",
  "algorithm",
  "prove",
  "incident",
];

export const DEFAULT_ROUTINE_KEYWORDS = [
  "typo",
  "rename",
  "format",
  "lint",
  "bump",
  "update dependency",
  "changelog",
  "readme",
  "docs",
  "translate",
  "summarize",
  "summary",
  "list",
  "cleanup",
  "clean up",
];

export interface RoutableTask {
  title: string;
  description: string;
  priority: string;
}

export interface Route {
  tier: Tier;
  model: string | null;
  /** Why this tier, for the run record and logs. */
  reason: string;
}

function hit(text: string, keywords: readonly string[]): string | null {
  for (const k of keywords) {
    const word = k.toLowerCase().trim();
    if (!word) continue;
    const re = new RegExp(`(^|[^a-z0-9])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([^a-z0-9]|$)`);
    if (re.test(text)) return k;
  }
  return null;
}

export function routeModel(task: RoutableTask, agentModel: string | null, config: RoutingConfig = {}): Route {
  const text = `${task.title}\n${task.description}`.toLowerCase();
  const pick = (tier: Tier, reason: string): Route => {
    const model =
      tier === "complex" ? config.complexModel : tier === "routine" ? config.routineModel : config.defaultModel;
    return { tier, model: model ?? config.defaultModel ?? agentModel ?? null, reason };
  };
  if (task.priority === "CRITICAL") return pick("complex", "critical priority");
  const complex = hit(text, config.complexKeywords ?? DEFAULT_COMPLEX_KEYWORDS);
  if (complex) return pick("complex", `complex signal "${complex}"`);
  if (task.priority === "LOW") {
    const routine = hit(text, config.routineKeywords ?? DEFAULT_ROUTINE_KEYWORDS);
    if (routine) return pick("routine", `low priority with routine signal "${routine}"`);
  }
  return pick("default", "no tier signal");
}

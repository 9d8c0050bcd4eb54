import type { Executors } from "../executors/types.js";
import { createAgentService } from "./agents.js";
import { createApiKeyService } from "./api-keys.js";
import { createApprovalService } from "./approvals.js";
import { createClaimService } from "./claims.js";
import type { ServiceDeps } from "./context.js";
import { createCronService } from "./cron.js";
import { createDependencyService } from "./dependencies.js";
import { createDocumentService } from "./documents.js";
import { createGraphService } from "./graph.js";
import { createMessageService } from "./messages.js";
import { createNotificationService } from "./notifications.js";
import { createPlanService } from "./plans.js";
import { createProjectService } from "./projects.js";
import { createPromptService } from "./prompts.js";
import { createQuestionService } from "./questions.js";
import { createReviewService } from "./reviews.js";
import { createRunService } from "./runs.js";
import { createStatsService } from "./stats.js";
import { createTaskService } from "./tasks.js";
import { createUsageService } from "./usage.js";
import { createWebhookService } from "./webhooks.js";

/** The services over `deps`; `executors` (the registry, built by the server) checks agents' configs. */
export function createServices(deps: ServiceDeps, executors: Executors) {
  const usage = createUsageService(deps);
  const tasks = createTaskService(deps);
  const documents = createDocumentService(deps);
  return {
    projects: createProjectService(deps),
    agents: createAgentService(deps, executors),
    executors,
    tasks,
    dependencies: createDependencyService(deps),
    usage,
    claims: createClaimService(deps, usage),
    documents,
    messages: createMessageService(deps),
    notifications: createNotificationService(deps),
    questions: createQuestionService(deps),
    cron: createCronService(deps, tasks),
    webhooks: createWebhookService(deps),
    stats: createStatsService(deps),
    prompts: createPromptService(deps, documents),
    graph: createGraphService(deps),
    apiKeys: createApiKeyService(deps),
    reviews: createReviewService(deps),
    approvals: createApprovalService(deps),
    plans: createPlanService(deps, tasks),
    runs: createRunService(deps, usage),
  };
}

export type Services = ReturnType<typeof createServices>;
export type { Actor, ServiceDeps } from "./context.js";
export { agentConfigOf } from "./prompts.js";

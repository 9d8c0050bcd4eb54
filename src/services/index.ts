import { createAgentService } from "./agents.js";
import { createApiKeyService } from "./api-keys.js";
import { createClaimService } from "./claims.js";
import type { ServiceDeps } from "./context.js";
import { createDependencyService } from "./dependencies.js";
import { createGraphService } from "./graph.js";
import { createProjectService } from "./projects.js";
import { createReviewService } from "./reviews.js";
import { createTaskService } from "./tasks.js";

export function createServices(deps: ServiceDeps) {
  return {
    projects: createProjectService(deps),
    agents: createAgentService(deps),
    tasks: createTaskService(deps),
    dependencies: createDependencyService(deps),
    claims: createClaimService(deps),
    graph: createGraphService(deps),
    apiKeys: createApiKeyService(deps),
    reviews: createReviewService(deps),
  };
}

export type Services = ReturnType<typeof createServices>;
export type { Actor, ServiceDeps } from "./context.js";

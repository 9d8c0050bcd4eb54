import { ConflictError, NotFoundError } from "../errors.js";
import { newId } from "../ids.js";
import { type Actor, recordActivity, requireIds, type ServiceDeps, transact } from "./context.js";

export interface CreateProjectInput {
  name: string;
  description?: string | null;
  /** Reviewer agent for tasks of this project entering REVIEW. */
  reviewerAgentId?: string | null;
  /** Its tasks wait for an operator's sign-off before they run. */
  requiresSignOff?: boolean | null;
}

export function createProjectService(deps: ServiceDeps) {
  return {
    async create(actor: Actor, input: CreateProjectInput) {
      // The shapes of name and description are declared on CreateProjectInput (schema/input-shapes.ts).
      const { name } = input;
      const description = input.description ?? "";
      return transact(deps, async (unit) => {
        const existing = await unit.tx.project.findUnique({ where: { name } });
        if (existing) throw new ConflictError(`a project named "${name}" already exists`, { field: "name" });
        const reviewerAgentId = input.reviewerAgentId ?? null;
        await requireIds(unit, "Agent", [reviewerAgentId]);
        const project = await unit.tx.project.create({
          data: {
            id: newId("Project"),
            name,
            description,
            reviewerAgentId,
            requiresSignOff: input.requiresSignOff ?? false,
          },
        });
        await recordActivity(unit, {
          type: "project.created",
          actor,
          projectId: project.id,
          summary: `created project "${name}"`,
          after: { name, description },
        });
        return project;
      });
    },

    /** Whether the project's tasks wait for a sign-off (tasks created or assigned from now on). */
    async setSignOff(actor: Actor, id: string, required: boolean) {
      return transact(deps, async (unit) => {
        await requireIds(unit, "Project", [id]);
        const project = await unit.tx.project.update({ where: { id }, data: { requiresSignOff: required } });
        await recordActivity(unit, {
          type: "project.sign_off_set",
          actor,
          projectId: id,
          summary: `tasks of "${project.name}" ${required ? "now wait" : "no longer wait"} for a sign-off before they run`,
          after: { requiresSignOff: required },
        });
        return project;
      });
    },

    /** Sets (or, with null, clears) the project's reviewer agent. */
    async setReviewer(actor: Actor, id: string, reviewerAgentId: string | null) {
      return transact(deps, async (unit) => {
        await requireIds(unit, "Project", [id]);
        await requireIds(unit, "Agent", [reviewerAgentId]);
        const project = await unit.tx.project.update({ where: { id }, data: { reviewerAgentId } });
        await recordActivity(unit, {
          type: "project.reviewer_set",
          actor,
          projectId: id,
          summary: reviewerAgentId
            ? `set the reviewer of "${project.name}" to ${reviewerAgentId}`
            : `cleared the reviewer of "${project.name}"`,
          after: { reviewerAgentId },
        });
        return project;
      });
    },

    async require(id: string) {
      const project = await deps.db.project.findUnique({ where: { id } });
      if (!project) throw new NotFoundError("Project", id);
      return project;
    },
  };
}

export type ProjectService = ReturnType<typeof createProjectService>;

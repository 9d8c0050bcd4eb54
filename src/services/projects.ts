import { LIMITS, optionalText, requireText } from "../domain/validate.js";
import { ConflictError, NotFoundError } from "../errors.js";
import { newId } from "../ids.js";
import { type Actor, recordActivity, type ServiceDeps, transact } from "./context.js";

export interface CreateProjectInput {
  name: string;
  description?: string | null;
}

export function createProjectService(deps: ServiceDeps) {
  return {
    async create(actor: Actor, input: CreateProjectInput) {
      const name = requireText("name", input.name, LIMITS.name * 2);
      const description = optionalText("description", input.description, LIMITS.description) ?? "";
      return transact(deps, async (unit) => {
        const existing = await unit.tx.project.findUnique({ where: { name } });
        if (existing) throw new ConflictError(`a project named "${name}" already exists`, { field: "name" });
        const project = await unit.tx.project.create({ data: { id: newId("Project"), name, description } });
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

    async require(id: string) {
      const project = await deps.db.project.findUnique({ where: { id } });
      if (!project) throw new NotFoundError("Project", id);
      return project;
    },
  };
}

export type ProjectService = ReturnType<typeof createProjectService>;

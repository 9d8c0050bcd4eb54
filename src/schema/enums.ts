import {
  AgentBackend,
  AgentLevel,
  AgentStatus,
  ClaimOutcome,
  DocumentType,
  OutputKind,
  TASK_EVENT_TYPES,
  TaskPriority,
} from "../domain/enums.js";
import { TASK_STATUSES } from "../domain/task-status.js";
import { builder } from "./builder.js";

export const AgentStatusEnum = builder.enumType("AgentStatus", { values: Object.values(AgentStatus) });
export const AgentLevelEnum = builder.enumType("AgentLevel", {
  values: Object.values(AgentLevel),
  description: "INTERN: all work goes to REVIEW. LEAD: never needs review unless the task asks.",
});
/** The wire names are GraphQL's (CLAUDE_CODE); the values the stored spellings (`claude-code`). */
export const AgentBackendEnum = builder.enumType("AgentBackend", {
  description: "Where an agent's work runs.",
  values: {
    EXTERNAL: {
      value: AgentBackend.EXTERNAL,
      description: "Outside the server: a worker, an MCP client or your own code claims its tasks.",
    },
    SHELL: { value: AgentBackend.SHELL, description: "A program the server runs (ADMIN keys only)." },
    OPENAI: { value: AgentBackend.OPENAI, description: "An OpenAI-compatible chat completions API the server calls." },
    CLAUDE_CODE: { value: AgentBackend.CLAUDE_CODE, description: "Claude Code, run by the server (`claude -p`)." },
  } as const,
});
export const TaskStatusEnum = builder.enumType("TaskStatus", { values: TASK_STATUSES });
export const TaskPriorityEnum = builder.enumType("TaskPriority", { values: Object.values(TaskPriority) });
export const DocumentTypeEnum = builder.enumType("DocumentType", { values: Object.values(DocumentType) });
export const ClaimOutcomeEnum = builder.enumType("ClaimOutcome", { values: Object.values(ClaimOutcome) });
export const OutputKindEnum = builder.enumType("OutputKind", { values: Object.values(OutputKind) });
export const TaskEventTypeEnum = builder.enumType("TaskEventType", {
  description: "What a taskEvents event says happened.",
  values: TASK_EVENT_TYPES,
});

import {
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
export const TaskStatusEnum = builder.enumType("TaskStatus", { values: TASK_STATUSES });
export const TaskPriorityEnum = builder.enumType("TaskPriority", { values: Object.values(TaskPriority) });
export const DocumentTypeEnum = builder.enumType("DocumentType", { values: Object.values(DocumentType) });
export const ClaimOutcomeEnum = builder.enumType("ClaimOutcome", { values: Object.values(ClaimOutcome) });
export const OutputKindEnum = builder.enumType("OutputKind", { values: Object.values(OutputKind) });
export const TaskEventTypeEnum = builder.enumType("TaskEventType", {
  description: "What a taskEvents event says happened.",
  values: TASK_EVENT_TYPES,
});

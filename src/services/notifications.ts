import { newId } from "../ids.js";
import { snapshot } from "../realtime/events.js";
import { unreadCount as unreadNotifications } from "../sql/task-counts.js";
import { requireIds, type ServiceDeps, type SqlUnit, transact, type Unit } from "./context.js";

export const NotificationKind = {
  MENTION: "MENTION",
  REPLY: "REPLY",
  DISPATCH: "DISPATCH",
  QUESTION_ANSWERED: "QUESTION_ANSWERED",
  BUDGET_EXCEEDED: "BUDGET_EXCEEDED",
  REVIEW: "REVIEW",
  APPROVAL: "APPROVAL",
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

export interface NotifyInput {
  agentId: string;
  kind: NotificationKind;
  content: string;
  taskId?: string | null;
  messageId?: string | null;
  questionId?: string | null;
}

export async function notify(unit: Unit, input: NotifyInput): Promise<void> {
  const row = await unit.tx.notification.create({
    data: {
      id: newId("Notification"),
      agentId: input.agentId,
      kind: input.kind,
      content: input.content.slice(0, 2000),
      taskId: input.taskId ?? null,
      messageId: input.messageId ?? null,
      questionId: input.questionId ?? null,
    },
  });
  unit.emit({ topic: "notification", payload: snapshot(row) as never });
}

export function unreadCount(unit: SqlUnit, agentId: string): Promise<number> {
  return unreadNotifications(unit.sql, agentId);
}

export function createNotificationService(deps: ServiceDeps) {
  /** Marks the agent's notifications read (the listed ones, or all). @returns how many changed */
  async function markRead(agentId: string, ids?: readonly string[] | null): Promise<number> {
    return transact(deps, async (unit) => {
      await requireIds(unit, "Agent", [agentId]);
      const res = await unit.tx.notification.updateMany({
        where: { agentId, readAt: null, ...(ids ? { id: { in: [...ids] } } : {}) },
        data: { readAt: new Date() },
      });
      return res.count;
    });
  }
  return { markRead };
}

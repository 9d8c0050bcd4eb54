/**
 * Task threads. `@name` notifies that agent, `@all` every agent on the task's project (agents assigned to
 * any of its tasks; all agents when the task has no project or the project has none), and a reply
 * notifies the agent it answers. A mention that names nobody comes back in `unresolvedMentions`.
 */
import { parseMentions } from "../domain/mentions.js";
import { LIMITS, requireText } from "../domain/validate.js";
import { BadInputError, NotFoundError } from "../errors.js";
import type { Message } from "../generated/prisma/client.js";
import { newId } from "../ids.js";
import { type Actor, recordActivity, type ServiceDeps, transact, type Unit } from "./context.js";
import { NotificationKind, notify } from "./notifications.js";
import { loadTask } from "./task-moves.js";

export interface MessageAuthor {
  agentId?: string | null;
  keyId?: string | null;
  /** Display name for a human author (the key's name); agents are shown by their own name. */
  name?: string | null;
}

export interface PostMessageInput {
  taskId: string;
  content: string;
  author: MessageAuthor;
  replyToId?: string | null;
}

export const SYSTEM_AUTHOR: MessageAuthor = { name: "system" };

/** Posts a message inside the caller's transaction (dispatch errors are posted by the runner this way). */
export async function postIn(unit: Unit, actor: Actor, input: PostMessageInput): Promise<Message> {
  const content = requireText("content", input.content, LIMITS.description);
  const task = await loadTask(unit, input.taskId);
  let authorName = input.author.name?.trim() || "operator";
  if (input.author.agentId) {
    const agent = await unit.tx.agent.findUnique({ where: { id: input.author.agentId } });
    if (!agent) throw new NotFoundError("Agent", input.author.agentId);
    authorName = agent.name;
  }
  let replyTo: Message | null = null;
  if (input.replyToId) {
    replyTo = await unit.tx.message.findUnique({ where: { id: input.replyToId } });
    if (!replyTo) throw new NotFoundError("Message", input.replyToId);
    if (replyTo.taskId !== task.id) {
      throw new BadInputError(
        `message ${input.replyToId} is on another task's thread; reply on task ${replyTo.taskId}`,
        {
          field: "replyToId",
        },
      );
    }
  }

  const parsed = parseMentions(content);
  const named = parsed.names.length
    ? await unit.tx.agent.findMany({ where: { name: { in: parsed.names } }, select: { id: true, name: true } })
    : [];
  const found = new Set(named.map((a) => a.name));
  const unresolved = parsed.names.filter((n) => !found.has(n));
  const targets = new Map<string, NotificationKind>();
  for (const a of named) targets.set(a.id, NotificationKind.MENTION);
  if (parsed.all) {
    let everyone: { id: string }[] = [];
    if (task.projectId) {
      everyone = await unit.tx.agent.findMany({
        where: { assignments: { some: { task: { projectId: task.projectId } } } },
        select: { id: true },
      });
    }
    if (everyone.length === 0) everyone = await unit.tx.agent.findMany({ select: { id: true } });
    for (const a of everyone) targets.set(a.id, NotificationKind.MENTION);
  }
  if (replyTo?.authorAgentId && !targets.has(replyTo.authorAgentId)) {
    // Its author may have been deleted since.
    const author = await unit.tx.agent.findUnique({ where: { id: replyTo.authorAgentId }, select: { id: true } });
    if (author) targets.set(author.id, NotificationKind.REPLY);
  }
  // Nobody is notified of their own message.
  if (input.author.agentId) targets.delete(input.author.agentId);

  const message = await unit.tx.message.create({
    data: {
      id: newId("Message"),
      taskId: task.id,
      authorAgentId: input.author.agentId ?? null,
      authorKeyId: input.author.keyId ?? null,
      authorName,
      content,
      replyToId: replyTo?.id ?? null,
      mentions: JSON.stringify(named.map((a) => a.id)),
      unresolvedMentions: JSON.stringify(unresolved),
    },
  });
  const excerpt = content.length > 280 ? `${content.slice(0, 277)}...` : content;
  for (const [agentId, kind] of targets) {
    await notify(unit, {
      agentId,
      kind,
      taskId: task.id,
      messageId: message.id,
      content:
        kind === NotificationKind.REPLY
          ? `@${authorName} replied on "${task.title}": ${excerpt}`
          : `@${authorName} mentioned you on "${task.title}": ${excerpt}`,
    });
  }
  await recordActivity(unit, {
    type: "message.posted",
    actor,
    agentId: input.author.agentId ?? null,
    taskId: task.id,
    projectId: task.projectId,
    summary: `@${authorName} posted on "${task.title}"${targets.size ? ` notifying ${targets.size} agent(s)` : ""}${unresolved.length ? `; unknown mentions: ${unresolved.map((n) => `@${n}`).join(", ")}` : ""}`,
    after: { messageId: message.id, notified: [...targets.keys()], unresolvedMentions: unresolved },
  });
  return message;
}

export function createMessageService(deps: ServiceDeps) {
  function post(actor: Actor, input: PostMessageInput): Promise<Message> {
    return transact(deps, (unit) => postIn(unit, actor, input));
  }
  return { post };
}

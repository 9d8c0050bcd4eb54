/**
 * `mission-control mcp`: a Model Context Protocol server over stdio (the official TypeScript SDK) that
 * lets Claude Code or any MCP client act as an agent or an operator through the typed client. Each tool
 * is one API call; errors come back as tool errors carrying the API's code (CONFLICT, NOT_FOUND, ...).
 */

import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { type MissionControlClient, MissionControlError } from "../client/index.js";
import { OutputKind, TaskPriority } from "../domain/enums.js";
import { TASK_STATUSES, type TaskStatus } from "../domain/task-status.js";
import { VERSION } from "../version.js";

const STATUSES = TASK_STATUSES as [TaskStatus, ...TaskStatus[]];
const PRIORITIES = Object.values(TaskPriority) as [TaskPriority, ...TaskPriority[]];
const KINDS = Object.values(OutputKind) as [OutputKind, ...OutputKind[]];

type ToolResult = { content: { type: "text"; text: string }[]; isError?: boolean };

async function call(work: () => Promise<unknown>): Promise<ToolResult> {
  try {
    const value = await work();
    return { content: [{ type: "text", text: typeof value === "string" ? value : JSON.stringify(value, null, 2) }] };
  } catch (error) {
    const text =
      error instanceof MissionControlError
        ? `${error.code}: ${error.message}`
        : error instanceof Error
          ? error.message
          : String(error);
    return { content: [{ type: "text", text }], isError: true };
  }
}

/** The server with its tools. The SDK is imported here, on demand, so `serve` never loads it. */
export async function createMcpServer(mc: MissionControlClient): Promise<McpServer> {
  const [{ McpServer: Server }, { z }] = await Promise.all([
    import("@modelcontextprotocol/sdk/server/mcp.js"),
    import("zod"),
  ]);
  const server = new Server({ name: "mission-control", version: VERSION });

  server.registerTool(
    "list_tasks",
    {
      description: "List tasks, newest first, optionally filtered by status, assignee, project, tag or text.",
      inputSchema: {
        status: z.array(z.enum(STATUSES)).optional(),
        assigneeId: z.string().optional(),
        projectId: z.string().optional(),
        tag: z.string().optional(),
        search: z.string().optional(),
        first: z.number().int().min(1).max(200).optional(),
      },
    },
    ({ first, ...filter }) => call(async () => (await mc.tasks(filter, first ?? 50)).edges.map((e) => e.node)),
  );
  server.registerTool(
    "get_task",
    {
      description: "A task with its assignees, dependencies, documents and thread.",
      inputSchema: { taskId: z.string() },
    },
    ({ taskId }) => call(() => mc.task(taskId)),
  );
  server.registerTool(
    "create_task",
    {
      description: "Create a task (ASSIGNED when it has assignees, BLOCKED while dependencies are unfinished).",
      inputSchema: {
        title: z.string(),
        description: z.string().optional(),
        priority: z.enum(PRIORITIES).optional(),
        assigneeIds: z.array(z.string()).optional(),
        dependsOn: z.array(z.string()).optional(),
        projectId: z.string().optional(),
        tags: z.array(z.string()).optional(),
        requiresReview: z.boolean().optional(),
      },
    },
    (input) => call(() => mc.createTask(input)),
  );
  server.registerTool(
    "register_agent",
    {
      description: "Find the agent with this name, registering it when it does not exist. Returns its id.",
      inputSchema: {
        name: z.string(),
        role: z.string().optional(),
        specialties: z.array(z.string()).optional(),
        maxCapacity: z.number().int().min(1).max(1000).optional(),
      },
    },
    ({ name, ...rest }) => call(() => mc.ensureAgent(name, rest)),
  );
  server.registerTool(
    "claim_task",
    {
      description:
        "Claim the next task for an agent (its assigned tasks and unassigned inbox work, in priority order). Returns the task and its prompt.",
      inputSchema: {
        agentId: z.string(),
        limit: z.number().int().min(1).max(100).optional().describe("Take up to this many tasks at once (default 1)."),
      },
    },
    ({ agentId, limit }) =>
      call(async () => {
        const r = await mc.claim(agentId, undefined, limit);
        if (r.outcome !== "CLAIMED" || !r.task) return { outcome: r.outcome };
        if (!limit || limit === 1)
          return { outcome: r.outcome, task: r.task, prompt: await mc.prompt(r.task.id, agentId) };
        return { outcome: r.outcome, tasks: r.tasks };
      }),
  );
  server.registerTool(
    "update_task",
    {
      description:
        "Move a task to a status (operators), with an optional note. Agents finish work with complete_task or fail_task.",
      inputSchema: { taskId: z.string(), status: z.enum(STATUSES), note: z.string().optional() },
    },
    ({ taskId, status, note }) => call(() => mc.setStatus(taskId, status, note)),
  );
  server.registerTool(
    "append_output",
    {
      description: "Append output to a task the agent holds (extends its lease).",
      inputSchema: { taskId: z.string(), agentId: z.string(), content: z.string(), kind: z.enum(KINDS).optional() },
    },
    ({ taskId, agentId, content, kind }) => call(() => mc.append(taskId, agentId, content, kind)),
  );
  server.registerTool(
    "complete_task",
    {
      description:
        "Complete a task the agent holds; the result becomes its DELIVERABLE document. With claimNext, the agent's next task is claimed in the same call and returned with its prompt.",
      inputSchema: {
        taskId: z.string(),
        agentId: z.string(),
        result: z.string().optional(),
        claimNext: z.boolean().optional(),
      },
    },
    ({ taskId, agentId, result, claimNext }) =>
      call(async () => {
        if (!claimNext) return mc.complete(taskId, agentId, result);
        const { completed, next } = await mc.completeAndClaim(taskId, agentId, { result });
        const task = next.tasks[0];
        if (next.outcome !== "CLAIMED" || !task) return { completed, next: { outcome: next.outcome } };
        return { completed, next: { outcome: next.outcome, task, prompt: await mc.prompt(task.id, agentId) } };
      }),
  );
  server.registerTool(
    "fail_task",
    {
      description: "Fail a task the agent holds; retryable failures requeue it while attempts remain.",
      inputSchema: { taskId: z.string(), agentId: z.string(), error: z.string(), retryable: z.boolean().optional() },
    },
    ({ taskId, agentId, error, retryable }) => call(() => mc.fail(taskId, agentId, error, retryable ?? true)),
  );
  server.registerTool(
    "post_message",
    {
      description: "Post on a task's thread; @name notifies that agent, @all everyone on the project.",
      inputSchema: { taskId: z.string(), content: z.string(), authorAgentId: z.string().optional() },
    },
    ({ taskId, content, authorAgentId }) => call(() => mc.postMessage(taskId, content, authorAgentId)),
  );
  server.registerTool(
    "ask_question",
    {
      description: "Ask a human a question (optionally about a task); the answer arrives as a notification.",
      inputSchema: { agentId: z.string(), question: z.string(), taskId: z.string().optional() },
    },
    ({ agentId, question, taskId }) => call(() => mc.askQuestion(agentId, question, taskId)),
  );
  server.registerTool(
    "read_document",
    {
      description: "Read a document (optionally an older version).",
      inputSchema: { documentId: z.string(), version: z.number().int().optional() },
    },
    ({ documentId, version }) => call(() => mc.document(documentId, version)),
  );
  server.registerTool(
    "search_documents",
    {
      description: "Full-text search over documents, best match first.",
      inputSchema: { search: z.string(), projectId: z.string().optional(), taskId: z.string().optional() },
    },
    (filter) => call(() => mc.documents(filter)),
  );
  return server;
}

export async function serveMcp(mc: MissionControlClient): Promise<void> {
  const server = await createMcpServer(mc);
  const { StdioServerTransport } = await import("@modelcontextprotocol/sdk/server/stdio.js");
  await server.connect(new StdioServerTransport());
}

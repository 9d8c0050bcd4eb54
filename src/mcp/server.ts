/**
 * `mission-control mcp`: a Model Context Protocol server over stdio (the official TypeScript SDK) that
 * lets Claude Code or any MCP client act as an agent or an operator through the typed client. Each tool
 * is one API call (submit_tasks and wait_for_tasks poll until the work is finished); errors come back as
 * tool errors carrying the API's code (CONFLICT, NOT_FOUND, ...). Resources: a task's output and the
 * board; a prompt: the fleet's standup.
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

/**
 * The server with its tools. The SDK is imported here, on demand, so `serve` never loads it; zod as
 * `zod/v4`, which the build leaves outside the bundle (scripts/build.mjs), so the tools' schemas are
 * made by the zod the SDK itself requires.
 */
export async function createMcpServer(mc: MissionControlClient): Promise<McpServer> {
  const [{ McpServer: Server, ResourceTemplate }, { z }] = await Promise.all([
    import("@modelcontextprotocol/sdk/server/mcp.js"),
    import("zod/v4"),
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

  // The operator side: plans, watching, stopping, questions, reviews, the fleet.
  const FINAL = new Set(["DONE", "FAILED", "CANCELLED", "SKIPPED"]);
  /** Polls until every task is finished (or `timeoutSeconds` pass); each task's status, result, error. */
  async function waitFor(ids: string[], timeoutSeconds: number) {
    const deadline = Date.now() + timeoutSeconds * 1000;
    for (;;) {
      const states = await Promise.all(ids.map((id) => mc.taskState(id)));
      const done = states.every((s) => s && FINAL.has(s.status));
      if (done || Date.now() >= deadline) return { finished: done, tasks: states };
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  server.registerTool(
    "submit_tasks",
    {
      description:
        "Create a whole plan in one call: tasks that refer to each other by `ref` (dependsOnRefs), with assignees, priorities and tags. With wait, returns once every task is finished (DONE, FAILED, CANCELLED or SKIPPED) or the timeout passes, with each task's result.",
      inputSchema: {
        tasks: z
          .array(
            z.object({
              ref: z.string(),
              title: z.string(),
              description: z.string().optional(),
              dependsOnRefs: z.array(z.string()).optional(),
              assigneeIds: z.array(z.string()).optional(),
              priority: z.enum(PRIORITIES).optional(),
              tags: z.array(z.string()).optional(),
              requiredSpecialties: z.array(z.string()).optional(),
              requiresReview: z.boolean().optional(),
              projectId: z.string().optional(),
            }),
          )
          .min(1)
          .max(500),
        wait: z.boolean().optional(),
        timeoutSeconds: z.number().int().min(1).max(3600).optional().describe("With wait (default 600)."),
      },
    },
    ({ tasks, wait, timeoutSeconds }) =>
      call(async () => {
        const created = await mc.createTasks(tasks);
        if (!wait) return { tasks: created };
        return waitFor(
          created.map((t) => t.id),
          timeoutSeconds ?? 600,
        );
      }),
  );
  server.registerTool(
    "plan_goal",
    {
      description:
        "Plan a goal into a dependency graph of assigned tasks: the planner agent gets the goal, the fleet and the answer's JSON shape; its plan becomes a PRD and the tasks. With requireApproval the plan waits until an operator approves it (review_task on the planning task). With wait, returns once the planning task is settled (DONE, REVIEW or FAILED) with the plan's tasks.",
      inputSchema: {
        goal: z.string(),
        plannerAgentId: z.string(),
        projectId: z.string().optional(),
        requireApproval: z.boolean().optional(),
        maxTasks: z.number().int().min(1).max(100).optional(),
        priority: z.enum(PRIORITIES).optional().describe("The planning task's priority."),
        wait: z.boolean().optional(),
        timeoutSeconds: z.number().int().min(1).max(3600).optional().describe("With wait (default 600)."),
      },
    },
    ({ wait, timeoutSeconds, ...input }) =>
      call(async () => {
        const task = await mc.planGoal(input);
        if (!wait) return { task };
        const settledIn = new Set(["DONE", "REVIEW", "FAILED", "CANCELLED"]);
        const deadline = Date.now() + (timeoutSeconds ?? 600) * 1000;
        for (;;) {
          const plan = await mc.plan(task.id);
          const settled = !plan || settledIn.has(plan.status);
          if (settled || Date.now() >= deadline) return { settled, plan };
          await new Promise((r) => setTimeout(r, 500));
        }
      }),
  );
  server.registerTool(
    "wait_for_tasks",
    {
      description:
        "Wait until the tasks are finished (or the timeout passes); returns each one's status, result and error.",
      inputSchema: {
        taskIds: z.array(z.string()).min(1).max(500),
        timeoutSeconds: z.number().int().min(1).max(3600).optional().describe("Default 600."),
      },
    },
    ({ taskIds, timeoutSeconds }) => call(() => waitFor(taskIds, timeoutSeconds ?? 600)),
  );
  server.registerTool(
    "task_output",
    {
      description:
        "A task's status and its output after a sequence number (0 for all), oldest first: call again with the last seq to follow it.",
      inputSchema: {
        taskId: z.string(),
        afterSeq: z.number().int().min(0).optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      },
    },
    ({ taskId, afterSeq, limit }) => call(() => mc.output(taskId, afterSeq ?? 0, limit ?? 200)),
  );
  server.registerTool(
    "stop_task",
    {
      description:
        "Stop a running task wherever it runs: its run is aborted and the task released to its queue (RELEASE, default) or failed (FAIL).",
      inputSchema: {
        taskId: z.string(),
        outcome: z.enum(["RELEASE", "FAIL"]).optional(),
        reason: z.string().optional(),
      },
    },
    ({ taskId, outcome, reason }) => call(() => mc.stop(taskId, outcome, reason)),
  );
  server.registerTool(
    "review_task",
    {
      description:
        "Approve (DONE) or reject (back to its agent with the feedback) a task in REVIEW, as a human reviewer.",
      inputSchema: { taskId: z.string(), verdict: z.enum(["APPROVED", "REJECTED"]), feedback: z.string().optional() },
    },
    ({ taskId, verdict, feedback }) => call(() => mc.review(taskId, verdict, feedback)),
  );
  server.registerTool(
    "list_questions",
    {
      description: "Questions agents asked, newest first (OPEN by default).",
      inputSchema: {
        status: z.enum(["OPEN", "ANSWERED", "DISMISSED"]).optional(),
        first: z.number().int().min(1).max(500).optional(),
      },
    },
    ({ status, first }) =>
      call(async () => (await mc.questions(status ?? "OPEN", first ?? 50)).edges.map((e) => e.node)),
  );
  server.registerTool(
    "answer_question",
    {
      description: "Answer an agent's question; the agent is notified with the answer.",
      inputSchema: { questionId: z.string(), answer: z.string() },
    },
    ({ questionId, answer }) => call(() => mc.answerQuestion(questionId, answer)),
  );
  server.registerTool(
    "dismiss_question",
    { description: "Dismiss a question that needs no answer.", inputSchema: { questionId: z.string() } },
    ({ questionId }) => call(() => mc.dismissQuestion(questionId)),
  );
  // Live tool approvals. approve_tool is Claude Code's --permission-prompt-tool for a run the server
  // started (mcp__mission-control__approve_tool, with the run's own key): it asks and waits until the
  // policy or an operator answers, and answers in Claude Code's shape.
  server.registerTool(
    "approve_tool",
    {
      description:
        "Permission prompt for a Mission Control run (Claude Code's --permission-prompt-tool): asks whether the run may make this tool call and waits for the agent's policy or an operator.",
      inputSchema: {
        tool_name: z.string(),
        input: z.record(z.string(), z.unknown()).optional(),
        tool_use_id: z.string().optional(),
      },
    },
    async ({ tool_name, input }) => {
      try {
        let a = await mc.requestToolApproval(tool_name, input ?? {});
        while (a.status === "PENDING") a = await mc.requestToolApproval(tool_name, input ?? {}, a.id);
        const answer =
          a.status === "ALLOWED"
            ? { behavior: "allow", updatedInput: (a.updatedInput as Record<string, unknown> | null) ?? input ?? {} }
            : {
                behavior: "deny",
                message:
                  a.message ??
                  (a.status === "EXPIRED" ? "no operator decided in time" : "an operator denied this tool call"),
              };
        return { content: [{ type: "text" as const, text: JSON.stringify(answer) }] };
      } catch (error) {
        // Whatever went wrong, the call is not made.
        const message = error instanceof MissionControlError ? `${error.code}: ${error.message}` : String(error);
        return { content: [{ type: "text" as const, text: JSON.stringify({ behavior: "deny", message }) }] };
      }
    },
  );
  server.registerTool(
    "list_approvals",
    {
      description:
        "Approvals waiting for an operator (default PENDING), oldest first: tool calls of running agents (TOOL) and sign-offs before a run (RUN).",
      inputSchema: {
        status: z.enum(["PENDING", "ALLOWED", "DENIED", "EXPIRED"]).optional(),
        taskId: z.string().optional(),
      },
    },
    ({ status, taskId }) => call(() => mc.approvals(status, taskId)),
  );
  server.registerTool(
    "decide_approval",
    {
      description:
        "Allow or deny a PENDING approval (operators). The message reaches the agent (a denied tool call) or the task's note (a denied sign-off); updatedInput runs the tool with other input.",
      inputSchema: {
        approvalId: z.string(),
        allow: z.boolean(),
        message: z.string().optional(),
        updatedInput: z.record(z.string(), z.unknown()).optional(),
      },
    },
    ({ approvalId, allow, message, updatedInput }) =>
      call(() => mc.decideApproval(approvalId, allow, message, updatedInput)),
  );
  server.registerTool(
    "list_agents",
    {
      description: "Every agent with its role, level, status, backend, capacity, last heartbeat and current tasks.",
      inputSchema: {},
    },
    () => call(() => mc.agents()),
  );

  // Resources: a task's output, and the board's summary.
  server.registerResource(
    "task-output",
    new ResourceTemplate("mission-control://tasks/{taskId}/output", { list: undefined }),
    { title: "Task output", description: "A task's stored output, oldest first", mimeType: "text/plain" },
    async (uri, { taskId }) => {
      const task = await mc.output(String(taskId), 0, 1000);
      const text = task ? task.output.map((c) => c.content).join("") : `no task ${taskId}`;
      return { contents: [{ uri: uri.href, mimeType: "text/plain", text }] };
    },
  );
  server.registerResource(
    "board",
    "mission-control://board",
    {
      title: "Board",
      description: "Tasks and agents by status, work in review, throughput",
      mimeType: "application/json",
    },
    async (uri) => ({
      contents: [{ uri: uri.href, mimeType: "application/json", text: JSON.stringify(await mc.board(), null, 2) }],
    }),
  );

  // Prompts.
  server.registerPrompt(
    "standup",
    {
      title: "Fleet standup",
      description: "Summarise what the fleet did, what is stuck and what needs a human, from the server's standup.",
      argsSchema: { since: z.string().optional().describe("ISO time; default the last 24 hours") },
    },
    async ({ since }) => ({
      messages: [
        {
          role: "user",
          content: {
            type: "text",
            text: `Here is Mission Control's standup. Summarise it for the operator: what got done, what failed and why, what is blocked and on what, and which questions or reviews need a human now.\n\n${await mc.standup(since)}`,
          },
        },
      ],
    }),
  );
  return server;
}

export async function serveMcp(mc: MissionControlClient): Promise<void> {
  const server = await createMcpServer(mc);
  const { StdioServerTransport } = await import("@modelcontextprotocol/sdk/server/stdio.js");
  await server.connect(new StdioServerTransport());
}

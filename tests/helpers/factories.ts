/**
 * Shared factories: an agent, a task and a small DAG made through the real API (the same mutations a
 * client sends), with unique names, so a test says only what matters to it.
 */
import {
  type CreateAgentInput,
  type CreateProjectInput,
  type CreateTaskInput,
  type TaskGraphInput,
  TestCreateAgentDocument,
  TestCreateProjectDocument,
  TestCreateTaskDocument,
  TestCreateTasksDocument,
} from "../generated/graphql.js";
import type { TestServer } from "./server.js";

let n = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++n}`;

export interface Made {
  id: string;
  name: string;
}

export async function makeAgent(t: TestServer, input: Partial<CreateAgentInput> = {}): Promise<Made> {
  const res = await t.ok(TestCreateAgentDocument, { i: { name: unique("agent"), ...input } });
  return res.createAgent;
}

export async function makeProject(t: TestServer, input: Partial<CreateProjectInput> = {}): Promise<Made> {
  const res = await t.ok(TestCreateProjectDocument, { i: { name: unique("project"), ...input } });
  return res.createProject;
}

export async function makeTask(
  t: TestServer,
  input: Partial<CreateTaskInput> = {},
): Promise<{ id: string; title: string }> {
  const res = await t.ok(TestCreateTaskDocument, { i: { title: unique("task"), ...input } });
  return res.createTask;
}

/**
 * A DAG from `edges` ("a>b": b waits on a) over the refs they name, with `extra` on every task, in one
 * createTasks; returns the task id of each ref.
 */
export async function makeDag(
  t: TestServer,
  edges: readonly string[],
  extra: Partial<Omit<TaskGraphInput, "ref" | "dependsOnRefs">> = {},
): Promise<Record<string, string>> {
  const pairs = edges.map((e) => e.split(">") as [string, string]);
  const refs = [...new Set(pairs.flat())];
  const items = refs.map(
    (ref): TaskGraphInput => ({
      ref,
      title: `${ref} ${unique("dag")}`,
      dependsOnRefs: pairs.filter(([, to]) => to === ref).map(([from]) => from),
      ...extra,
    }),
  );
  const res = await t.ok(TestCreateTasksDocument, { i: items });
  return Object.fromEntries(refs.map((ref, i) => [ref, res.createTasks[i]!.id]));
}

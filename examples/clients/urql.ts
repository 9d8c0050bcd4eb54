/**
 * Mission Control's typed documents with urql (`npm i mission-control @urql/core graphql`): an agent
 * registers, an operator task is created for it, the agent claims and completes it. Every variable and
 * result is typed by the document (`claim.claimTask.outcome` is "CLAIMED" | "AT_CAPACITY" | "NO_TASK").
 */
import { Client, fetchExchange } from "@urql/core";
import {
  ClaimTaskDocument,
  ClientCreateTaskDocument,
  CompleteTaskDocument,
  RegisterAgentDocument,
} from "mission-control/client";

export async function runWithUrql(url: string, apiKey: string, name: string) {
  const client = new Client({
    url,
    exchanges: [fetchExchange],
    fetchOptions: { headers: { authorization: `Bearer ${apiKey}` } },
  });
  const registered = await client.mutation(RegisterAgentDocument, { input: { name, role: "writer" } }).toPromise();
  if (registered.error || !registered.data) throw registered.error ?? new Error("no data");
  const agentId = registered.data.createAgent.id;
  await client
    .mutation(ClientCreateTaskDocument, { input: { title: `${name}: a task`, assigneeIds: [agentId] } })
    .toPromise();
  const claim = await client.mutation(ClaimTaskDocument, { agentId }).toPromise();
  const task = claim.data?.claimTask.task;
  if (claim.data?.claimTask.outcome !== "CLAIMED" || !task) throw claim.error ?? new Error("nothing claimed");
  const done = await client.mutation(CompleteTaskDocument, { taskId: task.id, agentId, result: "written" }).toPromise();
  return { outcome: claim.data.claimTask.outcome, status: done.data?.completeTask.status };
}

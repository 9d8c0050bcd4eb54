/**
 * Mission Control's typed documents with graphql-request (`npm i mission-control graphql-request
 * graphql`): the same agent loop, typed by the documents.
 */
import { GraphQLClient } from "graphql-request";
import {
  ClaimTaskDocument,
  ClientCreateTaskDocument,
  CompleteTaskDocument,
  RegisterAgentDocument,
} from "mission-control/client";

export async function runWithGraphqlRequest(url: string, apiKey: string, name: string) {
  const client = new GraphQLClient(url, { headers: { authorization: `Bearer ${apiKey}` } });
  const { createAgent } = await client.request(RegisterAgentDocument, { input: { name, role: "writer" } });
  await client.request(ClientCreateTaskDocument, { input: { title: `${name}: a task`, assigneeIds: [createAgent.id] } });
  const { claimTask } = await client.request(ClaimTaskDocument, { agentId: createAgent.id });
  if (claimTask.outcome !== "CLAIMED" || !claimTask.task) throw new Error(`nothing claimed: ${claimTask.outcome}`);
  const { completeTask } = await client.request(CompleteTaskDocument, {
    taskId: claimTask.task.id,
    agentId: createAgent.id,
    result: "written",
  });
  return { outcome: claimTask.outcome, status: completeTask.status };
}

/**
 * Mission Control's typed documents with Apollo Client 4 (`npm i mission-control @apollo/client graphql
 * rxjs`): the same agent loop as the urql example, typed by the documents.
 */
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import {
  ClaimTaskDocument,
  ClientCreateTaskDocument,
  ClientTaskDocument,
  CompleteTaskDocument,
  RegisterAgentDocument,
} from "mission-control/client";

export async function runWithApollo(url: string, apiKey: string, name: string) {
  const client = new ApolloClient({
    link: new HttpLink({ uri: url, headers: { authorization: `Bearer ${apiKey}` } }),
    cache: new InMemoryCache(),
  });
  const registered = await client.mutate({ mutation: RegisterAgentDocument, variables: { input: { name, role: "writer" } } });
  const agentId = registered.data!.createAgent.id;
  await client.mutate({
    mutation: ClientCreateTaskDocument,
    variables: { input: { title: `${name}: a task`, assigneeIds: [agentId] } },
  });
  const claim = await client.mutate({ mutation: ClaimTaskDocument, variables: { agentId } });
  const task = claim.data!.claimTask.task!;
  await client.mutate({ mutation: CompleteTaskDocument, variables: { taskId: task.id, agentId, result: "written" } });
  // A query through the cache, typed the same way; network-only reads the server's state, not the cache's.
  const read = await client.query({ query: ClientTaskDocument, variables: { id: task.id }, fetchPolicy: "network-only" });
  client.stop();
  return { outcome: claim.data!.claimTask.outcome, status: read.data!.task!.status };
}

/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation TestCreateAgent($i: CreateAgentInput!) {\n  createAgent(input: $i) {\n    id\n    name\n  }\n}\n\nmutation TestCreateProject($i: CreateProjectInput!) {\n  createProject(input: $i) {\n    id\n    name\n  }\n}\n\nmutation TestCreateTask($i: CreateTaskInput!) {\n  createTask(input: $i) {\n    id\n    title\n  }\n}\n\nmutation TestCreateTasks($i: [TaskGraphInput!]!) {\n  createTasks(input: $i) {\n    id\n  }\n}": typeof types.TestCreateAgentDocument,
    "query TestTasksList($first: Int) {\n  tasks(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        status\n        priority\n        project {\n          name\n        }\n        assignees {\n          name\n        }\n        dependencies {\n          id\n        }\n        blockedBy {\n          id\n        }\n        isReady\n      }\n    }\n  }\n}\n\nquery TestTaskGraph($id: ID!) {\n  taskGraph(rootTaskId: $id) {\n    nodes {\n      id\n      title\n      status\n    }\n    edges {\n      from\n      to\n    }\n    order\n    criticalPath {\n      id\n    }\n  }\n}\n\nquery TestActivityFeed($first: Int, $taskId: ID) {\n  activity(first: $first, taskId: $taskId) {\n    totalCount\n    edges {\n      node {\n        type\n        summary\n        createdAt\n      }\n    }\n  }\n}\n\nquery TestTask($id: ID!) {\n  task(id: $id) {\n    id\n    title\n    status\n    statusNote\n    attempts\n    claimedBy {\n      id\n    }\n  }\n}\n\nmutation TestClaimTask($agentId: ID!) {\n  claimTask(agentId: $agentId) {\n    outcome\n    task {\n      id\n      status\n    }\n  }\n}\n\nmutation TestCompleteTask($taskId: ID!, $agentId: ID, $result: String) {\n  completeTask(taskId: $taskId, agentId: $agentId, result: $result) {\n    id\n    status\n  }\n}": typeof types.TestTasksListDocument,
};
const documents: Documents = {
    "mutation TestCreateAgent($i: CreateAgentInput!) {\n  createAgent(input: $i) {\n    id\n    name\n  }\n}\n\nmutation TestCreateProject($i: CreateProjectInput!) {\n  createProject(input: $i) {\n    id\n    name\n  }\n}\n\nmutation TestCreateTask($i: CreateTaskInput!) {\n  createTask(input: $i) {\n    id\n    title\n  }\n}\n\nmutation TestCreateTasks($i: [TaskGraphInput!]!) {\n  createTasks(input: $i) {\n    id\n  }\n}": types.TestCreateAgentDocument,
    "query TestTasksList($first: Int) {\n  tasks(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        status\n        priority\n        project {\n          name\n        }\n        assignees {\n          name\n        }\n        dependencies {\n          id\n        }\n        blockedBy {\n          id\n        }\n        isReady\n      }\n    }\n  }\n}\n\nquery TestTaskGraph($id: ID!) {\n  taskGraph(rootTaskId: $id) {\n    nodes {\n      id\n      title\n      status\n    }\n    edges {\n      from\n      to\n    }\n    order\n    criticalPath {\n      id\n    }\n  }\n}\n\nquery TestActivityFeed($first: Int, $taskId: ID) {\n  activity(first: $first, taskId: $taskId) {\n    totalCount\n    edges {\n      node {\n        type\n        summary\n        createdAt\n      }\n    }\n  }\n}\n\nquery TestTask($id: ID!) {\n  task(id: $id) {\n    id\n    title\n    status\n    statusNote\n    attempts\n    claimedBy {\n      id\n    }\n  }\n}\n\nmutation TestClaimTask($agentId: ID!) {\n  claimTask(agentId: $agentId) {\n    outcome\n    task {\n      id\n      status\n    }\n  }\n}\n\nmutation TestCompleteTask($taskId: ID!, $agentId: ID, $result: String) {\n  completeTask(taskId: $taskId, agentId: $agentId, result: $result) {\n    id\n    status\n  }\n}": types.TestTasksListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestCreateAgent($i: CreateAgentInput!) {\n  createAgent(input: $i) {\n    id\n    name\n  }\n}\n\nmutation TestCreateProject($i: CreateProjectInput!) {\n  createProject(input: $i) {\n    id\n    name\n  }\n}\n\nmutation TestCreateTask($i: CreateTaskInput!) {\n  createTask(input: $i) {\n    id\n    title\n  }\n}\n\nmutation TestCreateTasks($i: [TaskGraphInput!]!) {\n  createTasks(input: $i) {\n    id\n  }\n}"): typeof import('./graphql.js').TestCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestTasksList($first: Int) {\n  tasks(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        status\n        priority\n        project {\n          name\n        }\n        assignees {\n          name\n        }\n        dependencies {\n          id\n        }\n        blockedBy {\n          id\n        }\n        isReady\n      }\n    }\n  }\n}\n\nquery TestTaskGraph($id: ID!) {\n  taskGraph(rootTaskId: $id) {\n    nodes {\n      id\n      title\n      status\n    }\n    edges {\n      from\n      to\n    }\n    order\n    criticalPath {\n      id\n    }\n  }\n}\n\nquery TestActivityFeed($first: Int, $taskId: ID) {\n  activity(first: $first, taskId: $taskId) {\n    totalCount\n    edges {\n      node {\n        type\n        summary\n        createdAt\n      }\n    }\n  }\n}\n\nquery TestTask($id: ID!) {\n  task(id: $id) {\n    id\n    title\n    status\n    statusNote\n    attempts\n    claimedBy {\n      id\n    }\n  }\n}\n\nmutation TestClaimTask($agentId: ID!) {\n  claimTask(agentId: $agentId) {\n    outcome\n    task {\n      id\n      status\n    }\n  }\n}\n\nmutation TestCompleteTask($taskId: ID!, $agentId: ID, $result: String) {\n  completeTask(taskId: $taskId, agentId: $agentId, result: $result) {\n    id\n    status\n  }\n}"): typeof import('./graphql.js').TestTasksListDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

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
    "fragment BoardTask on Task {\n  id\n  title\n  status\n  priority\n  attempts\n  maxAttempts\n  assignees {\n    name\n  }\n  claimedBy {\n    name\n  }\n}\n\nfragment BoardApproval on Approval {\n  id\n  kind\n  status\n  tool\n  input\n  createdAt\n  task {\n    id\n    title\n  }\n  agent {\n    name\n  }\n}\n\nquery BoardStart {\n  tasks(first: 500) {\n    edges {\n      node {\n        ...BoardTask\n      }\n    }\n  }\n  agents {\n    id\n    name\n    role\n    status\n  }\n  approvals {\n    ...BoardApproval\n  }\n  activity(first: 50) {\n    edges {\n      node {\n        summary\n        createdAt\n      }\n    }\n  }\n}\n\nquery BoardTaskPanel($id: ID!) {\n  task(id: $id) {\n    title\n    description\n    status\n    attempts\n    maxAttempts\n    result\n    error\n  }\n  taskGraph(rootTaskId: $id) {\n    nodes {\n      id\n      title\n      status\n    }\n    edges {\n      from\n      to\n    }\n    order\n  }\n}\n\nsubscription BoardTaskOutput($t: ID!) {\n  taskOutput(taskId: $t, fromSeq: 0) {\n    seq\n    kind\n    content\n  }\n}\n\nsubscription BoardTaskEvents {\n  taskEvents {\n    type\n    task {\n      ...BoardTask\n    }\n  }\n}\n\nsubscription BoardAgentEvents {\n  agentEvents {\n    type\n    agentId\n    status\n    agent {\n      id\n      name\n      role\n      status\n    }\n  }\n}\n\nsubscription BoardActivity {\n  activity {\n    summary\n    createdAt\n  }\n}\n\nsubscription BoardApprovals {\n  approvals {\n    ...BoardApproval\n  }\n}\n\nmutation BoardDecideApproval($id: ID!, $allow: Boolean!, $message: String) {\n  decideApproval(id: $id, allow: $allow, message: $message) {\n    id\n    status\n  }\n}": typeof types.BoardTaskFragmentDoc,
};
const documents: Documents = {
    "fragment BoardTask on Task {\n  id\n  title\n  status\n  priority\n  attempts\n  maxAttempts\n  assignees {\n    name\n  }\n  claimedBy {\n    name\n  }\n}\n\nfragment BoardApproval on Approval {\n  id\n  kind\n  status\n  tool\n  input\n  createdAt\n  task {\n    id\n    title\n  }\n  agent {\n    name\n  }\n}\n\nquery BoardStart {\n  tasks(first: 500) {\n    edges {\n      node {\n        ...BoardTask\n      }\n    }\n  }\n  agents {\n    id\n    name\n    role\n    status\n  }\n  approvals {\n    ...BoardApproval\n  }\n  activity(first: 50) {\n    edges {\n      node {\n        summary\n        createdAt\n      }\n    }\n  }\n}\n\nquery BoardTaskPanel($id: ID!) {\n  task(id: $id) {\n    title\n    description\n    status\n    attempts\n    maxAttempts\n    result\n    error\n  }\n  taskGraph(rootTaskId: $id) {\n    nodes {\n      id\n      title\n      status\n    }\n    edges {\n      from\n      to\n    }\n    order\n  }\n}\n\nsubscription BoardTaskOutput($t: ID!) {\n  taskOutput(taskId: $t, fromSeq: 0) {\n    seq\n    kind\n    content\n  }\n}\n\nsubscription BoardTaskEvents {\n  taskEvents {\n    type\n    task {\n      ...BoardTask\n    }\n  }\n}\n\nsubscription BoardAgentEvents {\n  agentEvents {\n    type\n    agentId\n    status\n    agent {\n      id\n      name\n      role\n      status\n    }\n  }\n}\n\nsubscription BoardActivity {\n  activity {\n    summary\n    createdAt\n  }\n}\n\nsubscription BoardApprovals {\n  approvals {\n    ...BoardApproval\n  }\n}\n\nmutation BoardDecideApproval($id: ID!, $allow: Boolean!, $message: String) {\n  decideApproval(id: $id, allow: $allow, message: $message) {\n    id\n    status\n  }\n}": types.BoardTaskFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BoardTask on Task {\n  id\n  title\n  status\n  priority\n  attempts\n  maxAttempts\n  assignees {\n    name\n  }\n  claimedBy {\n    name\n  }\n}\n\nfragment BoardApproval on Approval {\n  id\n  kind\n  status\n  tool\n  input\n  createdAt\n  task {\n    id\n    title\n  }\n  agent {\n    name\n  }\n}\n\nquery BoardStart {\n  tasks(first: 500) {\n    edges {\n      node {\n        ...BoardTask\n      }\n    }\n  }\n  agents {\n    id\n    name\n    role\n    status\n  }\n  approvals {\n    ...BoardApproval\n  }\n  activity(first: 50) {\n    edges {\n      node {\n        summary\n        createdAt\n      }\n    }\n  }\n}\n\nquery BoardTaskPanel($id: ID!) {\n  task(id: $id) {\n    title\n    description\n    status\n    attempts\n    maxAttempts\n    result\n    error\n  }\n  taskGraph(rootTaskId: $id) {\n    nodes {\n      id\n      title\n      status\n    }\n    edges {\n      from\n      to\n    }\n    order\n  }\n}\n\nsubscription BoardTaskOutput($t: ID!) {\n  taskOutput(taskId: $t, fromSeq: 0) {\n    seq\n    kind\n    content\n  }\n}\n\nsubscription BoardTaskEvents {\n  taskEvents {\n    type\n    task {\n      ...BoardTask\n    }\n  }\n}\n\nsubscription BoardAgentEvents {\n  agentEvents {\n    type\n    agentId\n    status\n    agent {\n      id\n      name\n      role\n      status\n    }\n  }\n}\n\nsubscription BoardActivity {\n  activity {\n    summary\n    createdAt\n  }\n}\n\nsubscription BoardApprovals {\n  approvals {\n    ...BoardApproval\n  }\n}\n\nmutation BoardDecideApproval($id: ID!, $allow: Boolean!, $message: String) {\n  decideApproval(id: $id, allow: $allow, message: $message) {\n    id\n    status\n  }\n}"): typeof import('./graphql.js').BoardTaskFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

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
    "mutation ApprovalsClaimTask($a: ID!) { claimTask(agentId: $a) { outcome task { id } } }": typeof types.ApprovalsClaimTaskDocument,
    "mutation ApprovalsDecideApproval($id: ID!, $allow: Boolean!, $m: String) {\n  decideApproval(id: $id, allow: $allow, message: $m) { id kind status message decidedBy decidedAt task { id status } }\n}": typeof types.ApprovalsDecideApprovalDocument,
    "query ApprovalsTask($id: ID!) { task(id: $id) { status statusNote requiresSignOff signOff { id kind status agent { name } } } }": typeof types.ApprovalsTaskDocument,
    "mutation ApprovalsCreateAgent($n: String!, $l: AgentLevel) { createAgent(input: { name: $n, level: $l }) { id name } }": typeof types.ApprovalsCreateAgentDocument,
    "mutation ApprovalsKeyFor($n: String!, $r: Role!, $a: ID) { createApiKey(input: { name: $n, role: $r, agentId: $a }) { secret } }": typeof types.ApprovalsKeyForDocument,
    "mutation ApprovalsCreateTask($a: ID!) { createTask(input: { title: \"deploy\", assigneeIds: [$a], requiresSignOff: true }) { id status signOff { id status } } }": typeof types.ApprovalsCreateTaskDocument,
    "query ApprovalsReadyTasks($a: ID!) { readyTasks(agentId: $a) { id } }": typeof types.ApprovalsReadyTasksDocument,
    "query ApprovalsApprovals { approvals { id kind status task { id } agent { name } } }": typeof types.ApprovalsApprovalsDocument,
    "query ApprovalsActivity($id: ID!) { activity(taskId: $id) { edges { node { type } } } }": typeof types.ApprovalsActivityDocument,
    "query ApprovalsNotifications($a: ID!) { notifications(agentId: $a) { kind task { id } } }": typeof types.ApprovalsNotificationsDocument,
    "mutation ApprovalsCreateTask2($a: ID!) { createTask(input: { title: \"drop the table\", assigneeIds: [$a], requiresSignOff: true }) { id signOff { id } } }": typeof types.ApprovalsCreateTask2Document,
    "mutation ApprovalsCreateProject($n: String!) { createProject(input: { name: $n, requiresSignOff: true }) { id requiresSignOff } }": typeof types.ApprovalsCreateProjectDocument,
    "mutation ApprovalsCreateTasks($p: ID!, $a: ID!, $i: ID!) { createTasks(input: [\n        { ref: \"in-project\", title: \"in the project\", projectId: $p, assigneeIds: [$a] },\n        { ref: \"intern\", title: \"an intern's\", assigneeIds: [$i] },\n        { ref: \"free\", title: \"free to run\", assigneeIds: [$a] },\n        { ref: \"later\", title: \"after it\", assigneeIds: [$a], dependsOnRefs: [\"in-project\"], projectId: $p }\n      ]) { title status signOff { status } } }": typeof types.ApprovalsCreateTasksDocument,
    "mutation ApprovalsCreateTask3 { createTask(input: { title: \"unassigned\" }) { id signOff { id } } }": typeof types.ApprovalsCreateTask3Document,
    "mutation ApprovalsAssignTask($id: ID!, $i: ID!) { assignTask(taskId: $id, agentIds: [$i]) { id } }": typeof types.ApprovalsAssignTaskDocument,
    "query ApprovalsAgent($a: ID!) { agent(id: $a) { currentTasks { title } } }": typeof types.ApprovalsAgentDocument,
    "mutation ApprovalsCreateTask4($a: ID!) { createTask(input: { title: \"guarded\", assigneeIds: [$a], requiresSignOff: true }) { id signOff { id } } }": typeof types.ApprovalsCreateTask4Document,
    "query ApprovalsNode($id: ID!) { node(id: $id) { ... on Approval { status decidedBy } } }": typeof types.ApprovalsNodeDocument,
    "query ApprovalsNode2($id: ID!) { node(id: $id) { id } }": typeof types.ApprovalsNode2Document,
    "mutation ApprovalsCreateShell($n: String!) { createAgent(input: { name: $n, backendType: SHELL, level: LEAD }) { id } }": typeof types.ApprovalsCreateShellDocument,
    "mutation ApprovalsCreateTask5($a: ID!, $c: [String!]) { createTask(input: { title: \"signed run\", assigneeIds: [$a], requiresSignOff: true, command: $c }) { id signOff { id } } }": typeof types.ApprovalsCreateTask5Document,
    "mutation ApprovalsCreateTask6($a: ID!, $c: [String!]) { createTask(input: { title: \"unsigned run\", assigneeIds: [$a], command: $c }) { id } }": typeof types.ApprovalsCreateTask6Document,
    "query ApprovalsApprovals2($t: ID) { approvals(taskId: $t) { id kind tool input run { id } agent { id } } }": typeof types.ApprovalsApprovals2Document,
    "query ApprovalsTask2($id: ID!) { task(id: $id) { status result error } }": typeof types.ApprovalsTask2Document,
    "mutation ApprovalsCreateTask7($a: ID!, $d: String!) { createTask(input: { title: \"live approvals\", description: $d, assigneeIds: [$a] }) { id } }": typeof types.ApprovalsCreateTask7Document,
    "subscription ApprovalsTaskEvents($t: ID!) { taskEvents(taskId: $t) { type task { id } } }": typeof types.ApprovalsTaskEventsDocument,
    "mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }": typeof types.ApprovalsRunTaskDocument,
    "mutation ApprovalsCreateApiKey($a: ID) { createApiKey(input: { name: \"cc-live key\", role: AGENT, agentId: $a }) { secret } }": typeof types.ApprovalsCreateApiKeyDocument,
    "mutation ApprovalsDecideApproval2($id: ID!) { decideApproval(id: $id, allow: true) { id } }": typeof types.ApprovalsDecideApproval2Document,
    "mutation ApprovalsDecideApproval3($id: ID!) { decideApproval(id: $id, allow: false, message: \"not the build folder\") { id } }": typeof types.ApprovalsDecideApproval3Document,
    "mutation ApprovalsDecideApproval4($id: ID!, $u: JSON) { decideApproval(id: $id, allow: true, updatedInput: $u) { id } }": typeof types.ApprovalsDecideApproval4Document,
    "query ApprovalsApprovals3($t: ID) { approvals(taskId: $t, status: DENIED) { tool decidedBy message } }": typeof types.ApprovalsApprovals3Document,
    "query ApprovalsApiKeys { apiKeys { name active } }": typeof types.ApprovalsApiKeysDocument,
    "mutation ApprovalsCreateTask8($a: ID!, $d: String!) { createTask(input: { title: \"expiry\", description: $d, assigneeIds: [$a] }) { id } }": typeof types.ApprovalsCreateTask8Document,
    "mutation ApprovalsRequestToolApproval { requestToolApproval(tool: \"Bash\") { id } }": typeof types.ApprovalsRequestToolApprovalDocument,
    "mutation ApprovalsCreateTask9($a: ID!, $d: String!) { createTask(input: { title: \"two instances\", description: $d, assigneeIds: [$a] }) { id } }": typeof types.ApprovalsCreateTask9Document,
    "mutation BoardCreateAgent { createAgent(input: { name: \"painter\", role: \"illustrator\" }) { id } }": typeof types.BoardCreateAgentDocument,
    "mutation BoardCreateTask { createTask(input: { title: \"Sketch the logo\", priority: HIGH }) { id } }": typeof types.BoardCreateTaskDocument,
    "mutation BoardCreateTask2($d: [ID!]) { createTask(input: { title: \"Color the logo\", dependsOn: $d }) { id } }": typeof types.BoardCreateTask2Document,
    "mutation BoardAssignTask($t: ID!, $a: [ID!]!) { assignTask(taskId: $t, agentIds: $a) { id } }": typeof types.BoardAssignTaskDocument,
    "mutation BoardClaimTask($a: ID!) { claimTask(agentId: $a) { outcome } }": typeof types.BoardClaimTaskDocument,
    "mutation BoardAppendTaskOutput($t: ID!, $a: ID, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c, kind: STDOUT) { seq } }": typeof types.BoardAppendTaskOutputDocument,
    "mutation BoardAppendTaskOutput2($t: ID!, $a: ID, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c, kind: STDOUT) { seq } }": typeof types.BoardAppendTaskOutput2Document,
    "mutation BoardCreateTask3($a: ID!, $t: String!) { createTask(input: { title: $t, assigneeIds: [$a], requiresSignOff: true }) { id signOff { id } } }": typeof types.BoardCreateTask3Document,
    "query BoardTask($id: ID!) { task(id: $id) { status statusNote signOff { status } } }": typeof types.BoardTaskDocument,
    "mutation BoardCreateApiKey { createApiKey(input: { name: \"watcher\", role: VIEWER }) { secret } }": typeof types.BoardCreateApiKeyDocument,
    "mutation BoardCreateAgent2 { createAgent(input: { name: \"newcomer\", role: \"tester\" }) { id } }": typeof types.BoardCreateAgent2Document,
    "mutation BoardCreateTask4($a: ID!) { createTask(input: { title: \"Write the summary\", assigneeIds: [$a] }) { id } }": typeof types.BoardCreateTask4Document,
    "mutation BoardCompleteTask($t: ID!, $a: ID) { completeTask(taskId: $t, agentId: $a, result: \"All done: 3 findings.\") { id } }": typeof types.BoardCompleteTaskDocument,
    "mutation BoardCreateAgent3 { createAgent(input: { name: \"builder\", role: \"engineer\" }) { id } }": typeof types.BoardCreateAgent3Document,
    "query BoardTask2($id: ID!) { task(id: $id) { id title status statusNote prompt assignees { name } dependencies { title } } }": typeof types.BoardTask2Document,
    "mutation BoardClaimTask2($a: ID!) { claimTask(agentId: $a) { task { id } } }": typeof types.BoardClaimTask2Document,
    "mutation BoardCompleteTask2($t: ID!, $a: ID, $r: String) { completeTask(taskId: $t, agentId: $a, result: $r) { status } }": typeof types.BoardCompleteTask2Document,
    "query BoardNotifications($a: ID!) { notifications(agentId: $a) { kind content } }": typeof types.BoardNotificationsDocument,
    "mutation BoardAskQuestion($a: ID!) { askQuestion(agentId: $a, question: \"Which database?\") { id } }": typeof types.BoardAskQuestionDocument,
    "query BoardQuestionsConnection { questionsConnection(status: ANSWERED) { edges { node { id answer } } } }": typeof types.BoardQuestionsConnectionDocument,
    "mutation BoardCreateApiKey2 { createApiKey(input: { name: \"looker\", role: VIEWER }) { secret } }": typeof types.BoardCreateApiKey2Document,
    "query BoardTasks { tasks(first: 500, filter: { search: \"Not allowed\" }) { totalCount } }": typeof types.BoardTasksDocument,
    "mutation BoardCreateProject { createProject(input: { name: \"alpha\" }) { id } }": typeof types.BoardCreateProjectDocument,
    "mutation BoardCreateAgent4 { createAgent(input: { name: \"gpu-box\", level: LEAD }) { id } }": typeof types.BoardCreateAgent4Document,
    "mutation BoardHeartbeat($a: ID!, $h: HostMetricsInput) { heartbeat(agentId: $a, host: $h) { agent { id } } }": typeof types.BoardHeartbeatDocument,
    "mutation BoardCreateTask5($p: ID!, $a: ID!) { createTask(input: { title: \"Train the model\", projectId: $p, tags: [\"ml\"], assigneeIds: [$a] }) { id } }": typeof types.BoardCreateTask5Document,
    "mutation BoardCompleteTask3($t: ID!, $a: ID, $u: [UsageInput!]) { completeTask(taskId: $t, agentId: $a, result: \"model trained\", usage: $u) { status } }": typeof types.BoardCompleteTask3Document,
    "mutation BoardSetBudget($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 5 }) { agent { id } } }": typeof types.BoardSetBudgetDocument,
    "mutation BoardCreateTask6($a: ID!) { createTask(input: { title: \"Evaluate\", priority: CRITICAL, assigneeIds: [$a] }) { id } }": typeof types.BoardCreateTask6Document,
    "mutation BoardCompleteTask4($t: ID!, $a: ID, $u: [UsageInput!]) { completeTask(taskId: $t, agentId: $a, usage: $u) { status } }": typeof types.BoardCompleteTask4Document,
    "mutation BoardCreateCronJob { createCronJob(input: { name: \"nightly-report\", schedule: \"0 3 * * *\", timezone: \"UTC\", taskTemplate: { title: \"Nightly report\" } }) { id } }": typeof types.BoardCreateCronJobDocument,
    "query BoardTasks2 { tasks(first: 5, filter: { search: \"Nightly report\" }) { totalCount } }": typeof types.BoardTasks2Document,
    "mutation BoardCreateWebhook { createWebhook(input: { url: \"http://127.0.0.1:9/mc\", events: [\"task.*\"] }) { webhook { id } } }": typeof types.BoardCreateWebhookDocument,
    "mutation BoardCreateTask7 { createTask(input: { title: \"Announce it\" }) { id } }": typeof types.BoardCreateTask7Document,
    "mutation BoardCreateTask8($a: ID!) { createTask(input: { title: \"Long job\", priority: CRITICAL, assigneeIds: [$a] }) { id } }": typeof types.BoardCreateTask8Document,
    "mutation BoardAppendTaskOutput3($t: ID!, $a: ID, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c) { seq } }": typeof types.BoardAppendTaskOutput3Document,
    "mutation BoardCreateTask9 { createTask(input: { title: \"Created while hidden\" }) { id } }": typeof types.BoardCreateTask9Document,
    "mutation ClaimsClaimTask($a: ID!, $c: Int) { claimTask(agentId: $a, maxCapacity: $c) { outcome task { id title status attempts claimedBy { name } leaseExpiresAt } } }": typeof types.ClaimsClaimTaskDocument,
    "mutation ClaimsCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { id name } }": typeof types.ClaimsCreateAgentDocument,
    "mutation ClaimsCreateProject($n: String!) { createProject(input: { name: $n }) { id } }": typeof types.ClaimsCreateProjectDocument,
    "mutation ClaimsCreateTask($i: CreateTaskInput!) { createTask(input: $i) { id title status } }": typeof types.ClaimsCreateTaskDocument,
    "query ClaimsTask($id: ID!) { task(id: $id) { id status attempts error statusNote claimedBy { id } leaseExpiresAt } }": typeof types.ClaimsTaskDocument,
    "query ClaimsTasks($p: ID!) { tasks(filter: { projectId: $p, status: ASSIGNED }) { totalCount } activity { totalCount } }": typeof types.ClaimsTasksDocument,
    "mutation ClaimsSetTaskStatus($id: ID!) { setTaskStatus(taskId: $id, status: CANCELLED) { id } }": typeof types.ClaimsSetTaskStatusDocument,
    "query ClaimsReadyTasks($a: ID) { readyTasks(agentId: $a) { requiredSpecialties } }": typeof types.ClaimsReadyTasksDocument,
    "mutation ClaimsClaimMany($a: ID!, $l: Int) { claimTask(agentId: $a, limit: $l) { outcome task { id } tasks { id status claimedBy { id } } } }": typeof types.ClaimsClaimManyDocument,
    "mutation ClaimsCreateApiKey($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }": typeof types.ClaimsCreateApiKeyDocument,
    "mutation ClaimsCompleteAndClaim($t: ID!, $a: ID, $c: Int) { completeAndClaim(taskId: $t, agentId: $a, maxCapacity: $c) { next { outcome } } }": typeof types.ClaimsCompleteAndClaimDocument,
    "query ClaimsTasks2($a: ID!) { tasks(filter: { assigneeId: $a, status: IN_PROGRESS }) { edges { node { id } } } }": typeof types.ClaimsTasks2Document,
    "mutation ClaimsCompleteAndClaim2($t: ID!, $a: ID, $r: String, $c: Int) { completeAndClaim(taskId: $t, agentId: $a, result: $r, maxCapacity: $c) {\n      completed { id status result } next { outcome task { id status attempts } tasks { id } } } }": typeof types.ClaimsCompleteAndClaim2Document,
    "query ClaimsTask2($id: ID!) { task(id: $id) { documents { type content } } }": typeof types.ClaimsTask2Document,
    "mutation ClaimsAppendTaskOutput($t: ID!, $a: ID, $c: String!, $k: OutputKind) { appendTaskOutput(taskId: $t, agentId: $a, content: $c, kind: $k) { seq kind content } }": typeof types.ClaimsAppendTaskOutputDocument,
    "query ClaimsTask3($t: ID!) { task(id: $t) { lastOutputSeq output(fromSeq: 15, limit: 3) { seq } } }": typeof types.ClaimsTask3Document,
    "mutation ClaimsCompleteTask($t: ID!, $a: ID!, $r: String, $u: [UsageInput!]) { completeTask(taskId: $t, agentId: $a, result: $r, usage: $u) { status completedAt result claimedBy { id } documents { type title content author { id } } } }": typeof types.ClaimsCompleteTaskDocument,
    "mutation ClaimsCompleteTask2($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a) { status } }": typeof types.ClaimsCompleteTask2Document,
    "mutation ClaimsFailTask($t: ID!, $a: ID!, $e: String!, $r: Boolean) { failTask(taskId: $t, agentId: $a, error: $e, retryable: $r) { status attempts error claimedBy { id } } }": typeof types.ClaimsFailTaskDocument,
    "mutation ClaimsReleaseTask($t: ID!, $a: ID!) { releaseTask(taskId: $t, agentId: $a, reason: \"shutting down\") { status attempts statusNote claimedBy { id } } }": typeof types.ClaimsReleaseTaskDocument,
    "query ClaimsActivity($t: ID!) { activity(taskId: $t, first: 1) { edges { node { type actorType actorId } } } }": typeof types.ClaimsActivityDocument,
    "query ClaimsActivity2($t: ID!) { activity(taskId: $t, first: 1) { edges { node { type actorType summary } } } }": typeof types.ClaimsActivity2Document,
    "mutation ClaimsHeartbeat($a: ID!) { heartbeat(agentId: $a) { pendingTasks unreadNotifications agent { status lastHeartbeatAt } } }": typeof types.ClaimsHeartbeatDocument,
    "mutation ClaimsHeartbeat2($a: ID!) { heartbeat(agentId: $a) { pendingTasks } }": typeof types.ClaimsHeartbeat2Document,
    "mutation ClaimsCreateProject2 { createProject(input: { name: \"race\" }) { id } }": typeof types.ClaimsCreateProject2Document,
    "mutation ClaimsCreateTasks($i: [TaskGraphInput!]!) { createTasks(input: $i) { id } }": typeof types.ClaimsCreateTasksDocument,
    "mutation ClaimsClaimTask2($a: ID!) { claimTask(agentId: $a, limit: 7) { outcome tasks { id } } }": typeof types.ClaimsClaimTask2Document,
    "mutation ClaimsCreateTask2($a: [ID!]) { createTask(input: { title: \"survive\", assigneeIds: $a }) { id } }": typeof types.ClaimsCreateTask2Document,
    "query ClientsTask($id: ID!) { task(id: $id) { output { kind content } } }": typeof types.ClientsTaskDocument,
    "query ClientsAgent { agent(name: \"cli-worker\") { host { hostname cpus cpuPercent memoryTotalBytes memoryPercent load1 reportedAt } } }": typeof types.ClientsAgentDocument,
    "query ClientsTask2($id: ID!) { task(id: $id) { status output { content } } }": typeof types.ClientsTask2Document,
    "mutation ClientsCreateAgent($n: String!) { createAgent(input: { name: $n }) { id } }": typeof types.ClientsCreateAgentDocument,
    "mutation CollaborationCreateAgent { createAgent(input: { name: \"ada\", role: \"writer\" }) { id } }": typeof types.CollaborationCreateAgentDocument,
    "mutation CollaborationCreateAgent2 { createAgent(input: { name: \"bob\", role: \"tester\" }) { id } }": typeof types.CollaborationCreateAgent2Document,
    "mutation CollaborationCreateProject { createProject(input: { name: \"launch\" }) { id } }": typeof types.CollaborationCreateProjectDocument,
    "mutation CollaborationCreateTask($a: [ID!], $p: ID) { createTask(input: { title: \"write docs\", assigneeIds: $a, projectId: $p }) { id } }": typeof types.CollaborationCreateTaskDocument,
    "mutation CollaborationCreateDocument($i: CreateDocumentInput!) { createDocument(input: $i) { id version type author { name } project { id } } }": typeof types.CollaborationCreateDocumentDocument,
    "mutation CollaborationUpdateDocumentV2($id: ID!, $b: ID!) { updateDocument(id: $id, content: \"v2 text\", baseVersion: 1, authorAgentId: $b) { version content author { name } } }": typeof types.CollaborationUpdateDocumentV2Document,
    "mutation CollaborationUpdateDocument($id: ID!) { updateDocument(id: $id, content: \"x\", baseVersion: 2, authorAgentId: \"agent_0mwremvif0004cd8044ee971\") { version } }": typeof types.CollaborationUpdateDocumentDocument,
    "mutation CollaborationUpdateDocument2($id: ID!) { updateDocument(id: $id, content: \"lost update\", baseVersion: 1) { version } }": typeof types.CollaborationUpdateDocument2Document,
    "query CollaborationDocument($id: ID!) { document(id: $id) { version content versions { version content author { name } } } }": typeof types.CollaborationDocumentDocument,
    "query CollaborationDocument2($id: ID!) { document(id: $id, version: 1) { version content } }": typeof types.CollaborationDocument2Document,
    "query CollaborationDocument3($id: ID!) { document(id: $id, version: 9) { id } }": typeof types.CollaborationDocument3Document,
    "mutation CollaborationCreateDocument2($i: CreateDocumentInput!) { createDocument(input: $i) { id } }": typeof types.CollaborationCreateDocument2Document,
    "query CollaborationDocuments { documents(search: \"deployment\") { id title } }": typeof types.CollaborationDocumentsDocument,
    "query CollaborationDocuments2 { documents(search: \"deploys server\") { id } }": typeof types.CollaborationDocuments2Document,
    "query CollaborationDocuments3 { documents(search: \"zebra\") { id } }": typeof types.CollaborationDocuments3Document,
    "query CollaborationDocuments4($p: ID) { documents(search: \"deployment\", projectId: $p, type: DRAFT) { id } }": typeof types.CollaborationDocuments4Document,
    "mutation CollaborationPostMessage($t: ID!, $a: ID) { postMessage(taskId: $t, content: \"@bob please check, and @nobody too (mail me at x@ada.dev).\", authorAgentId: $a) { id authorName mentions { name } unresolvedMentions } }": typeof types.CollaborationPostMessageDocument,
    "mutation CollaborationPostMessage2($t: ID!, $a: ID, $r: ID) { postMessage(taskId: $t, content: \"done\", authorAgentId: $a, replyToId: $r) { replyTo { id } } }": typeof types.CollaborationPostMessage2Document,
    "mutation CollaborationPostMessage3($t: ID!, $a: ID) { postMessage(taskId: $t, content: \"bye\", authorAgentId: $a) { id } }": typeof types.CollaborationPostMessage3Document,
    "mutation CollaborationDeleteAgent($id: ID!) { deleteAgent(id: $id) }": typeof types.CollaborationDeleteAgentDocument,
    "mutation CollaborationPostMessage4($t: ID!, $r: ID) { postMessage(taskId: $t, content: \"too late\", replyToId: $r) { replyTo { id authorName } } }": typeof types.CollaborationPostMessage4Document,
    "query CollaborationNotifications($a: ID!) { notifications(agentId: $a, unreadOnly: true) { kind } }": typeof types.CollaborationNotificationsDocument,
    "mutation CollaborationHeartbeat($a: ID!) { heartbeat(agentId: $a) { unreadNotifications } }": typeof types.CollaborationHeartbeatDocument,
    "mutation CollaborationPostMessage5($t: ID!, $a: ID) { postMessage(taskId: $t, content: \"@all standup in 5\", authorAgentId: $a) { id } }": typeof types.CollaborationPostMessage5Document,
    "query CollaborationNotifications2($a: ID!) { notifications(agentId: $a) { id } }": typeof types.CollaborationNotifications2Document,
    "mutation CollaborationMarkNotificationsRead($a: ID!) { markNotificationsRead(agentId: $a) }": typeof types.CollaborationMarkNotificationsReadDocument,
    "query CollaborationTask($t: ID!) { task(id: $t) { messages { content authorName } } }": typeof types.CollaborationTaskDocument,
    "mutation CollaborationAskQuestion($a: ID!, $t: ID) { askQuestion(agentId: $a, taskId: $t, question: \"Which audience?\") { id status agent { name } task { id } } }": typeof types.CollaborationAskQuestionDocument,
    "query CollaborationQuestions { questions(status: OPEN) { id } }": typeof types.CollaborationQuestionsDocument,
    "mutation CollaborationAnswerQuestion($id: ID!) { answerQuestion(id: $id, answer: \"Operators.\") { status answer } }": typeof types.CollaborationAnswerQuestionDocument,
    "query CollaborationNotifications3($a: ID!) { notifications(agentId: $a, unreadOnly: true) { kind content } }": typeof types.CollaborationNotifications3Document,
    "mutation CollaborationDismissQuestion($id: ID!) { dismissQuestion(id: $id) { status } }": typeof types.CollaborationDismissQuestionDocument,
    "mutation CollaborationAskQuestion2($a: ID!) { askQuestion(agentId: $a, question: \"Still there?\") { id } }": typeof types.CollaborationAskQuestion2Document,
    "mutation CollaborationAnswerQuestion2($id: ID!) { answerQuestion(id: $id, answer: \"No.\") { status } }": typeof types.CollaborationAnswerQuestion2Document,
    "mutation CollaborationAskQuestion3($a: ID!) { askQuestion(agentId: $a, question: \"Lunch?\") { id } }": typeof types.CollaborationAskQuestion3Document,
    "mutation CollaborationHeartbeat2($a: ID!) { heartbeat(agentId: $a, usage: [{ model: \"claude-sonnet-4-5\", inputTokens: 1000000, outputTokens: 100000 }, { model: \"custom\", inputTokens: 10, outputTokens: 10, costUsd: 0.5 }]) { agent { id } } }": typeof types.CollaborationHeartbeat2Document,
    "query CollaborationUsage($a: ID!) { usage(agentId: $a) { inputTokens outputTokens totalCostUsd byModel { key costUsd } byAgent { key } } }": typeof types.CollaborationUsageDocument,
    "query CollaborationUsage2($a: ID!) { usage(agentId: $a, since: \"2999-01-01T00:00:00Z\") { totalCostUsd } }": typeof types.CollaborationUsage2Document,
    "mutation CollaborationCreateTask2($a: [ID!]) { createTask(input: { title: \"costly\", assigneeIds: $a }) { id } }": typeof types.CollaborationCreateTask2Document,
    "mutation CollaborationSetBudget($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 1.0 }) { agent { dailyBudgetUsd } } }": typeof types.CollaborationSetBudgetDocument,
    "mutation CollaborationHeartbeat3($a: ID!) { heartbeat(agentId: $a, usage: [{ model: \"x\", inputTokens: 1, outputTokens: 1, costUsd: 1.25 }]) { agent { id } } }": typeof types.CollaborationHeartbeat3Document,
    "query CollaborationAgent($a: ID!, $t: ID!) { agent(id: $a) { budgetExceededAt spentTodayUsd } task(id: $t) { status attempts } notifications(agentId: $a) { kind } }": typeof types.CollaborationAgentDocument,
    "mutation CollaborationSetBudget2($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 5 }) { agent { budgetExceededAt } } }": typeof types.CollaborationSetBudget2Document,
    "mutation CollaborationCreateProject2 { createProject(input: { name: \"capped\" }) { id } }": typeof types.CollaborationCreateProject2Document,
    "mutation CollaborationCreateTask3($p: ID) { createTask(input: { title: \"capped work\", projectId: $p, priority: CRITICAL }) { id } }": typeof types.CollaborationCreateTask3Document,
    "mutation CollaborationClaimTask($a: ID!) { claimTask(agentId: $a) { task { id projectId: project { id } } } }": typeof types.CollaborationClaimTaskDocument,
    "mutation CollaborationCompleteTask($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a, usage: [{ model: \"x\", inputTokens: 1, outputTokens: 1, costUsd: 2 }]) { status } }": typeof types.CollaborationCompleteTaskDocument,
    "mutation CollaborationSetBudget3($p: ID) { setBudget(input: { projectId: $p, monthlyUsd: 2 }) { project { monthlyBudgetUsd } } }": typeof types.CollaborationSetBudget3Document,
    "mutation CollaborationCreateTask4($p: ID) { createTask(input: { title: \"more capped work\", projectId: $p, priority: CRITICAL }) { id } }": typeof types.CollaborationCreateTask4Document,
    "query CollaborationTask2($t: ID!) { task(id: $t) { status } }": typeof types.CollaborationTask2Document,
    "mutation CollaborationCreateApiKey { createApiKey(input: { name: \"op\", role: OPERATOR }) { secret } }": typeof types.CollaborationCreateApiKeyDocument,
    "mutation CollaborationSetBudget4($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 100 }) { agent { id } } }": typeof types.CollaborationSetBudget4Document,
    "mutation CollaborationCreateWebhook($u: String!) { createWebhook(input: { url: $u, events: [\"task.created\", \"message.*\"], secret: \"s3cret-s3cret-s3cret\" }) { secret webhook { id events } } }": typeof types.CollaborationCreateWebhookDocument,
    "mutation CollaborationCreateAgent3 { createAgent(input: { name: \"not-subscribed\" }) { id } }": typeof types.CollaborationCreateAgent3Document,
    "query CollaborationWebhooks { webhooks { deliveries { event status attempts lastStatusCode } } }": typeof types.CollaborationWebhooksDocument,
    "mutation CollaborationDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }": typeof types.CollaborationDeleteWebhookDocument,
    "mutation CollaborationCreateWebhook2($u: String!) { createWebhook(input: { url: $u, events: [\"*\"] }) { secret } }": typeof types.CollaborationCreateWebhook2Document,
    "query CollaborationWebhooks2 { webhooks { id } }": typeof types.CollaborationWebhooks2Document,
    "query CollaborationStats { stats { tasks { status count } agents { status count } documents tasksInReview completionRate successRate throughputPerHour totalTasks activeAgents } }": typeof types.CollaborationStatsDocument,
    "query CollaborationStandup { standup }": typeof types.CollaborationStandupDocument,
    "mutation CronCreateCronJob($i: CreateCronJobInput!) { createCronJob(input: $i) { id name schedule timezone paused catchUp nextRunAt lastRunAt } }": typeof types.CronCreateCronJobDocument,
    "query CronCronJobs { cronJobs { id lastRunAt nextRunAt recentTasks { id title tags priority } } }": typeof types.CronCronJobsDocument,
    "query CronCronJobs2 { cronJobs { id } }": typeof types.CronCronJobs2Document,
    "query CronActivity { activity(first: 50) { edges { node { type summary } } } }": typeof types.CronActivityDocument,
    "query CronActivity2 { activity(first: 20) { edges { node { type summary } } } }": typeof types.CronActivity2Document,
    "mutation CronPauseCronJob($id: ID!) { pauseCronJob(id: $id) { paused } }": typeof types.CronPauseCronJobDocument,
    "mutation CronResumeCronJob($id: ID!) { resumeCronJob(id: $id) { paused nextRunAt } }": typeof types.CronResumeCronJobDocument,
    "mutation CronTriggerCronJob($id: ID!) { triggerCronJob(id: $id) { id title status } }": typeof types.CronTriggerCronJobDocument,
    "mutation CronDeleteCronJob($id: ID!) { deleteCronJob(id: $id) }": typeof types.CronDeleteCronJobDocument,
    "mutation CronTriggerCronJob2($id: ID!) { triggerCronJob(id: $id) { id } }": typeof types.CronTriggerCronJob2Document,
    "query CronCronJobs3 { cronJobs { id recentTasks { title } } }": typeof types.CronCronJobs3Document,
    "mutation CronPauseCronJob2($id: ID!) { pauseCronJob(id: $id) { id } }": typeof types.CronPauseCronJob2Document,
    "mutation DeveloperCreateApiKey { createApiKey(input: { name: \"docs\", role: VIEWER }) { secret } }": typeof types.DeveloperCreateApiKeyDocument,
    "query DeveloperDeepTasks { tasks(first: 1) { edges { node { project { tasks(first: 1) { edges { node { project { tasks(first: 1) { edges { node { project { tasks(first: 1) { edges { node { id } } } } } } } } } } } } } } } }": typeof types.DeveloperDeepTasksDocument,
    "mutation DeveloperCreateProject { createProject(input: { name: \"named\" }) { id } }": typeof types.DeveloperCreateProjectDocument,
    "mutation DeveloperCreateTask($p: ID) { createTask(input: { title: \"named\", projectId: $p }) { id } }": typeof types.DeveloperCreateTaskDocument,
    "query DeveloperTasks {\n      tasks(first: 1) { __typename totalCount edges { __typename } }\n      activity(first: 1) { __typename totalCount edges { __typename } }\n      projects { tasks(first: 5) { __typename totalCount edges { __typename node { title } } } }\n    }": typeof types.DeveloperTasksDocument,
    "mutation DeveloperPostMessage($t: ID!, $c: String!) { postMessage(taskId: $t, content: $c) { id } }": typeof types.DeveloperPostMessageDocument,
    "mutation DeveloperAskQuestion($a: ID!, $q: String!) { askQuestion(agentId: $a, question: $q) { id } }": typeof types.DeveloperAskQuestionDocument,
    "mutation DeveloperCreateDocument($t: ID, $n: String!) { createDocument(input: { taskId: $t, title: $n, content: \"x\" }) { id } }": typeof types.DeveloperCreateDocumentDocument,
    "mutation DeveloperCreateWebhook { createWebhook(input: { url: \"http://127.0.0.1:9/hook\", events: [\"task.created\"] }) { secret } }": typeof types.DeveloperCreateWebhookDocument,
    "mutation DeveloperCreateTask2($n: String!) { createTask(input: { title: $n }) { id } }": typeof types.DeveloperCreateTask2Document,
    "query DeveloperWebhooks { webhooks { deliveriesConnection(first: 2) { totalCount pageInfo { hasNextPage } edges { node { event status } } } } }": typeof types.DeveloperWebhooksDocument,
    "query DeveloperType($n: String!) { __type(name: $n) { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }": typeof types.DeveloperTypeDocument,
    "mutation DispatchCreateAgent { createAgent(input: { name: \"busy\", backend: \"shell\", level: LEAD, maxCapacity: 10 }) { id } }": typeof types.DispatchCreateAgentDocument,
    "query DispatchTasks($a: ID!) { tasks(filter: { assigneeId: $a }) { edges { node { status runs { startedAt finishedAt status } } } } }": typeof types.DispatchTasksDocument,
    "mutation DispatchCreateProject($r: ID) { createProject(input: { name: \"reviewed\", reviewerAgentId: $r }) { id reviewer { name } } }": typeof types.DispatchCreateProjectDocument,
    "mutation DispatchCreateTask($a: ID!, $p: ID!) { createTask(input: { title: \"write it\", assigneeIds: [$a], projectId: $p }) { id } }": typeof types.DispatchCreateTaskDocument,
    "query DispatchTask($id: ID!) { task(id: $id) { status result reviewCycles reviews { verdict feedback reviewer { name } } runs { kind status agent { name } } } }": typeof types.DispatchTaskDocument,
    "mutation DispatchCreateProject2($r: ID) { createProject(input: { name: \"self\", reviewerAgentId: $r }) { id } }": typeof types.DispatchCreateProject2Document,
    "mutation DispatchCreateTask2($a: ID!, $p: ID!) { createTask(input: { title: \"mine\", assigneeIds: [$a], projectId: $p }) { id } }": typeof types.DispatchCreateTask2Document,
    "query DispatchTask2($id: ID!) { task(id: $id) { status } }": typeof types.DispatchTask2Document,
    "query DispatchTask3($id: ID!) { task(id: $id) { status reviews { verdict } runs { kind } } }": typeof types.DispatchTask3Document,
    "mutation TestCreateAgent($i: CreateAgentInput!) {\n  createAgent(input: $i) {\n    id\n    name\n  }\n}\n\nmutation TestCreateProject($i: CreateProjectInput!) {\n  createProject(input: $i) {\n    id\n    name\n  }\n}\n\nmutation TestCreateTask($i: CreateTaskInput!) {\n  createTask(input: $i) {\n    id\n    title\n  }\n}\n\nmutation TestCreateTasks($i: [TaskGraphInput!]!) {\n  createTasks(input: $i) {\n    id\n  }\n}": typeof types.TestCreateAgentDocument,
    "query TestTasksList($first: Int) {\n  tasks(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        status\n        priority\n        project {\n          name\n        }\n        assignees {\n          name\n        }\n        dependencies {\n          id\n        }\n        blockedBy {\n          id\n        }\n        isReady\n      }\n    }\n  }\n}\n\nquery TestTaskGraph($id: ID!) {\n  taskGraph(rootTaskId: $id) {\n    nodes {\n      id\n      title\n      status\n    }\n    edges {\n      from\n      to\n    }\n    order\n    criticalPath {\n      id\n    }\n  }\n}\n\nquery TestActivityFeed($first: Int, $taskId: ID) {\n  activity(first: $first, taskId: $taskId) {\n    totalCount\n    edges {\n      node {\n        type\n        summary\n        createdAt\n      }\n    }\n  }\n}\n\nquery TestTask($id: ID!) {\n  task(id: $id) {\n    id\n    title\n    status\n    statusNote\n    attempts\n    claimedBy {\n      id\n    }\n  }\n}\n\nmutation TestClaimTask($agentId: ID!) {\n  claimTask(agentId: $agentId) {\n    outcome\n    task {\n      id\n      status\n    }\n  }\n}\n\nmutation TestCompleteTask($taskId: ID!, $agentId: ID, $result: String) {\n  completeTask(taskId: $taskId, agentId: $agentId, result: $result) {\n    id\n    status\n  }\n}": typeof types.TestTasksListDocument,
    "subscription TestOutputSeq($t: ID!) {\n  taskOutput(taskId: $t) {\n    seq\n  }\n}\n\nsubscription TestOutputFromStart($t: ID!) {\n  taskOutput(taskId: $t, fromSeq: 0) {\n    seq\n    kind\n    content\n  }\n}\n\nsubscription TestOutputContentFromStart($t: ID!) {\n  taskOutput(taskId: $t, fromSeq: 0) {\n    content\n  }\n}\n\nsubscription TestOutputKindContent($t: ID!) {\n  taskOutput(taskId: $t) {\n    kind\n    content\n  }\n}\n\nsubscription TestTaskEventStatusAttempts($t: ID) {\n  taskEvents(taskId: $t) {\n    type\n    task {\n      status\n      attempts\n    }\n  }\n}\n\nsubscription TestTaskEventAssignees($id: ID) {\n  taskEvents(taskId: $id) {\n    type\n    task {\n      id\n      title\n      status\n      assignees {\n        name\n      }\n    }\n  }\n}\n\nsubscription TestProjectEventTitles($p: ID) {\n  taskEvents(projectId: $p) {\n    type\n    task {\n      title\n    }\n  }\n}\n\nsubscription TestProjectEventStatus($p: ID) {\n  taskEvents(projectId: $p) {\n    type\n    task {\n      title\n      status\n    }\n  }\n}\n\nsubscription TestProjectEventMoves($p: ID) {\n  taskEvents(projectId: $p) {\n    type\n    previousStatus\n    task {\n      id\n      title\n      status\n    }\n  }\n}\n\nsubscription TestTaskActivity($id: ID) {\n  activity(taskId: $id) {\n    type\n    taskId\n    summary\n  }\n}\n\nsubscription TestActivityTypes {\n  activity {\n    type\n  }\n}\n\nsubscription TestNotificationTasks($a: ID!) {\n  notifications(agentId: $a) {\n    kind\n    task {\n      id\n    }\n  }\n}\n\nsubscription TestNotificationMessages($a: ID!) {\n  notifications(agentId: $a) {\n    kind\n    content\n    message {\n      id\n    }\n  }\n}\n\nsubscription TestAgentEventTypes {\n  agentEvents {\n    type\n  }\n}\n\nsubscription TestAgentEventStatus {\n  agentEvents {\n    type\n    agentId\n    status\n    previousStatus\n  }\n}\n\nsubscription TestAgentEventAgents {\n  agentEvents {\n    type\n    agent {\n      id\n    }\n  }\n}\n\nsubscription TestOutputResumed($t: ID!, $f: Int) {\n  taskOutput(taskId: $t, fromSeq: $f) {\n    seq\n    content\n  }\n}": typeof types.TestOutputSeqDocument,
    "fragment ExecutionTaskFields on Task {\n  id status attempts error result statusNote\n  runs { kind backend backendType model tier status error exitCode }\n  messages { authorName content }\n}": typeof types.ExecutionTaskFieldsFragmentDoc,
    "mutation ExecutionCreateAgent { createAgent(input: { name: \"sh\", backend: \"shell\", level: LEAD, maxCapacity: 5 }) { id } }": typeof types.ExecutionCreateAgentDocument,
    "mutation ExecutionCreateTask($i: CreateTaskInput!) { createTask(input: $i) { id status } }": typeof types.ExecutionCreateTaskDocument,
    "query ExecutionGet($id: ID!) { task(id: $id) { ...ExecutionTaskFields } }": typeof types.ExecutionGetDocument,
    "mutation ExecutionRunTask($t: ID!) { runTask(taskId: $t) { status attempts } }": typeof types.ExecutionRunTaskDocument,
    "mutation ExecutionCreateTask2($i: CreateTaskInput!) { createTask(input: $i) { id } }": typeof types.ExecutionCreateTask2Document,
    "query ExecutionTask($id: ID!) { task(id: $id) { prompt } }": typeof types.ExecutionTaskDocument,
    "mutation ExecutionStopTask($t: ID!) { stopTask(taskId: $t, reason: \"wrong input\") { status attempts statusNote } }": typeof types.ExecutionStopTaskDocument,
    "mutation ExecutionStopTask2($t: ID!) { stopTask(taskId: $t, outcome: FAIL) { status error } }": typeof types.ExecutionStopTask2Document,
    "query ExecutionTask2($id: ID!) { task(id: $id) { output { content } } }": typeof types.ExecutionTask2Document,
    "mutation ExecutionStopTask3($t: ID!) { stopTask(taskId: $t) { status attempts } }": typeof types.ExecutionStopTask3Document,
    "mutation ExecutionCreateAgent2 { createAgent(input: { name: \"timed\", backend: \"shell\", config: { timeoutSeconds: 1 } }) { id } }": typeof types.ExecutionCreateAgent2Document,
    "mutation ExecutionStopInbox($t: ID!) { stopTask(taskId: $t) { id } }": typeof types.ExecutionStopInboxDocument,
    "mutation ExecutionRunTask2($t: ID!) { runTask(taskId: $t) { status } }": typeof types.ExecutionRunTask2Document,
    "mutation ExecutionHeartbeat($a: ID!) { heartbeat(agentId: $a) { unreadNotifications pendingTasks } }": typeof types.ExecutionHeartbeatDocument,
    "query ExecutionUsage($a: ID!) { usage(agentId: $a) { inputTokens outputTokens totalCostUsd byModel { key } } }": typeof types.ExecutionUsageDocument,
    "mutation ExecutionCreateAgent3($i: CreateAgentInput!) { createAgent(input: $i) { id } }": typeof types.ExecutionCreateAgent3Document,
    "query ExecutionAgent { agent(name: \"cc-bad-perms\") { id } }": typeof types.ExecutionAgentDocument,
    "mutation ExecutionCreateAgent4($i: CreateAgentInput!) { createAgent(input: $i) { id config } }": typeof types.ExecutionCreateAgent4Document,
    "mutation ExecutionUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id } }": typeof types.ExecutionUpdateAgentDocument,
    "mutation ExecutionCreateAgent5 { createAgent(input: { name: \"cc2\", backend: \"claude-code\" }) { id } }": typeof types.ExecutionCreateAgent5Document,
    "mutation ExecutionCreateTask3($a: ID!) { createTask(input: { title: \"greet\", description: \"Say hello.\", assigneeIds: [$a], maxAttempts: 1 }) { id } }": typeof types.ExecutionCreateTask3Document,
    "query ExecutionTask3($id: ID!) { task(id: $id) { status result documents { type content } } }": typeof types.ExecutionTask3Document,
    "query ExecutionUsage2($a: ID!) { usage(agentId: $a) { inputTokens outputTokens totalCostUsd byModel { key costUsd } } }": typeof types.ExecutionUsage2Document,
    "query ExecutionTask4($id: ID!) { task(id: $id) { status error } }": typeof types.ExecutionTask4Document,
    "mutation ExecutionCreateAgent6 { createAgent(input: { name: \"hung\", backend: \"openai\" }) { id } }": typeof types.ExecutionCreateAgent6Document,
    "mutation ExecutionCreateTask4($a: [ID!]) { createTask(input: { title: \"never ends\", assigneeIds: $a, maxAttempts: 1 }) { id } }": typeof types.ExecutionCreateTask4Document,
    "query ExecutionTask5($t: ID!) { task(id: $t) { status runs { status } } }": typeof types.ExecutionTask5Document,
    "mutation FailoverCreateAgent { createAgent(input: { name: \"doomed\" }) { id } }": typeof types.FailoverCreateAgentDocument,
    "mutation FailoverCreateTask($a: [ID!]) { createTask(input: { title: \"survives\", assigneeIds: $a }) { id } }": typeof types.FailoverCreateTaskDocument,
    "query FailoverTask($t: ID!) { task(id: $t) { status attempts statusNote claimedBy { id } } }": typeof types.FailoverTaskDocument,
    "mutation FailoverCreateAgent2 { createAgent(input: { name: \"crashy\", backend: \"shell\" }) { id } }": typeof types.FailoverCreateAgent2Document,
    "mutation FailoverCreateTask2($a: ID!, $c: [String!]) { createTask(input: { title: \"fragile\", assigneeIds: [$a], command: $c }) { id } }": typeof types.FailoverCreateTask2Document,
    "query FailoverTask2($t: ID!) { task(id: $t) { attempts result runs { status error } } }": typeof types.FailoverTask2Document,
    "mutation FailoverCreateProject { createProject(input: { name: \"mp\" }) { id } }": typeof types.FailoverCreateProjectDocument,
    "mutation FailoverCreateTask3($p: ID) { createTask(input: { title: \"probe\", projectId: $p }) { id } }": typeof types.FailoverCreateTask3Document,
    "mutation FailoverCreateTask4($p: ID) { createTask(input: { title: \"from B\", projectId: $p }) { id } }": typeof types.FailoverCreateTask4Document,
    "mutation FailoverCreateAgent4($n: String!) { createAgent(input: { name: $n, specialties: [\"mp\"], maxCapacity: 1000 }) { id } }": typeof types.FailoverCreateAgent4Document,
    "mutation FailoverClaimTask($a: ID!) { claimTask(agentId: $a) { outcome task { id } } }": typeof types.FailoverClaimTaskDocument,
    "mutation FailoverCreateAgent3 { createAgent(input: { name: \"mp-streamer\" }) { id } }": typeof types.FailoverCreateAgent3Document,
    "mutation FailoverCreateTask5($a: [ID!]) { createTask(input: { title: \"mp stream\", assigneeIds: $a, priority: CRITICAL }) { id } }": typeof types.FailoverCreateTask5Document,
    "query FleetAgents { agents { name host { hostname cpus cpuPercent memoryPercent load1 saturated saturation reportedAt } } }": typeof types.FleetAgentsDocument,
    "query FleetStats { stats { fleet { agentsReporting hosts cpus cpuPercent memoryUsedBytes memoryTotalBytes memoryPercent saturatedAgents { name } } } }": typeof types.FleetStatsDocument,
    "query FleetAgent($a: ID!) { agent(id: $a) { lastHeartbeatAt host { cpus } } }": typeof types.FleetAgentDocument,
    "mutation FoundationCreateProject { createProject(input: { name: \"Apollo\", description: \"moon\" }) { id name } }": typeof types.FoundationCreateProjectDocument,
    "mutation FoundationCreateAgent($p: [String!]) { createAgent(input: { name: \"ada\", role: \"engineer\", specialties: $p, level: LEAD, maxCapacity: 2, config: { temperature: 0.2 } }) { id name role specialties level maxCapacity config status } }": typeof types.FoundationCreateAgentDocument,
    "mutation FoundationCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id title status priority tags dueAt project { name } assignees { name } } }": typeof types.FoundationCreateTaskDocument,
    "query FoundationNode($id: ID!) { node(id: $id) { __typename id ... on Task { title } } }": typeof types.FoundationNodeDocument,
    "query FoundationNode2($id: ID!) { node(id: $id) { __typename ... on Agent { name } } }": typeof types.FoundationNode2Document,
    "query FoundationAgents { agents { name } projects { name } agent(name: \"ada\") { id } tasks(filter: { tag: \"plan\" }) { totalCount edges { node { id } } } }": typeof types.FoundationAgentsDocument,
    "mutation FoundationCreateTask2 { createTask(input: { title: \"draft\" }) { id status } }": typeof types.FoundationCreateTask2Document,
    "mutation FoundationUpdateTask($id: ID!) { updateTask(id: $id, input: { title: \"final\", priority: LOW }) { id } }": typeof types.FoundationUpdateTaskDocument,
    "mutation FoundationAssignTask($id: ID!, $a: [ID!]!) { assignTask(taskId: $id, agentIds: $a) { status } }": typeof types.FoundationAssignTaskDocument,
    "mutation FoundationUpdateAgent($id: ID!) { updateAgent(id: $id, input: { role: \"reviewer\", maxCapacity: 3 }) { role maxCapacity } }": typeof types.FoundationUpdateAgentDocument,
    "query FoundationActivity($id: ID!) { activity(taskId: $id) { totalCount edges { node { type summary before after } } } }": typeof types.FoundationActivityDocument,
    "mutation FoundationDeleteTask($id: ID!) { deleteTask(id: $id) }": typeof types.FoundationDeleteTaskDocument,
    "query FoundationTask($id: ID!) { task(id: $id) { id } }": typeof types.FoundationTaskDocument,
    "query FoundationActivity2($id: ID!) { activity(taskId: $id, first: 1) { edges { node { type } } } }": typeof types.FoundationActivity2Document,
    "query FoundationActivity3($id: ID!) { activity(agentId: $id) { edges { node { type } } } }": typeof types.FoundationActivity3Document,
    "mutation FoundationCreateTask3($a: [ID!]) { createTask(input: { title: \"only a\", assigneeIds: $a }) { id } }": typeof types.FoundationCreateTask3Document,
    "mutation FoundationCreateTask4($a: [ID!]) { createTask(input: { title: \"a and b\", assigneeIds: $a }) { id } }": typeof types.FoundationCreateTask4Document,
    "query FoundationX($x: ID!, $y: ID!) { x: task(id: $x) { status assignees { name } } y: task(id: $y) { status assignees { name } } }": typeof types.FoundationXDocument,
    "mutation FoundationClaimTask($a: ID!) { claimTask(agentId: $a, maxCapacity: 100) { outcome } }": typeof types.FoundationClaimTaskDocument,
    "query FoundationTasks { tasks { totalCount } activity { totalCount } agents { id } }": typeof types.FoundationTasksDocument,
    "mutation FoundationCreateAgent2 { createAgent(input: { name: \"enum-oa\", backendType: OPENAI, config: { baseUrl: \"https://api.openai.com/v1\" } }) { id backend backendType } }": typeof types.FoundationCreateAgent2Document,
    "mutation FoundationCreateAgent3 { createAgent(input: { name: \"string-ex\", backend: \"external\", backendType: EXTERNAL }) { backend backendType } }": typeof types.FoundationCreateAgent3Document,
    "mutation FoundationUpdateAgent2($id: ID!) { updateAgent(id: $id, input: { backendType: EXTERNAL }) { backend backendType } }": typeof types.FoundationUpdateAgent2Document,
    "mutation FoundationUpdateAgent3($id: ID!) { updateAgent(id: $id, input: { backend: \"openai\", config: { baseUrl: \"https://api.openai.com/v1\" } }) { backendType } }": typeof types.FoundationUpdateAgent3Document,
    "mutation FoundationCreateAgent4 { createAgent(input: { name: \"enum-cc\", backendType: CLAUDE_CODE }) { id } }": typeof types.FoundationCreateAgent4Document,
    "query FoundationType { __type(name: \"Agent\") { fields(includeDeprecated: true) { name deprecationReason } } }": typeof types.FoundationTypeDocument,
    "mutation FoundationCreateAgent5 { createAgent(input: { name: \"dup\" }) { id } }": typeof types.FoundationCreateAgent5Document,
    "mutation FoundationCreateTask5($d: [ID!]) { createTask(input: { title: \"x\", dependsOn: $d }) { id } }": typeof types.FoundationCreateTask5Document,
    "mutation FoundationCreateProject2 { createProject(input: { name: \"nplus1\" }) { id } }": typeof types.FoundationCreateProject2Document,
    "query FoundationTasksPage($n: Int, $p: ID!) { tasks(first: $n, filter: { projectId: $p }) { totalCount edges { node { id title project { name } assignees { name } dependencies { id title } dependents { id } blockedBy { id } } } } }": typeof types.FoundationTasksPageDocument,
    "mutation FoundationCreateProject3 { createProject(input: { name: \"rows-own\" }) { id } }": typeof types.FoundationCreateProject3Document,
    "mutation FoundationCreateOwnAgent($n: String!, $s: [String!]) { createAgent(input: { name: $n, specialties: $s }) { id name } }": typeof types.FoundationCreateOwnAgentDocument,
    "mutation FoundationCreateTasks($i: [TaskGraphInput!]!) { createTasks(input: $i) { id title } }": typeof types.FoundationCreateTasksDocument,
    "query FoundationTasks2($p: ID!, $tag: String, $first: Int, $last: Int, $after: String) { tasks(first: $first, last: $last, after: $after, filter: { projectId: $p, tag: $tag }) { totalCount pageInfo { endCursor } edges { node { id } } } }": typeof types.FoundationTasks2Document,
    "query FoundationTasks3($p: ID!) { tasks(filter: { projectId: $p }) { totalCount } }": typeof types.FoundationTasks3Document,
    "mutation FoundationCreateProject4 { createProject(input: { name: \"paging\" }) { id } }": typeof types.FoundationCreateProject4Document,
    "mutation FoundationCreatePaged($n: String!, $p: ID) { createTask(input: { title: $n, projectId: $p }) { id } }": typeof types.FoundationCreatePagedDocument,
    "query FoundationTasks4($p: ID!, $after: String) { tasks(first: 2, after: $after, filter: { projectId: $p }) { pageInfo { hasNextPage endCursor } edges { node { title } } } }": typeof types.FoundationTasks4Document,
    "query HostileProjects { projects { id } }": typeof types.HostileProjectsDocument,
    "mutation IdleJobsCreateAgent { createAgent(input: { name: \"idle-external\" }) { id } }": typeof types.IdleJobsCreateAgentDocument,
    "mutation IdleJobsCreateTask($a: [ID!]) { createTask(input: { title: \"theirs\", assigneeIds: $a }) { id } }": typeof types.IdleJobsCreateTaskDocument,
    "mutation IdleJobsCreatePausedCron { createCronJob(input: { name: \"idle-paused\", schedule: \"* * * * *\", paused: true, taskTemplate: { title: \"never\" } }) { id } }": typeof types.IdleJobsCreatePausedCronDocument,
    "mutation IdleJobsCreateDueCron { createCronJob(input: { name: \"idle-due\", schedule: \"0 0 1 1 *\", taskTemplate: { title: \"fired\" } }) { id } }": typeof types.IdleJobsCreateDueCronDocument,
    "query InputShapesTasks { tasks { totalCount } projects { id } agents { id } cronJobs { id } documents { id } apiKeys { id } }": typeof types.InputShapesTasksDocument,
    "mutation InputShapesCreateProject { createProject(input: { name: \"  padded name  \" }) { name } }": typeof types.InputShapesCreateProjectDocument,
    "mutation InputShapesAskQuestion($a: ID!) { askQuestion(agentId: $a, question: \"  why?  \") { question } }": typeof types.InputShapesAskQuestionDocument,
    "mutation LifecycleDescribe($id: ID!, $d: String) { updateTask(id: $id, input: { description: $d }) { id } }": typeof types.LifecycleDescribeDocument,
    "fragment LifecycleTaskFields on Task { id title status statusNote blockedBy { id title status } blockedReason isReady }": typeof types.LifecycleTaskFieldsFragmentDoc,
    "mutation LifecycleCreate($i: CreateTaskInput!) { createTask(input: $i) { ...LifecycleTaskFields } }": typeof types.LifecycleCreateDocument,
    "mutation LifecycleSetStatus($id: ID!, $s: TaskStatus!, $n: String) { setTaskStatus(taskId: $id, status: $s, note: $n) { ...LifecycleTaskFields } }": typeof types.LifecycleSetStatusDocument,
    "mutation LifecycleAddDependency($a: ID!, $b: ID!) { addDependency(taskId: $a, dependsOnId: $b) { ...LifecycleTaskFields } }": typeof types.LifecycleAddDependencyDocument,
    "mutation LifecycleCreateAgent($n: String!) { createAgent(input: { name: $n, level: LEAD }) { id } }": typeof types.LifecycleCreateAgentDocument,
    "mutation LifecycleAssignTask($id: ID!, $a: [ID!]!) { assignTask(taskId: $id, agentIds: $a) { id } }": typeof types.LifecycleAssignTaskDocument,
    "mutation LifecycleUpdateTask($id: ID!) { updateTask(id: $id, input: { priority: CRITICAL, dueAt: \"2000-01-01T00:00:00Z\" }) { id } }": typeof types.LifecycleUpdateTaskDocument,
    "mutation LifecycleCompleteTask($id: ID!, $a: ID!) { completeTask(taskId: $id, agentId: $a, result: \"ok\") { status } }": typeof types.LifecycleCompleteTaskDocument,
    "query LifecycleGet($id: ID!) { task(id: $id) { ...LifecycleTaskFields } }": typeof types.LifecycleGetDocument,
    "query LifecycleActivity($id: ID!) { activity(taskId: $id, first: 1) { edges { node { type after } } } }": typeof types.LifecycleActivityDocument,
    "query LifecycleActivity2($id: ID!) { activity(taskId: $id, first: 1) { edges { node { type summary } } } }": typeof types.LifecycleActivity2Document,
    "query LifecycleTask($id: ID!) { task(id: $id) { dependencies { id } dependents { id } } }": typeof types.LifecycleTaskDocument,
    "mutation LifecycleRemoveDependency($a: ID!, $b: ID!) { removeDependency(taskId: $a, dependsOnId: $b) { status } }": typeof types.LifecycleRemoveDependencyDocument,
    "mutation LifecycleRetryTask($id: ID!) { retryTask(taskId: $id) { id title status statusNote priority tags assignees { id } dependencies { id } dependents { id } } }": typeof types.LifecycleRetryTaskDocument,
    "query LifecycleTasks { tasks(first: 1) { totalCount } }": typeof types.LifecycleTasksDocument,
    "query LifecycleTask2($id: ID!) { task(id: $id) { claimedBy { id } leaseExpiresAt } }": typeof types.LifecycleTask2Document,
    "mutation LifecycleClaimTask($a: ID!) { claimTask(agentId: $a, maxCapacity: 5) { task { id } } }": typeof types.LifecycleClaimTaskDocument,
    "mutation LifecycleCompleteTask2($id: ID!, $a: ID!) { completeTask(taskId: $id, agentId: $a) { status } }": typeof types.LifecycleCompleteTask2Document,
    "mutation LifecycleCreateTasks($i: [TaskGraphInput!]!) { createTasks(input: $i) { id title status dependencies { title } } }": typeof types.LifecycleCreateTasksDocument,
    "query LifecycleTasks2 { tasks { totalCount } }": typeof types.LifecycleTasks2Document,
    "mutation LifecycleCreateProject { createProject(input: { name: \"graph\" }) { id } }": typeof types.LifecycleCreateProjectDocument,
    "query LifecycleTaskGraph($p: ID) { taskGraph(projectId: $p) { nodes { title } edges { from to } order criticalPath { title } progress { total finished percentComplete byStatus { status count } } mermaid } }": typeof types.LifecycleTaskGraphDocument,
    "query LifecycleTaskGraph2($r: ID) { taskGraph(rootTaskId: $r) { nodes { title } } }": typeof types.LifecycleTaskGraph2Document,
    "query LifecycleReadyTasks($a: ID) { readyTasks(agentId: $a) { id } }": typeof types.LifecycleReadyTasksDocument,
    "mutation LifecycleCreateProject2 { createProject(input: { name: \"live-ws\" }) { id } }": typeof types.LifecycleCreateProject2Document,
    "mutation LifecycleUpdateTask2($id: ID!) { updateTask(id: $id, input: { title: \"elsewhere\" }) { id } }": typeof types.LifecycleUpdateTask2Document,
    "query LifecycleActivity3($id: ID!) { activity(taskId: $id, first: 2) { totalCount pageInfo { endCursor hasNextPage } edges { node { type after } } } }": typeof types.LifecycleActivity3Document,
    "query LifecycleActivity4($id: ID!, $c: String) { activity(taskId: $id, first: 10, after: $c) { edges { node { type } } } }": typeof types.LifecycleActivity4Document,
    "mutation OperationsCreateApiKey { createApiKey(input: { name: \"viewer\", role: VIEWER }) { secret } }": typeof types.OperationsCreateApiKeyDocument,
    "mutation OperationsCreateAgent { createAgent(input: { name: \"metered\", maxCapacity: 1 }) { id } }": typeof types.OperationsCreateAgentDocument,
    "mutation OperationsCreateTask($a: [ID!]) { createTask(input: { title: \"metered work\", assigneeIds: $a }) { id } }": typeof types.OperationsCreateTaskDocument,
    "mutation OperationsCreateTask2($a: [ID!]) { createTask(input: { title: \"metered later\", assigneeIds: $a }) { id } }": typeof types.OperationsCreateTask2Document,
    "mutation ClaimWork($a: ID!) { claimTask(agentId: $a) { outcome } }": typeof types.ClaimWorkDocument,
    "mutation OperationsCompleteTask($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a, result: \"ok\", usage: [{ model: \"metered-model\", inputTokens: 1200, outputTokens: 300, costUsd: 0.42 }]) { status } }": typeof types.OperationsCompleteTaskDocument,
    "mutation OperationsSetBudget($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 0.01 }) { agent { id } } }": typeof types.OperationsSetBudgetDocument,
    "mutation OperationsHeartbeat($a: ID!) { heartbeat(agentId: $a, usage: [{ model: \"metered-model\", inputTokens: 0, outputTokens: 0, costUsd: 0.02 }]) { agent { id } } }": typeof types.OperationsHeartbeatDocument,
    "mutation OperationsCreateAgent2 { createAgent(input: { name: \"metered-shell\", backend: \"shell\" }) { id } }": typeof types.OperationsCreateAgent2Document,
    "query OperationsTask($t: ID!) { task(id: $t) { runs { status } } }": typeof types.OperationsTaskDocument,
    "mutation OperationsCreateWebhook($u: String!) { createWebhook(input: { url: $u, events: [\"task.created\"] }) { secret } }": typeof types.OperationsCreateWebhookDocument,
    "mutation OperationsCreateTask3 { createTask(input: { title: \"announced\" }) { id } }": typeof types.OperationsCreateTask3Document,
    "mutation OperationsCreateCronJob { createCronJob(input: { name: \"metered-cron\", schedule: \"0 0 1 1 *\", taskTemplate: { title: \"yearly\" } }) { id } }": typeof types.OperationsCreateCronJobDocument,
    "query OperationsTasks { tasks(first: 500) { edges { node { status } } } agents { status } }": typeof types.OperationsTasksDocument,
    "query OperationsReadyTasks { readyTasks(limit: 500) { id } }": typeof types.OperationsReadyTasksDocument,
    "query Broken { task(id: \"task_missing\") { id } }": typeof types.BrokenDocument,
    "mutation OperationsCreateAgent3 { createAgent(input: { name: \"gauged\" }) { id } }": typeof types.OperationsCreateAgent3Document,
    "mutation OperationsCreateAgent4 { createAgent(input: { name: \"traced\", backend: \"shell\" }) { id } }": typeof types.OperationsCreateAgent4Document,
    "mutation RunIt($t: ID!) { runTask(taskId: $t) { status } }": typeof types.RunItDocument,
    "mutation PlanningPlanGoal($i: PlanGoalInput!) { planGoal(input: $i) { id title status assignees { name } plan { goal requireApproval maxTasks accepted } } }": typeof types.PlanningPlanGoalDocument,
    "query PlanningTask($id: ID!) {\n  task(id: $id) {\n    id status attempts error result prompt\n    plan { accepted title prd { title type content } }\n    dependents { id }\n    runs { status error }\n    output { kind content }\n    plannedTasks {\n      id title status priority description planTask { id }\n      assignees { name }\n      dependencies { id title }\n    }\n  }\n}": typeof types.PlanningTaskDocument,
    "query PlanningAgents { agents { id name } }": typeof types.PlanningAgentsDocument,
    "mutation PlanningCompleteTask($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a, result: \"ok\") { id } }": typeof types.PlanningCompleteTaskDocument,
    "mutation PlanningReviewTask($t: ID!) { reviewTask(taskId: $t, verdict: REJECTED, feedback: \"Add refunds.\") { status } }": typeof types.PlanningReviewTaskDocument,
    "mutation PlanningUpdateTask($id: ID!) { updateTask(id: $id, input: { title: \"Design the schema (cards, refunds)\" }) { id } }": typeof types.PlanningUpdateTaskDocument,
    "mutation PlanningReviewTask2($t: ID!) { reviewTask(taskId: $t, verdict: APPROVED) { status dependents { status title } } }": typeof types.PlanningReviewTask2Document,
    "mutation PlanningSetTaskStatus($t: ID!) { setTaskStatus(taskId: $t, status: CANCELLED, note: \"not now\") { status } }": typeof types.PlanningSetTaskStatusDocument,
    "query PlanningActivity($t: ID!) { activity(taskId: $t) { edges { node { type } } } }": typeof types.PlanningActivityDocument,
    "mutation PlanningClaimTask($a: ID!) { claimTask(agentId: $a) { task { id prompt } } }": typeof types.PlanningClaimTaskDocument,
    "mutation PlanningCompleteTask2($t: ID!, $a: ID!, $r: String) { completeTask(taskId: $t, agentId: $a, result: $r) { status error } }": typeof types.PlanningCompleteTask2Document,
    "mutation PlanningCompleteTask3($t: ID!, $a: ID!, $r: String) { completeTask(taskId: $t, agentId: $a, result: $r) { status plannedTasks { title status } } }": typeof types.PlanningCompleteTask3Document,
    "mutation PlanningCreateApiKey($n: String!, $a: ID) { createApiKey(input: { name: $n, role: AGENT, agentId: $a }) { secret } }": typeof types.PlanningCreateApiKeyDocument,
    "query PlanningTask2($id: ID!) { task(id: $id) { status plan { title } plannedTasks { title project { id } assignees { name } } } }": typeof types.PlanningTask2Document,
    "query PlanningUsage($a: ID!) { usage(agentId: $a) { inputTokens outputTokens } }": typeof types.PlanningUsageDocument,
    "mutation ProcessCreateAgent { createAgent(input: { name: \"sh\", backend: \"shell\" }) { id } }": typeof types.ProcessCreateAgentDocument,
    "mutation ProcessCreateTask($i: CreateTaskInput!) { createTask(input: $i) { id } }": typeof types.ProcessCreateTaskDocument,
    "mutation ProcessRunTask($t: ID!) { runTask(taskId: $t) { id } }": typeof types.ProcessRunTaskDocument,
    "query ProcessTaskOutput($t: ID!) { task(id: $t) { output { kind content } } }": typeof types.ProcessTaskOutputDocument,
    "query ProcessTaskAfterRestart($t: ID!) { task(id: $t) { status statusNote runs { status } } }": typeof types.ProcessTaskAfterRestartDocument,
    "mutation ProcessCreateBundled { createAgent(input: { name: \"bundled\" }) { id } }": typeof types.ProcessCreateBundledDocument,
    "mutation ProcessCreateInBundle { createTask(input: { title: \"in the bundle\" }) { id } }": typeof types.ProcessCreateInBundleDocument,
    "mutation ProcessCreateTick { createTask(input: { title: \"tick\" }) { id } }": typeof types.ProcessCreateTickDocument,
    "mutation ProcessClaim($a: ID!) { claimTask(agentId: $a) { outcome } }": typeof types.ProcessClaimDocument,
    "query ReliabilityTasks { tasks(first: 1) { totalCount } agents { id } }": typeof types.ReliabilityTasksDocument,
    "mutation ReliabilityCreateTask2($i: CreateTaskInput!) { createTask(input: $i) { title } }": typeof types.ReliabilityCreateTask2Document,
    "mutation ReliabilityCreateAgentDeep($i: CreateAgentInput!) { createAgent(input: $i) { id } }": typeof types.ReliabilityCreateAgentDeepDocument,
    "mutation ReliabilityCreateBytes($n: String!) { createAgent(input: { name: $n, maxCapacity: 100 }) { id } }": typeof types.ReliabilityCreateBytesDocument,
    "mutation ReliabilityCreateTask3($a: [ID!]) { createTask(input: { title: \"bytes\", assigneeIds: $a }) { id } }": typeof types.ReliabilityCreateTask3Document,
    "mutation ReliabilityClaimTask($a: ID!) { claimTask(agentId: $a, limit: 100) { tasks { id } } }": typeof types.ReliabilityClaimTaskDocument,
    "mutation ReliabilityAppendTaskOutput($t: ID!, $a: ID!, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c) { seq content } }": typeof types.ReliabilityAppendTaskOutputDocument,
    "query ReliabilityTask($t: ID!) { task(id: $t) { output { content } } }": typeof types.ReliabilityTaskDocument,
    "mutation ReliabilityCompleteTask($t: ID!, $a: ID!, $r: String) { completeTask(taskId: $t, agentId: $a, result: $r) { status } }": typeof types.ReliabilityCompleteTaskDocument,
    "mutation ReliabilityCreateNul($n: String!) { createAgent(input: { name: $n, backend: \"shell\" }) { id } }": typeof types.ReliabilityCreateNulDocument,
    "query ReliabilityTask2($t: ID!) { task(id: $t) { status result runs { status } output { kind content } } }": typeof types.ReliabilityTask2Document,
    "mutation ReliabilityCreateAgent { createAgent(input: { name: \"loud\", backend: \"shell\" }) { id } }": typeof types.ReliabilityCreateAgentDocument,
    "query ReliabilityTask3($t: ID!) { task(id: $t) { output(limit: 5000) { kind content } } }": typeof types.ReliabilityTask3Document,
    "mutation ReliabilityCreateTask4 { createTask(input: { title: \"wake\" }) { id } }": typeof types.ReliabilityCreateTask4Document,
    "mutation ReliabilityCreateTask5 { createTask(input: { title: \"again\" }) { id } }": typeof types.ReliabilityCreateTask5Document,
    "mutation ReliabilityCreateTask6 { createTask(input: { title: \"before\" }) { id } }": typeof types.ReliabilityCreateTask6Document,
    "subscription ReliabilityTaskEvents { taskEvents { type } }": typeof types.ReliabilityTaskEventsDocument,
    "mutation ReliabilityCreateApiKey($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id } } }": typeof types.ReliabilityCreateApiKeyDocument,
    "mutation ReliabilityCreateTask7 { createTask(input: { title: \"seen\" }) { id } }": typeof types.ReliabilityCreateTask7Document,
    "mutation ReliabilityRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }": typeof types.ReliabilityRevokeApiKeyDocument,
    "mutation ReliabilityCreateTask8($a: [ID!]) { createTask(input: { title: \"firehose\", assigneeIds: $a }) { id } }": typeof types.ReliabilityCreateTask8Document,
    "subscription ReliabilityTaskOutput($t: ID!) { taskOutput(taskId: $t, fromSeq: 0) { seq content } }": typeof types.ReliabilityTaskOutputDocument,
    "mutation ReliabilityAppendTaskOutput2($t: ID!, $a: ID!, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c) { seq } }": typeof types.ReliabilityAppendTaskOutput2Document,
    "query ReliabilityTypename { __typename }": typeof types.ReliabilityTypenameDocument,
    "mutation ReliabilityCreateSharedKey($n: String!) { createApiKey(input: { name: $n, role: OPERATOR }) { secret } }": typeof types.ReliabilityCreateSharedKeyDocument,
    "mutation ReliabilityCreateTask9($a: [ID!]) { createTask(input: { title: \"churn\", assigneeIds: $a }) { id } }": typeof types.ReliabilityCreateTask9Document,
    "mutation ReliabilityCreateTask10 { createTask(input: { title: \"elsewhere\" }) { id } }": typeof types.ReliabilityCreateTask10Document,
    "mutation ReliabilityCreateTask11($a: [ID!]) { createTask(input: { title: \"frames\", assigneeIds: $a }) { id } }": typeof types.ReliabilityCreateTask11Document,
    "subscription ReliabilityTaskOutput2($t: ID!) { taskOutput(taskId: $t) { seq content } }": typeof types.ReliabilityTaskOutput2Document,
    "subscription ReliabilityTaskOutput3($t: ID!) { taskOutput(taskId: $t) { seq payload: content type: kind } }": typeof types.ReliabilityTaskOutput3Document,
    "mutation ReviewsReviewTask($t: ID!, $v: ReviewVerdict!, $f: String, $r: ID) {\n  reviewTask(taskId: $t, verdict: $v, feedback: $f, reviewerAgentId: $r) { status reviewCycles error statusNote assignees { id } reviews { verdict feedback reviewer { id } } }\n}": typeof types.ReviewsReviewTaskDocument,
    "mutation ReviewsCreateAgent { createAgent(input: { name: \"intern\", level: INTERN }) { id } }": typeof types.ReviewsCreateAgentDocument,
    "mutation ReviewsCreateAgent2 { createAgent(input: { name: \"reviewer\", level: LEAD }) { id } }": typeof types.ReviewsCreateAgent2Document,
    "mutation ReviewsCreateWork($n: String!, $a: [ID!]) { createTask(input: { title: $n, assigneeIds: $a, priority: CRITICAL }) { id } }": typeof types.ReviewsCreateWorkDocument,
    "mutation ReviewsClaimTask($a: ID!) { claimTask(agentId: $a, maxCapacity: 10) { task { id } } }": typeof types.ReviewsClaimTaskDocument,
    "mutation ReviewsCompleteTask($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a, result: \"draft\") { status } }": typeof types.ReviewsCompleteTaskDocument,
    "mutation ReviewsCreateTask($d: [ID!]) { createTask(input: { title: \"after review\", dependsOn: $d }) { status } }": typeof types.ReviewsCreateTaskDocument,
    "query ReviewsTasks { tasks(filter: { search: \"after review\" }) { edges { node { status } } } }": typeof types.ReviewsTasksDocument,
    "query ReviewsTask($t: ID!) { task(id: $t) { status reviews { id } } }": typeof types.ReviewsTaskDocument,
    "mutation ReviewsCreateApiKey($a: ID) { createApiKey(input: { name: \"intern key\", role: AGENT, agentId: $a }) { secret } }": typeof types.ReviewsCreateApiKeyDocument,
    "query ReviewsTask2($id: ID!) { task(id: $id) { attempts reviewCycles } }": typeof types.ReviewsTask2Document,
    "query ReviewsTask3($id: ID!) { task(id: $id) { status reviewCycles reviews { verdict } } }": typeof types.ReviewsTask3Document,
    "mutation ScaleCreateProject { createProject(input: { name: \"x-instance\" }) { id } }": typeof types.ScaleCreateProjectDocument,
    "mutation ScaleDescribe($id: ID!, $d: String) { updateTask(id: $id, input: { description: $d }) { id } }": typeof types.ScaleDescribeDocument,
    "mutation ScaleCreateTask($p: ID) { createTask(input: { title: \"made on B\", projectId: $p }) { id } }": typeof types.ScaleCreateTaskDocument,
    "mutation ScaleCreateAgent { createAgent(input: { name: \"streamer-x\" }) { id } }": typeof types.ScaleCreateAgentDocument,
    "mutation ScaleCreateTask2($a: [ID!]) { createTask(input: { title: \"stream\", assigneeIds: $a, priority: CRITICAL }) { id } }": typeof types.ScaleCreateTask2Document,
    "mutation ScaleCreateProject2 { createProject(input: { name: \"x-race\" }) { id } }": typeof types.ScaleCreateProject2Document,
    "mutation ScaleCreateAgent2($n: String!) { createAgent(input: { name: $n, specialties: [\"x-race\"], maxCapacity: 1000 }) { id } }": typeof types.ScaleCreateAgent2Document,
    "mutation ScaleClaimTask($a: ID!) { claimTask(agentId: $a, maxCapacity: 1000) { outcome task { id } } }": typeof types.ScaleClaimTaskDocument,
    "query ScaleTasks($p: ID!) { tasks(filter: { projectId: $p, status: [INBOX, ASSIGNED] }) { totalCount } }": typeof types.ScaleTasksDocument,
    "mutation ScaleCreateCronJob { createCronJob(input: { name: \"x-cron\", schedule: \"0 * * * *\", taskTemplate: { title: \"hourly\" } }) { id nextRunAt } }": typeof types.ScaleCreateCronJobDocument,
    "mutation ScaleCreateAgent3 { createAgent(input: { name: \"x-runner\", backend: \"shell\" }) { id } }": typeof types.ScaleCreateAgent3Document,
    "mutation ScaleCreateTask3($a: ID!, $c: [String!]) { createTask(input: { title: \"long\", assigneeIds: [$a], command: $c }) { id } }": typeof types.ScaleCreateTask3Document,
    "mutation ScaleStopTask($t: ID!) { stopTask(taskId: $t) { status } }": typeof types.ScaleStopTaskDocument,
    "mutation ScaleCreateAgent4 { createAgent(input: { name: \"x-flaky\" }) { id } }": typeof types.ScaleCreateAgent4Document,
    "mutation ScaleCreateTask4($a: [ID!]) { createTask(input: { title: \"flaky\", assigneeIds: $a, priority: CRITICAL }) { id } }": typeof types.ScaleCreateTask4Document,
    "mutation SecurityCreateApiKey($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id role } } }": typeof types.SecurityCreateApiKeyDocument,
    "mutation SecurityAskQuestion($a: ID!) { askQuestion(agentId: $a, question: \"mine?\") { id } }": typeof types.SecurityAskQuestionDocument,
    "mutation SecurityAskQuestion2($a: ID!) { askQuestion(agentId: $a, question: \"theirs?\") { id } }": typeof types.SecurityAskQuestion2Document,
    "mutation SecurityHeartbeat($a: ID!) { heartbeat(agentId: $a, usage: [{ model: \"m\", inputTokens: 1, outputTokens: 1, costUsd: 7 }]) { agent { id } } }": typeof types.SecurityHeartbeatDocument,
    "query SecurityQuestions { questions { question agent { id } } usage { totalCostUsd } }": typeof types.SecurityQuestionsDocument,
    "query SecurityQuestionsConnection { questionsConnection(first: 500) { edges { node { question agent { id } } } } }": typeof types.SecurityQuestionsConnectionDocument,
    "query SecurityNotificationsConnection($a: ID!) { notificationsConnection(agentId: $a) { totalCount } }": typeof types.SecurityNotificationsConnectionDocument,
    "mutation SecurityPostMessage($t: ID!) { postMessage(taskId: $t, content: \"@someone-else look\") { id } }": typeof types.SecurityPostMessageDocument,
    "mutation SecurityCreateTask($a: [ID!]) { createTask(input: { title: \"mine to sign\", assigneeIds: $a, requiresSignOff: true }) { id signOff { id } } }": typeof types.SecurityCreateTaskDocument,
    "mutation SecurityCreateTask2($a: [ID!]) { createTask(input: { title: \"theirs to sign\", assigneeIds: $a, requiresSignOff: true }) { id signOff { id } } }": typeof types.SecurityCreateTask2Document,
    "query SecurityTaskSignOff($id: ID!) { task(id: $id) { id title requiresSignOff signOff { id agent { id } } } }": typeof types.SecurityTaskSignOffDocument,
    "query SecurityTask($id: ID!) { task(id: $id) { approvals { id } } }": typeof types.SecurityTaskDocument,
    "query SecurityApiKeys { apiKeys { id } }": typeof types.SecurityApiKeysDocument,
    "query SecurityActivity { activity(first: 1) { edges { node { id } } } }": typeof types.SecurityActivityDocument,
    "mutation SecurityHeartbeat2($a: ID!) { heartbeat(agentId: $a) { agent { id } } }": typeof types.SecurityHeartbeat2Document,
    "mutation SecurityCreateTask3($a: [ID!]) { createTask(input: { title: \"for the agent\", assigneeIds: $a, priority: CRITICAL }) { id } }": typeof types.SecurityCreateTask3Document,
    "mutation SecurityAppendTaskOutput($t: ID!) { appendTaskOutput(taskId: $t, content: \"hi\") { seq } }": typeof types.SecurityAppendTaskOutputDocument,
    "mutation SecurityCompleteTask($t: ID!) { completeTask(taskId: $t) { status claimedBy { id } } }": typeof types.SecurityCompleteTaskDocument,
    "query SecurityViewer { viewer { role agent { id } keyId } }": typeof types.SecurityViewerDocument,
    "query SecurityActivity2($t: ID!) { activity(taskId: $t, first: 1) { edges { node { actorType actorId } } } }": typeof types.SecurityActivity2Document,
    "mutation SecurityCreateApiKey2($d: DateTime) { createApiKey(input: { name: \"brief\", role: VIEWER, expiresAt: $d }) { secret } }": typeof types.SecurityCreateApiKey2Document,
    "mutation SecurityCreateApiKey3 { createApiKey(input: { name: \"temp\", role: OPERATOR }) { secret apiKey { id name role active lastUsedAt } } }": typeof types.SecurityCreateApiKey3Document,
    "query SecurityViewer2 { viewer { role } }": typeof types.SecurityViewer2Document,
    "query SecurityApiKeys2 { apiKeys { id lastUsedAt active } }": typeof types.SecurityApiKeys2Document,
    "mutation SecurityRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { revokedAt active } }": typeof types.SecurityRevokeApiKeyDocument,
    "query SecurityActivity3 { activity(first: 5) { edges { node { type summary } } } }": typeof types.SecurityActivity3Document,
    "query SecurityActivity4 { activity(first: 3) { edges { node { type summary } } } }": typeof types.SecurityActivity4Document,
    "mutation SecurityUpdateAgent($id: ID!, $c: JSON) { updateAgent(id: $id, input: { config: $c }) { id } }": typeof types.SecurityUpdateAgentDocument,
    "mutation SecurityCreateAgent { createAgent(input: { name: \"sh\", backend: \"shell\" }) { id } }": typeof types.SecurityCreateAgentDocument,
};
const documents: Documents = {
    "mutation ApprovalsClaimTask($a: ID!) { claimTask(agentId: $a) { outcome task { id } } }": types.ApprovalsClaimTaskDocument,
    "mutation ApprovalsDecideApproval($id: ID!, $allow: Boolean!, $m: String) {\n  decideApproval(id: $id, allow: $allow, message: $m) { id kind status message decidedBy decidedAt task { id status } }\n}": types.ApprovalsDecideApprovalDocument,
    "query ApprovalsTask($id: ID!) { task(id: $id) { status statusNote requiresSignOff signOff { id kind status agent { name } } } }": types.ApprovalsTaskDocument,
    "mutation ApprovalsCreateAgent($n: String!, $l: AgentLevel) { createAgent(input: { name: $n, level: $l }) { id name } }": types.ApprovalsCreateAgentDocument,
    "mutation ApprovalsKeyFor($n: String!, $r: Role!, $a: ID) { createApiKey(input: { name: $n, role: $r, agentId: $a }) { secret } }": types.ApprovalsKeyForDocument,
    "mutation ApprovalsCreateTask($a: ID!) { createTask(input: { title: \"deploy\", assigneeIds: [$a], requiresSignOff: true }) { id status signOff { id status } } }": types.ApprovalsCreateTaskDocument,
    "query ApprovalsReadyTasks($a: ID!) { readyTasks(agentId: $a) { id } }": types.ApprovalsReadyTasksDocument,
    "query ApprovalsApprovals { approvals { id kind status task { id } agent { name } } }": types.ApprovalsApprovalsDocument,
    "query ApprovalsActivity($id: ID!) { activity(taskId: $id) { edges { node { type } } } }": types.ApprovalsActivityDocument,
    "query ApprovalsNotifications($a: ID!) { notifications(agentId: $a) { kind task { id } } }": types.ApprovalsNotificationsDocument,
    "mutation ApprovalsCreateTask2($a: ID!) { createTask(input: { title: \"drop the table\", assigneeIds: [$a], requiresSignOff: true }) { id signOff { id } } }": types.ApprovalsCreateTask2Document,
    "mutation ApprovalsCreateProject($n: String!) { createProject(input: { name: $n, requiresSignOff: true }) { id requiresSignOff } }": types.ApprovalsCreateProjectDocument,
    "mutation ApprovalsCreateTasks($p: ID!, $a: ID!, $i: ID!) { createTasks(input: [\n        { ref: \"in-project\", title: \"in the project\", projectId: $p, assigneeIds: [$a] },\n        { ref: \"intern\", title: \"an intern's\", assigneeIds: [$i] },\n        { ref: \"free\", title: \"free to run\", assigneeIds: [$a] },\n        { ref: \"later\", title: \"after it\", assigneeIds: [$a], dependsOnRefs: [\"in-project\"], projectId: $p }\n      ]) { title status signOff { status } } }": types.ApprovalsCreateTasksDocument,
    "mutation ApprovalsCreateTask3 { createTask(input: { title: \"unassigned\" }) { id signOff { id } } }": types.ApprovalsCreateTask3Document,
    "mutation ApprovalsAssignTask($id: ID!, $i: ID!) { assignTask(taskId: $id, agentIds: [$i]) { id } }": types.ApprovalsAssignTaskDocument,
    "query ApprovalsAgent($a: ID!) { agent(id: $a) { currentTasks { title } } }": types.ApprovalsAgentDocument,
    "mutation ApprovalsCreateTask4($a: ID!) { createTask(input: { title: \"guarded\", assigneeIds: [$a], requiresSignOff: true }) { id signOff { id } } }": types.ApprovalsCreateTask4Document,
    "query ApprovalsNode($id: ID!) { node(id: $id) { ... on Approval { status decidedBy } } }": types.ApprovalsNodeDocument,
    "query ApprovalsNode2($id: ID!) { node(id: $id) { id } }": types.ApprovalsNode2Document,
    "mutation ApprovalsCreateShell($n: String!) { createAgent(input: { name: $n, backendType: SHELL, level: LEAD }) { id } }": types.ApprovalsCreateShellDocument,
    "mutation ApprovalsCreateTask5($a: ID!, $c: [String!]) { createTask(input: { title: \"signed run\", assigneeIds: [$a], requiresSignOff: true, command: $c }) { id signOff { id } } }": types.ApprovalsCreateTask5Document,
    "mutation ApprovalsCreateTask6($a: ID!, $c: [String!]) { createTask(input: { title: \"unsigned run\", assigneeIds: [$a], command: $c }) { id } }": types.ApprovalsCreateTask6Document,
    "query ApprovalsApprovals2($t: ID) { approvals(taskId: $t) { id kind tool input run { id } agent { id } } }": types.ApprovalsApprovals2Document,
    "query ApprovalsTask2($id: ID!) { task(id: $id) { status result error } }": types.ApprovalsTask2Document,
    "mutation ApprovalsCreateTask7($a: ID!, $d: String!) { createTask(input: { title: \"live approvals\", description: $d, assigneeIds: [$a] }) { id } }": types.ApprovalsCreateTask7Document,
    "subscription ApprovalsTaskEvents($t: ID!) { taskEvents(taskId: $t) { type task { id } } }": types.ApprovalsTaskEventsDocument,
    "mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }": types.ApprovalsRunTaskDocument,
    "mutation ApprovalsCreateApiKey($a: ID) { createApiKey(input: { name: \"cc-live key\", role: AGENT, agentId: $a }) { secret } }": types.ApprovalsCreateApiKeyDocument,
    "mutation ApprovalsDecideApproval2($id: ID!) { decideApproval(id: $id, allow: true) { id } }": types.ApprovalsDecideApproval2Document,
    "mutation ApprovalsDecideApproval3($id: ID!) { decideApproval(id: $id, allow: false, message: \"not the build folder\") { id } }": types.ApprovalsDecideApproval3Document,
    "mutation ApprovalsDecideApproval4($id: ID!, $u: JSON) { decideApproval(id: $id, allow: true, updatedInput: $u) { id } }": types.ApprovalsDecideApproval4Document,
    "query ApprovalsApprovals3($t: ID) { approvals(taskId: $t, status: DENIED) { tool decidedBy message } }": types.ApprovalsApprovals3Document,
    "query ApprovalsApiKeys { apiKeys { name active } }": types.ApprovalsApiKeysDocument,
    "mutation ApprovalsCreateTask8($a: ID!, $d: String!) { createTask(input: { title: \"expiry\", description: $d, assigneeIds: [$a] }) { id } }": types.ApprovalsCreateTask8Document,
    "mutation ApprovalsRequestToolApproval { requestToolApproval(tool: \"Bash\") { id } }": types.ApprovalsRequestToolApprovalDocument,
    "mutation ApprovalsCreateTask9($a: ID!, $d: String!) { createTask(input: { title: \"two instances\", description: $d, assigneeIds: [$a] }) { id } }": types.ApprovalsCreateTask9Document,
    "mutation BoardCreateAgent { createAgent(input: { name: \"painter\", role: \"illustrator\" }) { id } }": types.BoardCreateAgentDocument,
    "mutation BoardCreateTask { createTask(input: { title: \"Sketch the logo\", priority: HIGH }) { id } }": types.BoardCreateTaskDocument,
    "mutation BoardCreateTask2($d: [ID!]) { createTask(input: { title: \"Color the logo\", dependsOn: $d }) { id } }": types.BoardCreateTask2Document,
    "mutation BoardAssignTask($t: ID!, $a: [ID!]!) { assignTask(taskId: $t, agentIds: $a) { id } }": types.BoardAssignTaskDocument,
    "mutation BoardClaimTask($a: ID!) { claimTask(agentId: $a) { outcome } }": types.BoardClaimTaskDocument,
    "mutation BoardAppendTaskOutput($t: ID!, $a: ID, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c, kind: STDOUT) { seq } }": types.BoardAppendTaskOutputDocument,
    "mutation BoardAppendTaskOutput2($t: ID!, $a: ID, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c, kind: STDOUT) { seq } }": types.BoardAppendTaskOutput2Document,
    "mutation BoardCreateTask3($a: ID!, $t: String!) { createTask(input: { title: $t, assigneeIds: [$a], requiresSignOff: true }) { id signOff { id } } }": types.BoardCreateTask3Document,
    "query BoardTask($id: ID!) { task(id: $id) { status statusNote signOff { status } } }": types.BoardTaskDocument,
    "mutation BoardCreateApiKey { createApiKey(input: { name: \"watcher\", role: VIEWER }) { secret } }": types.BoardCreateApiKeyDocument,
    "mutation BoardCreateAgent2 { createAgent(input: { name: \"newcomer\", role: \"tester\" }) { id } }": types.BoardCreateAgent2Document,
    "mutation BoardCreateTask4($a: ID!) { createTask(input: { title: \"Write the summary\", assigneeIds: [$a] }) { id } }": types.BoardCreateTask4Document,
    "mutation BoardCompleteTask($t: ID!, $a: ID) { completeTask(taskId: $t, agentId: $a, result: \"All done: 3 findings.\") { id } }": types.BoardCompleteTaskDocument,
    "mutation BoardCreateAgent3 { createAgent(input: { name: \"builder\", role: \"engineer\" }) { id } }": types.BoardCreateAgent3Document,
    "query BoardTask2($id: ID!) { task(id: $id) { id title status statusNote prompt assignees { name } dependencies { title } } }": types.BoardTask2Document,
    "mutation BoardClaimTask2($a: ID!) { claimTask(agentId: $a) { task { id } } }": types.BoardClaimTask2Document,
    "mutation BoardCompleteTask2($t: ID!, $a: ID, $r: String) { completeTask(taskId: $t, agentId: $a, result: $r) { status } }": types.BoardCompleteTask2Document,
    "query BoardNotifications($a: ID!) { notifications(agentId: $a) { kind content } }": types.BoardNotificationsDocument,
    "mutation BoardAskQuestion($a: ID!) { askQuestion(agentId: $a, question: \"Which database?\") { id } }": types.BoardAskQuestionDocument,
    "query BoardQuestionsConnection { questionsConnection(status: ANSWERED) { edges { node { id answer } } } }": types.BoardQuestionsConnectionDocument,
    "mutation BoardCreateApiKey2 { createApiKey(input: { name: \"looker\", role: VIEWER }) { secret } }": types.BoardCreateApiKey2Document,
    "query BoardTasks { tasks(first: 500, filter: { search: \"Not allowed\" }) { totalCount } }": types.BoardTasksDocument,
    "mutation BoardCreateProject { createProject(input: { name: \"alpha\" }) { id } }": types.BoardCreateProjectDocument,
    "mutation BoardCreateAgent4 { createAgent(input: { name: \"gpu-box\", level: LEAD }) { id } }": types.BoardCreateAgent4Document,
    "mutation BoardHeartbeat($a: ID!, $h: HostMetricsInput) { heartbeat(agentId: $a, host: $h) { agent { id } } }": types.BoardHeartbeatDocument,
    "mutation BoardCreateTask5($p: ID!, $a: ID!) { createTask(input: { title: \"Train the model\", projectId: $p, tags: [\"ml\"], assigneeIds: [$a] }) { id } }": types.BoardCreateTask5Document,
    "mutation BoardCompleteTask3($t: ID!, $a: ID, $u: [UsageInput!]) { completeTask(taskId: $t, agentId: $a, result: \"model trained\", usage: $u) { status } }": types.BoardCompleteTask3Document,
    "mutation BoardSetBudget($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 5 }) { agent { id } } }": types.BoardSetBudgetDocument,
    "mutation BoardCreateTask6($a: ID!) { createTask(input: { title: \"Evaluate\", priority: CRITICAL, assigneeIds: [$a] }) { id } }": types.BoardCreateTask6Document,
    "mutation BoardCompleteTask4($t: ID!, $a: ID, $u: [UsageInput!]) { completeTask(taskId: $t, agentId: $a, usage: $u) { status } }": types.BoardCompleteTask4Document,
    "mutation BoardCreateCronJob { createCronJob(input: { name: \"nightly-report\", schedule: \"0 3 * * *\", timezone: \"UTC\", taskTemplate: { title: \"Nightly report\" } }) { id } }": types.BoardCreateCronJobDocument,
    "query BoardTasks2 { tasks(first: 5, filter: { search: \"Nightly report\" }) { totalCount } }": types.BoardTasks2Document,
    "mutation BoardCreateWebhook { createWebhook(input: { url: \"http://127.0.0.1:9/mc\", events: [\"task.*\"] }) { webhook { id } } }": types.BoardCreateWebhookDocument,
    "mutation BoardCreateTask7 { createTask(input: { title: \"Announce it\" }) { id } }": types.BoardCreateTask7Document,
    "mutation BoardCreateTask8($a: ID!) { createTask(input: { title: \"Long job\", priority: CRITICAL, assigneeIds: [$a] }) { id } }": types.BoardCreateTask8Document,
    "mutation BoardAppendTaskOutput3($t: ID!, $a: ID, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c) { seq } }": types.BoardAppendTaskOutput3Document,
    "mutation BoardCreateTask9 { createTask(input: { title: \"Created while hidden\" }) { id } }": types.BoardCreateTask9Document,
    "mutation ClaimsClaimTask($a: ID!, $c: Int) { claimTask(agentId: $a, maxCapacity: $c) { outcome task { id title status attempts claimedBy { name } leaseExpiresAt } } }": types.ClaimsClaimTaskDocument,
    "mutation ClaimsCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { id name } }": types.ClaimsCreateAgentDocument,
    "mutation ClaimsCreateProject($n: String!) { createProject(input: { name: $n }) { id } }": types.ClaimsCreateProjectDocument,
    "mutation ClaimsCreateTask($i: CreateTaskInput!) { createTask(input: $i) { id title status } }": types.ClaimsCreateTaskDocument,
    "query ClaimsTask($id: ID!) { task(id: $id) { id status attempts error statusNote claimedBy { id } leaseExpiresAt } }": types.ClaimsTaskDocument,
    "query ClaimsTasks($p: ID!) { tasks(filter: { projectId: $p, status: ASSIGNED }) { totalCount } activity { totalCount } }": types.ClaimsTasksDocument,
    "mutation ClaimsSetTaskStatus($id: ID!) { setTaskStatus(taskId: $id, status: CANCELLED) { id } }": types.ClaimsSetTaskStatusDocument,
    "query ClaimsReadyTasks($a: ID) { readyTasks(agentId: $a) { requiredSpecialties } }": types.ClaimsReadyTasksDocument,
    "mutation ClaimsClaimMany($a: ID!, $l: Int) { claimTask(agentId: $a, limit: $l) { outcome task { id } tasks { id status claimedBy { id } } } }": types.ClaimsClaimManyDocument,
    "mutation ClaimsCreateApiKey($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }": types.ClaimsCreateApiKeyDocument,
    "mutation ClaimsCompleteAndClaim($t: ID!, $a: ID, $c: Int) { completeAndClaim(taskId: $t, agentId: $a, maxCapacity: $c) { next { outcome } } }": types.ClaimsCompleteAndClaimDocument,
    "query ClaimsTasks2($a: ID!) { tasks(filter: { assigneeId: $a, status: IN_PROGRESS }) { edges { node { id } } } }": types.ClaimsTasks2Document,
    "mutation ClaimsCompleteAndClaim2($t: ID!, $a: ID, $r: String, $c: Int) { completeAndClaim(taskId: $t, agentId: $a, result: $r, maxCapacity: $c) {\n      completed { id status result } next { outcome task { id status attempts } tasks { id } } } }": types.ClaimsCompleteAndClaim2Document,
    "query ClaimsTask2($id: ID!) { task(id: $id) { documents { type content } } }": types.ClaimsTask2Document,
    "mutation ClaimsAppendTaskOutput($t: ID!, $a: ID, $c: String!, $k: OutputKind) { appendTaskOutput(taskId: $t, agentId: $a, content: $c, kind: $k) { seq kind content } }": types.ClaimsAppendTaskOutputDocument,
    "query ClaimsTask3($t: ID!) { task(id: $t) { lastOutputSeq output(fromSeq: 15, limit: 3) { seq } } }": types.ClaimsTask3Document,
    "mutation ClaimsCompleteTask($t: ID!, $a: ID!, $r: String, $u: [UsageInput!]) { completeTask(taskId: $t, agentId: $a, result: $r, usage: $u) { status completedAt result claimedBy { id } documents { type title content author { id } } } }": types.ClaimsCompleteTaskDocument,
    "mutation ClaimsCompleteTask2($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a) { status } }": types.ClaimsCompleteTask2Document,
    "mutation ClaimsFailTask($t: ID!, $a: ID!, $e: String!, $r: Boolean) { failTask(taskId: $t, agentId: $a, error: $e, retryable: $r) { status attempts error claimedBy { id } } }": types.ClaimsFailTaskDocument,
    "mutation ClaimsReleaseTask($t: ID!, $a: ID!) { releaseTask(taskId: $t, agentId: $a, reason: \"shutting down\") { status attempts statusNote claimedBy { id } } }": types.ClaimsReleaseTaskDocument,
    "query ClaimsActivity($t: ID!) { activity(taskId: $t, first: 1) { edges { node { type actorType actorId } } } }": types.ClaimsActivityDocument,
    "query ClaimsActivity2($t: ID!) { activity(taskId: $t, first: 1) { edges { node { type actorType summary } } } }": types.ClaimsActivity2Document,
    "mutation ClaimsHeartbeat($a: ID!) { heartbeat(agentId: $a) { pendingTasks unreadNotifications agent { status lastHeartbeatAt } } }": types.ClaimsHeartbeatDocument,
    "mutation ClaimsHeartbeat2($a: ID!) { heartbeat(agentId: $a) { pendingTasks } }": types.ClaimsHeartbeat2Document,
    "mutation ClaimsCreateProject2 { createProject(input: { name: \"race\" }) { id } }": types.ClaimsCreateProject2Document,
    "mutation ClaimsCreateTasks($i: [TaskGraphInput!]!) { createTasks(input: $i) { id } }": types.ClaimsCreateTasksDocument,
    "mutation ClaimsClaimTask2($a: ID!) { claimTask(agentId: $a, limit: 7) { outcome tasks { id } } }": types.ClaimsClaimTask2Document,
    "mutation ClaimsCreateTask2($a: [ID!]) { createTask(input: { title: \"survive\", assigneeIds: $a }) { id } }": types.ClaimsCreateTask2Document,
    "query ClientsTask($id: ID!) { task(id: $id) { output { kind content } } }": types.ClientsTaskDocument,
    "query ClientsAgent { agent(name: \"cli-worker\") { host { hostname cpus cpuPercent memoryTotalBytes memoryPercent load1 reportedAt } } }": types.ClientsAgentDocument,
    "query ClientsTask2($id: ID!) { task(id: $id) { status output { content } } }": types.ClientsTask2Document,
    "mutation ClientsCreateAgent($n: String!) { createAgent(input: { name: $n }) { id } }": types.ClientsCreateAgentDocument,
    "mutation CollaborationCreateAgent { createAgent(input: { name: \"ada\", role: \"writer\" }) { id } }": types.CollaborationCreateAgentDocument,
    "mutation CollaborationCreateAgent2 { createAgent(input: { name: \"bob\", role: \"tester\" }) { id } }": types.CollaborationCreateAgent2Document,
    "mutation CollaborationCreateProject { createProject(input: { name: \"launch\" }) { id } }": types.CollaborationCreateProjectDocument,
    "mutation CollaborationCreateTask($a: [ID!], $p: ID) { createTask(input: { title: \"write docs\", assigneeIds: $a, projectId: $p }) { id } }": types.CollaborationCreateTaskDocument,
    "mutation CollaborationCreateDocument($i: CreateDocumentInput!) { createDocument(input: $i) { id version type author { name } project { id } } }": types.CollaborationCreateDocumentDocument,
    "mutation CollaborationUpdateDocumentV2($id: ID!, $b: ID!) { updateDocument(id: $id, content: \"v2 text\", baseVersion: 1, authorAgentId: $b) { version content author { name } } }": types.CollaborationUpdateDocumentV2Document,
    "mutation CollaborationUpdateDocument($id: ID!) { updateDocument(id: $id, content: \"x\", baseVersion: 2, authorAgentId: \"agent_0mwremvif0004cd8044ee971\") { version } }": types.CollaborationUpdateDocumentDocument,
    "mutation CollaborationUpdateDocument2($id: ID!) { updateDocument(id: $id, content: \"lost update\", baseVersion: 1) { version } }": types.CollaborationUpdateDocument2Document,
    "query CollaborationDocument($id: ID!) { document(id: $id) { version content versions { version content author { name } } } }": types.CollaborationDocumentDocument,
    "query CollaborationDocument2($id: ID!) { document(id: $id, version: 1) { version content } }": types.CollaborationDocument2Document,
    "query CollaborationDocument3($id: ID!) { document(id: $id, version: 9) { id } }": types.CollaborationDocument3Document,
    "mutation CollaborationCreateDocument2($i: CreateDocumentInput!) { createDocument(input: $i) { id } }": types.CollaborationCreateDocument2Document,
    "query CollaborationDocuments { documents(search: \"deployment\") { id title } }": types.CollaborationDocumentsDocument,
    "query CollaborationDocuments2 { documents(search: \"deploys server\") { id } }": types.CollaborationDocuments2Document,
    "query CollaborationDocuments3 { documents(search: \"zebra\") { id } }": types.CollaborationDocuments3Document,
    "query CollaborationDocuments4($p: ID) { documents(search: \"deployment\", projectId: $p, type: DRAFT) { id } }": types.CollaborationDocuments4Document,
    "mutation CollaborationPostMessage($t: ID!, $a: ID) { postMessage(taskId: $t, content: \"@bob please check, and @nobody too (mail me at x@ada.dev).\", authorAgentId: $a) { id authorName mentions { name } unresolvedMentions } }": types.CollaborationPostMessageDocument,
    "mutation CollaborationPostMessage2($t: ID!, $a: ID, $r: ID) { postMessage(taskId: $t, content: \"done\", authorAgentId: $a, replyToId: $r) { replyTo { id } } }": types.CollaborationPostMessage2Document,
    "mutation CollaborationPostMessage3($t: ID!, $a: ID) { postMessage(taskId: $t, content: \"bye\", authorAgentId: $a) { id } }": types.CollaborationPostMessage3Document,
    "mutation CollaborationDeleteAgent($id: ID!) { deleteAgent(id: $id) }": types.CollaborationDeleteAgentDocument,
    "mutation CollaborationPostMessage4($t: ID!, $r: ID) { postMessage(taskId: $t, content: \"too late\", replyToId: $r) { replyTo { id authorName } } }": types.CollaborationPostMessage4Document,
    "query CollaborationNotifications($a: ID!) { notifications(agentId: $a, unreadOnly: true) { kind } }": types.CollaborationNotificationsDocument,
    "mutation CollaborationHeartbeat($a: ID!) { heartbeat(agentId: $a) { unreadNotifications } }": types.CollaborationHeartbeatDocument,
    "mutation CollaborationPostMessage5($t: ID!, $a: ID) { postMessage(taskId: $t, content: \"@all standup in 5\", authorAgentId: $a) { id } }": types.CollaborationPostMessage5Document,
    "query CollaborationNotifications2($a: ID!) { notifications(agentId: $a) { id } }": types.CollaborationNotifications2Document,
    "mutation CollaborationMarkNotificationsRead($a: ID!) { markNotificationsRead(agentId: $a) }": types.CollaborationMarkNotificationsReadDocument,
    "query CollaborationTask($t: ID!) { task(id: $t) { messages { content authorName } } }": types.CollaborationTaskDocument,
    "mutation CollaborationAskQuestion($a: ID!, $t: ID) { askQuestion(agentId: $a, taskId: $t, question: \"Which audience?\") { id status agent { name } task { id } } }": types.CollaborationAskQuestionDocument,
    "query CollaborationQuestions { questions(status: OPEN) { id } }": types.CollaborationQuestionsDocument,
    "mutation CollaborationAnswerQuestion($id: ID!) { answerQuestion(id: $id, answer: \"Operators.\") { status answer } }": types.CollaborationAnswerQuestionDocument,
    "query CollaborationNotifications3($a: ID!) { notifications(agentId: $a, unreadOnly: true) { kind content } }": types.CollaborationNotifications3Document,
    "mutation CollaborationDismissQuestion($id: ID!) { dismissQuestion(id: $id) { status } }": types.CollaborationDismissQuestionDocument,
    "mutation CollaborationAskQuestion2($a: ID!) { askQuestion(agentId: $a, question: \"Still there?\") { id } }": types.CollaborationAskQuestion2Document,
    "mutation CollaborationAnswerQuestion2($id: ID!) { answerQuestion(id: $id, answer: \"No.\") { status } }": types.CollaborationAnswerQuestion2Document,
    "mutation CollaborationAskQuestion3($a: ID!) { askQuestion(agentId: $a, question: \"Lunch?\") { id } }": types.CollaborationAskQuestion3Document,
    "mutation CollaborationHeartbeat2($a: ID!) { heartbeat(agentId: $a, usage: [{ model: \"claude-sonnet-4-5\", inputTokens: 1000000, outputTokens: 100000 }, { model: \"custom\", inputTokens: 10, outputTokens: 10, costUsd: 0.5 }]) { agent { id } } }": types.CollaborationHeartbeat2Document,
    "query CollaborationUsage($a: ID!) { usage(agentId: $a) { inputTokens outputTokens totalCostUsd byModel { key costUsd } byAgent { key } } }": types.CollaborationUsageDocument,
    "query CollaborationUsage2($a: ID!) { usage(agentId: $a, since: \"2999-01-01T00:00:00Z\") { totalCostUsd } }": types.CollaborationUsage2Document,
    "mutation CollaborationCreateTask2($a: [ID!]) { createTask(input: { title: \"costly\", assigneeIds: $a }) { id } }": types.CollaborationCreateTask2Document,
    "mutation CollaborationSetBudget($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 1.0 }) { agent { dailyBudgetUsd } } }": types.CollaborationSetBudgetDocument,
    "mutation CollaborationHeartbeat3($a: ID!) { heartbeat(agentId: $a, usage: [{ model: \"x\", inputTokens: 1, outputTokens: 1, costUsd: 1.25 }]) { agent { id } } }": types.CollaborationHeartbeat3Document,
    "query CollaborationAgent($a: ID!, $t: ID!) { agent(id: $a) { budgetExceededAt spentTodayUsd } task(id: $t) { status attempts } notifications(agentId: $a) { kind } }": types.CollaborationAgentDocument,
    "mutation CollaborationSetBudget2($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 5 }) { agent { budgetExceededAt } } }": types.CollaborationSetBudget2Document,
    "mutation CollaborationCreateProject2 { createProject(input: { name: \"capped\" }) { id } }": types.CollaborationCreateProject2Document,
    "mutation CollaborationCreateTask3($p: ID) { createTask(input: { title: \"capped work\", projectId: $p, priority: CRITICAL }) { id } }": types.CollaborationCreateTask3Document,
    "mutation CollaborationClaimTask($a: ID!) { claimTask(agentId: $a) { task { id projectId: project { id } } } }": types.CollaborationClaimTaskDocument,
    "mutation CollaborationCompleteTask($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a, usage: [{ model: \"x\", inputTokens: 1, outputTokens: 1, costUsd: 2 }]) { status } }": types.CollaborationCompleteTaskDocument,
    "mutation CollaborationSetBudget3($p: ID) { setBudget(input: { projectId: $p, monthlyUsd: 2 }) { project { monthlyBudgetUsd } } }": types.CollaborationSetBudget3Document,
    "mutation CollaborationCreateTask4($p: ID) { createTask(input: { title: \"more capped work\", projectId: $p, priority: CRITICAL }) { id } }": types.CollaborationCreateTask4Document,
    "query CollaborationTask2($t: ID!) { task(id: $t) { status } }": types.CollaborationTask2Document,
    "mutation CollaborationCreateApiKey { createApiKey(input: { name: \"op\", role: OPERATOR }) { secret } }": types.CollaborationCreateApiKeyDocument,
    "mutation CollaborationSetBudget4($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 100 }) { agent { id } } }": types.CollaborationSetBudget4Document,
    "mutation CollaborationCreateWebhook($u: String!) { createWebhook(input: { url: $u, events: [\"task.created\", \"message.*\"], secret: \"s3cret-s3cret-s3cret\" }) { secret webhook { id events } } }": types.CollaborationCreateWebhookDocument,
    "mutation CollaborationCreateAgent3 { createAgent(input: { name: \"not-subscribed\" }) { id } }": types.CollaborationCreateAgent3Document,
    "query CollaborationWebhooks { webhooks { deliveries { event status attempts lastStatusCode } } }": types.CollaborationWebhooksDocument,
    "mutation CollaborationDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }": types.CollaborationDeleteWebhookDocument,
    "mutation CollaborationCreateWebhook2($u: String!) { createWebhook(input: { url: $u, events: [\"*\"] }) { secret } }": types.CollaborationCreateWebhook2Document,
    "query CollaborationWebhooks2 { webhooks { id } }": types.CollaborationWebhooks2Document,
    "query CollaborationStats { stats { tasks { status count } agents { status count } documents tasksInReview completionRate successRate throughputPerHour totalTasks activeAgents } }": types.CollaborationStatsDocument,
    "query CollaborationStandup { standup }": types.CollaborationStandupDocument,
    "mutation CronCreateCronJob($i: CreateCronJobInput!) { createCronJob(input: $i) { id name schedule timezone paused catchUp nextRunAt lastRunAt } }": types.CronCreateCronJobDocument,
    "query CronCronJobs { cronJobs { id lastRunAt nextRunAt recentTasks { id title tags priority } } }": types.CronCronJobsDocument,
    "query CronCronJobs2 { cronJobs { id } }": types.CronCronJobs2Document,
    "query CronActivity { activity(first: 50) { edges { node { type summary } } } }": types.CronActivityDocument,
    "query CronActivity2 { activity(first: 20) { edges { node { type summary } } } }": types.CronActivity2Document,
    "mutation CronPauseCronJob($id: ID!) { pauseCronJob(id: $id) { paused } }": types.CronPauseCronJobDocument,
    "mutation CronResumeCronJob($id: ID!) { resumeCronJob(id: $id) { paused nextRunAt } }": types.CronResumeCronJobDocument,
    "mutation CronTriggerCronJob($id: ID!) { triggerCronJob(id: $id) { id title status } }": types.CronTriggerCronJobDocument,
    "mutation CronDeleteCronJob($id: ID!) { deleteCronJob(id: $id) }": types.CronDeleteCronJobDocument,
    "mutation CronTriggerCronJob2($id: ID!) { triggerCronJob(id: $id) { id } }": types.CronTriggerCronJob2Document,
    "query CronCronJobs3 { cronJobs { id recentTasks { title } } }": types.CronCronJobs3Document,
    "mutation CronPauseCronJob2($id: ID!) { pauseCronJob(id: $id) { id } }": types.CronPauseCronJob2Document,
    "mutation DeveloperCreateApiKey { createApiKey(input: { name: \"docs\", role: VIEWER }) { secret } }": types.DeveloperCreateApiKeyDocument,
    "query DeveloperDeepTasks { tasks(first: 1) { edges { node { project { tasks(first: 1) { edges { node { project { tasks(first: 1) { edges { node { project { tasks(first: 1) { edges { node { id } } } } } } } } } } } } } } } }": types.DeveloperDeepTasksDocument,
    "mutation DeveloperCreateProject { createProject(input: { name: \"named\" }) { id } }": types.DeveloperCreateProjectDocument,
    "mutation DeveloperCreateTask($p: ID) { createTask(input: { title: \"named\", projectId: $p }) { id } }": types.DeveloperCreateTaskDocument,
    "query DeveloperTasks {\n      tasks(first: 1) { __typename totalCount edges { __typename } }\n      activity(first: 1) { __typename totalCount edges { __typename } }\n      projects { tasks(first: 5) { __typename totalCount edges { __typename node { title } } } }\n    }": types.DeveloperTasksDocument,
    "mutation DeveloperPostMessage($t: ID!, $c: String!) { postMessage(taskId: $t, content: $c) { id } }": types.DeveloperPostMessageDocument,
    "mutation DeveloperAskQuestion($a: ID!, $q: String!) { askQuestion(agentId: $a, question: $q) { id } }": types.DeveloperAskQuestionDocument,
    "mutation DeveloperCreateDocument($t: ID, $n: String!) { createDocument(input: { taskId: $t, title: $n, content: \"x\" }) { id } }": types.DeveloperCreateDocumentDocument,
    "mutation DeveloperCreateWebhook { createWebhook(input: { url: \"http://127.0.0.1:9/hook\", events: [\"task.created\"] }) { secret } }": types.DeveloperCreateWebhookDocument,
    "mutation DeveloperCreateTask2($n: String!) { createTask(input: { title: $n }) { id } }": types.DeveloperCreateTask2Document,
    "query DeveloperWebhooks { webhooks { deliveriesConnection(first: 2) { totalCount pageInfo { hasNextPage } edges { node { event status } } } } }": types.DeveloperWebhooksDocument,
    "query DeveloperType($n: String!) { __type(name: $n) { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }": types.DeveloperTypeDocument,
    "mutation DispatchCreateAgent { createAgent(input: { name: \"busy\", backend: \"shell\", level: LEAD, maxCapacity: 10 }) { id } }": types.DispatchCreateAgentDocument,
    "query DispatchTasks($a: ID!) { tasks(filter: { assigneeId: $a }) { edges { node { status runs { startedAt finishedAt status } } } } }": types.DispatchTasksDocument,
    "mutation DispatchCreateProject($r: ID) { createProject(input: { name: \"reviewed\", reviewerAgentId: $r }) { id reviewer { name } } }": types.DispatchCreateProjectDocument,
    "mutation DispatchCreateTask($a: ID!, $p: ID!) { createTask(input: { title: \"write it\", assigneeIds: [$a], projectId: $p }) { id } }": types.DispatchCreateTaskDocument,
    "query DispatchTask($id: ID!) { task(id: $id) { status result reviewCycles reviews { verdict feedback reviewer { name } } runs { kind status agent { name } } } }": types.DispatchTaskDocument,
    "mutation DispatchCreateProject2($r: ID) { createProject(input: { name: \"self\", reviewerAgentId: $r }) { id } }": types.DispatchCreateProject2Document,
    "mutation DispatchCreateTask2($a: ID!, $p: ID!) { createTask(input: { title: \"mine\", assigneeIds: [$a], projectId: $p }) { id } }": types.DispatchCreateTask2Document,
    "query DispatchTask2($id: ID!) { task(id: $id) { status } }": types.DispatchTask2Document,
    "query DispatchTask3($id: ID!) { task(id: $id) { status reviews { verdict } runs { kind } } }": types.DispatchTask3Document,
    "mutation TestCreateAgent($i: CreateAgentInput!) {\n  createAgent(input: $i) {\n    id\n    name\n  }\n}\n\nmutation TestCreateProject($i: CreateProjectInput!) {\n  createProject(input: $i) {\n    id\n    name\n  }\n}\n\nmutation TestCreateTask($i: CreateTaskInput!) {\n  createTask(input: $i) {\n    id\n    title\n  }\n}\n\nmutation TestCreateTasks($i: [TaskGraphInput!]!) {\n  createTasks(input: $i) {\n    id\n  }\n}": types.TestCreateAgentDocument,
    "query TestTasksList($first: Int) {\n  tasks(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        status\n        priority\n        project {\n          name\n        }\n        assignees {\n          name\n        }\n        dependencies {\n          id\n        }\n        blockedBy {\n          id\n        }\n        isReady\n      }\n    }\n  }\n}\n\nquery TestTaskGraph($id: ID!) {\n  taskGraph(rootTaskId: $id) {\n    nodes {\n      id\n      title\n      status\n    }\n    edges {\n      from\n      to\n    }\n    order\n    criticalPath {\n      id\n    }\n  }\n}\n\nquery TestActivityFeed($first: Int, $taskId: ID) {\n  activity(first: $first, taskId: $taskId) {\n    totalCount\n    edges {\n      node {\n        type\n        summary\n        createdAt\n      }\n    }\n  }\n}\n\nquery TestTask($id: ID!) {\n  task(id: $id) {\n    id\n    title\n    status\n    statusNote\n    attempts\n    claimedBy {\n      id\n    }\n  }\n}\n\nmutation TestClaimTask($agentId: ID!) {\n  claimTask(agentId: $agentId) {\n    outcome\n    task {\n      id\n      status\n    }\n  }\n}\n\nmutation TestCompleteTask($taskId: ID!, $agentId: ID, $result: String) {\n  completeTask(taskId: $taskId, agentId: $agentId, result: $result) {\n    id\n    status\n  }\n}": types.TestTasksListDocument,
    "subscription TestOutputSeq($t: ID!) {\n  taskOutput(taskId: $t) {\n    seq\n  }\n}\n\nsubscription TestOutputFromStart($t: ID!) {\n  taskOutput(taskId: $t, fromSeq: 0) {\n    seq\n    kind\n    content\n  }\n}\n\nsubscription TestOutputContentFromStart($t: ID!) {\n  taskOutput(taskId: $t, fromSeq: 0) {\n    content\n  }\n}\n\nsubscription TestOutputKindContent($t: ID!) {\n  taskOutput(taskId: $t) {\n    kind\n    content\n  }\n}\n\nsubscription TestTaskEventStatusAttempts($t: ID) {\n  taskEvents(taskId: $t) {\n    type\n    task {\n      status\n      attempts\n    }\n  }\n}\n\nsubscription TestTaskEventAssignees($id: ID) {\n  taskEvents(taskId: $id) {\n    type\n    task {\n      id\n      title\n      status\n      assignees {\n        name\n      }\n    }\n  }\n}\n\nsubscription TestProjectEventTitles($p: ID) {\n  taskEvents(projectId: $p) {\n    type\n    task {\n      title\n    }\n  }\n}\n\nsubscription TestProjectEventStatus($p: ID) {\n  taskEvents(projectId: $p) {\n    type\n    task {\n      title\n      status\n    }\n  }\n}\n\nsubscription TestProjectEventMoves($p: ID) {\n  taskEvents(projectId: $p) {\n    type\n    previousStatus\n    task {\n      id\n      title\n      status\n    }\n  }\n}\n\nsubscription TestTaskActivity($id: ID) {\n  activity(taskId: $id) {\n    type\n    taskId\n    summary\n  }\n}\n\nsubscription TestActivityTypes {\n  activity {\n    type\n  }\n}\n\nsubscription TestNotificationTasks($a: ID!) {\n  notifications(agentId: $a) {\n    kind\n    task {\n      id\n    }\n  }\n}\n\nsubscription TestNotificationMessages($a: ID!) {\n  notifications(agentId: $a) {\n    kind\n    content\n    message {\n      id\n    }\n  }\n}\n\nsubscription TestAgentEventTypes {\n  agentEvents {\n    type\n  }\n}\n\nsubscription TestAgentEventStatus {\n  agentEvents {\n    type\n    agentId\n    status\n    previousStatus\n  }\n}\n\nsubscription TestAgentEventAgents {\n  agentEvents {\n    type\n    agent {\n      id\n    }\n  }\n}\n\nsubscription TestOutputResumed($t: ID!, $f: Int) {\n  taskOutput(taskId: $t, fromSeq: $f) {\n    seq\n    content\n  }\n}": types.TestOutputSeqDocument,
    "fragment ExecutionTaskFields on Task {\n  id status attempts error result statusNote\n  runs { kind backend backendType model tier status error exitCode }\n  messages { authorName content }\n}": types.ExecutionTaskFieldsFragmentDoc,
    "mutation ExecutionCreateAgent { createAgent(input: { name: \"sh\", backend: \"shell\", level: LEAD, maxCapacity: 5 }) { id } }": types.ExecutionCreateAgentDocument,
    "mutation ExecutionCreateTask($i: CreateTaskInput!) { createTask(input: $i) { id status } }": types.ExecutionCreateTaskDocument,
    "query ExecutionGet($id: ID!) { task(id: $id) { ...ExecutionTaskFields } }": types.ExecutionGetDocument,
    "mutation ExecutionRunTask($t: ID!) { runTask(taskId: $t) { status attempts } }": types.ExecutionRunTaskDocument,
    "mutation ExecutionCreateTask2($i: CreateTaskInput!) { createTask(input: $i) { id } }": types.ExecutionCreateTask2Document,
    "query ExecutionTask($id: ID!) { task(id: $id) { prompt } }": types.ExecutionTaskDocument,
    "mutation ExecutionStopTask($t: ID!) { stopTask(taskId: $t, reason: \"wrong input\") { status attempts statusNote } }": types.ExecutionStopTaskDocument,
    "mutation ExecutionStopTask2($t: ID!) { stopTask(taskId: $t, outcome: FAIL) { status error } }": types.ExecutionStopTask2Document,
    "query ExecutionTask2($id: ID!) { task(id: $id) { output { content } } }": types.ExecutionTask2Document,
    "mutation ExecutionStopTask3($t: ID!) { stopTask(taskId: $t) { status attempts } }": types.ExecutionStopTask3Document,
    "mutation ExecutionCreateAgent2 { createAgent(input: { name: \"timed\", backend: \"shell\", config: { timeoutSeconds: 1 } }) { id } }": types.ExecutionCreateAgent2Document,
    "mutation ExecutionStopInbox($t: ID!) { stopTask(taskId: $t) { id } }": types.ExecutionStopInboxDocument,
    "mutation ExecutionRunTask2($t: ID!) { runTask(taskId: $t) { status } }": types.ExecutionRunTask2Document,
    "mutation ExecutionHeartbeat($a: ID!) { heartbeat(agentId: $a) { unreadNotifications pendingTasks } }": types.ExecutionHeartbeatDocument,
    "query ExecutionUsage($a: ID!) { usage(agentId: $a) { inputTokens outputTokens totalCostUsd byModel { key } } }": types.ExecutionUsageDocument,
    "mutation ExecutionCreateAgent3($i: CreateAgentInput!) { createAgent(input: $i) { id } }": types.ExecutionCreateAgent3Document,
    "query ExecutionAgent { agent(name: \"cc-bad-perms\") { id } }": types.ExecutionAgentDocument,
    "mutation ExecutionCreateAgent4($i: CreateAgentInput!) { createAgent(input: $i) { id config } }": types.ExecutionCreateAgent4Document,
    "mutation ExecutionUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id } }": types.ExecutionUpdateAgentDocument,
    "mutation ExecutionCreateAgent5 { createAgent(input: { name: \"cc2\", backend: \"claude-code\" }) { id } }": types.ExecutionCreateAgent5Document,
    "mutation ExecutionCreateTask3($a: ID!) { createTask(input: { title: \"greet\", description: \"Say hello.\", assigneeIds: [$a], maxAttempts: 1 }) { id } }": types.ExecutionCreateTask3Document,
    "query ExecutionTask3($id: ID!) { task(id: $id) { status result documents { type content } } }": types.ExecutionTask3Document,
    "query ExecutionUsage2($a: ID!) { usage(agentId: $a) { inputTokens outputTokens totalCostUsd byModel { key costUsd } } }": types.ExecutionUsage2Document,
    "query ExecutionTask4($id: ID!) { task(id: $id) { status error } }": types.ExecutionTask4Document,
    "mutation ExecutionCreateAgent6 { createAgent(input: { name: \"hung\", backend: \"openai\" }) { id } }": types.ExecutionCreateAgent6Document,
    "mutation ExecutionCreateTask4($a: [ID!]) { createTask(input: { title: \"never ends\", assigneeIds: $a, maxAttempts: 1 }) { id } }": types.ExecutionCreateTask4Document,
    "query ExecutionTask5($t: ID!) { task(id: $t) { status runs { status } } }": types.ExecutionTask5Document,
    "mutation FailoverCreateAgent { createAgent(input: { name: \"doomed\" }) { id } }": types.FailoverCreateAgentDocument,
    "mutation FailoverCreateTask($a: [ID!]) { createTask(input: { title: \"survives\", assigneeIds: $a }) { id } }": types.FailoverCreateTaskDocument,
    "query FailoverTask($t: ID!) { task(id: $t) { status attempts statusNote claimedBy { id } } }": types.FailoverTaskDocument,
    "mutation FailoverCreateAgent2 { createAgent(input: { name: \"crashy\", backend: \"shell\" }) { id } }": types.FailoverCreateAgent2Document,
    "mutation FailoverCreateTask2($a: ID!, $c: [String!]) { createTask(input: { title: \"fragile\", assigneeIds: [$a], command: $c }) { id } }": types.FailoverCreateTask2Document,
    "query FailoverTask2($t: ID!) { task(id: $t) { attempts result runs { status error } } }": types.FailoverTask2Document,
    "mutation FailoverCreateProject { createProject(input: { name: \"mp\" }) { id } }": types.FailoverCreateProjectDocument,
    "mutation FailoverCreateTask3($p: ID) { createTask(input: { title: \"probe\", projectId: $p }) { id } }": types.FailoverCreateTask3Document,
    "mutation FailoverCreateTask4($p: ID) { createTask(input: { title: \"from B\", projectId: $p }) { id } }": types.FailoverCreateTask4Document,
    "mutation FailoverCreateAgent4($n: String!) { createAgent(input: { name: $n, specialties: [\"mp\"], maxCapacity: 1000 }) { id } }": types.FailoverCreateAgent4Document,
    "mutation FailoverClaimTask($a: ID!) { claimTask(agentId: $a) { outcome task { id } } }": types.FailoverClaimTaskDocument,
    "mutation FailoverCreateAgent3 { createAgent(input: { name: \"mp-streamer\" }) { id } }": types.FailoverCreateAgent3Document,
    "mutation FailoverCreateTask5($a: [ID!]) { createTask(input: { title: \"mp stream\", assigneeIds: $a, priority: CRITICAL }) { id } }": types.FailoverCreateTask5Document,
    "query FleetAgents { agents { name host { hostname cpus cpuPercent memoryPercent load1 saturated saturation reportedAt } } }": types.FleetAgentsDocument,
    "query FleetStats { stats { fleet { agentsReporting hosts cpus cpuPercent memoryUsedBytes memoryTotalBytes memoryPercent saturatedAgents { name } } } }": types.FleetStatsDocument,
    "query FleetAgent($a: ID!) { agent(id: $a) { lastHeartbeatAt host { cpus } } }": types.FleetAgentDocument,
    "mutation FoundationCreateProject { createProject(input: { name: \"Apollo\", description: \"moon\" }) { id name } }": types.FoundationCreateProjectDocument,
    "mutation FoundationCreateAgent($p: [String!]) { createAgent(input: { name: \"ada\", role: \"engineer\", specialties: $p, level: LEAD, maxCapacity: 2, config: { temperature: 0.2 } }) { id name role specialties level maxCapacity config status } }": types.FoundationCreateAgentDocument,
    "mutation FoundationCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id title status priority tags dueAt project { name } assignees { name } } }": types.FoundationCreateTaskDocument,
    "query FoundationNode($id: ID!) { node(id: $id) { __typename id ... on Task { title } } }": types.FoundationNodeDocument,
    "query FoundationNode2($id: ID!) { node(id: $id) { __typename ... on Agent { name } } }": types.FoundationNode2Document,
    "query FoundationAgents { agents { name } projects { name } agent(name: \"ada\") { id } tasks(filter: { tag: \"plan\" }) { totalCount edges { node { id } } } }": types.FoundationAgentsDocument,
    "mutation FoundationCreateTask2 { createTask(input: { title: \"draft\" }) { id status } }": types.FoundationCreateTask2Document,
    "mutation FoundationUpdateTask($id: ID!) { updateTask(id: $id, input: { title: \"final\", priority: LOW }) { id } }": types.FoundationUpdateTaskDocument,
    "mutation FoundationAssignTask($id: ID!, $a: [ID!]!) { assignTask(taskId: $id, agentIds: $a) { status } }": types.FoundationAssignTaskDocument,
    "mutation FoundationUpdateAgent($id: ID!) { updateAgent(id: $id, input: { role: \"reviewer\", maxCapacity: 3 }) { role maxCapacity } }": types.FoundationUpdateAgentDocument,
    "query FoundationActivity($id: ID!) { activity(taskId: $id) { totalCount edges { node { type summary before after } } } }": types.FoundationActivityDocument,
    "mutation FoundationDeleteTask($id: ID!) { deleteTask(id: $id) }": types.FoundationDeleteTaskDocument,
    "query FoundationTask($id: ID!) { task(id: $id) { id } }": types.FoundationTaskDocument,
    "query FoundationActivity2($id: ID!) { activity(taskId: $id, first: 1) { edges { node { type } } } }": types.FoundationActivity2Document,
    "query FoundationActivity3($id: ID!) { activity(agentId: $id) { edges { node { type } } } }": types.FoundationActivity3Document,
    "mutation FoundationCreateTask3($a: [ID!]) { createTask(input: { title: \"only a\", assigneeIds: $a }) { id } }": types.FoundationCreateTask3Document,
    "mutation FoundationCreateTask4($a: [ID!]) { createTask(input: { title: \"a and b\", assigneeIds: $a }) { id } }": types.FoundationCreateTask4Document,
    "query FoundationX($x: ID!, $y: ID!) { x: task(id: $x) { status assignees { name } } y: task(id: $y) { status assignees { name } } }": types.FoundationXDocument,
    "mutation FoundationClaimTask($a: ID!) { claimTask(agentId: $a, maxCapacity: 100) { outcome } }": types.FoundationClaimTaskDocument,
    "query FoundationTasks { tasks { totalCount } activity { totalCount } agents { id } }": types.FoundationTasksDocument,
    "mutation FoundationCreateAgent2 { createAgent(input: { name: \"enum-oa\", backendType: OPENAI, config: { baseUrl: \"https://api.openai.com/v1\" } }) { id backend backendType } }": types.FoundationCreateAgent2Document,
    "mutation FoundationCreateAgent3 { createAgent(input: { name: \"string-ex\", backend: \"external\", backendType: EXTERNAL }) { backend backendType } }": types.FoundationCreateAgent3Document,
    "mutation FoundationUpdateAgent2($id: ID!) { updateAgent(id: $id, input: { backendType: EXTERNAL }) { backend backendType } }": types.FoundationUpdateAgent2Document,
    "mutation FoundationUpdateAgent3($id: ID!) { updateAgent(id: $id, input: { backend: \"openai\", config: { baseUrl: \"https://api.openai.com/v1\" } }) { backendType } }": types.FoundationUpdateAgent3Document,
    "mutation FoundationCreateAgent4 { createAgent(input: { name: \"enum-cc\", backendType: CLAUDE_CODE }) { id } }": types.FoundationCreateAgent4Document,
    "query FoundationType { __type(name: \"Agent\") { fields(includeDeprecated: true) { name deprecationReason } } }": types.FoundationTypeDocument,
    "mutation FoundationCreateAgent5 { createAgent(input: { name: \"dup\" }) { id } }": types.FoundationCreateAgent5Document,
    "mutation FoundationCreateTask5($d: [ID!]) { createTask(input: { title: \"x\", dependsOn: $d }) { id } }": types.FoundationCreateTask5Document,
    "mutation FoundationCreateProject2 { createProject(input: { name: \"nplus1\" }) { id } }": types.FoundationCreateProject2Document,
    "query FoundationTasksPage($n: Int, $p: ID!) { tasks(first: $n, filter: { projectId: $p }) { totalCount edges { node { id title project { name } assignees { name } dependencies { id title } dependents { id } blockedBy { id } } } } }": types.FoundationTasksPageDocument,
    "mutation FoundationCreateProject3 { createProject(input: { name: \"rows-own\" }) { id } }": types.FoundationCreateProject3Document,
    "mutation FoundationCreateOwnAgent($n: String!, $s: [String!]) { createAgent(input: { name: $n, specialties: $s }) { id name } }": types.FoundationCreateOwnAgentDocument,
    "mutation FoundationCreateTasks($i: [TaskGraphInput!]!) { createTasks(input: $i) { id title } }": types.FoundationCreateTasksDocument,
    "query FoundationTasks2($p: ID!, $tag: String, $first: Int, $last: Int, $after: String) { tasks(first: $first, last: $last, after: $after, filter: { projectId: $p, tag: $tag }) { totalCount pageInfo { endCursor } edges { node { id } } } }": types.FoundationTasks2Document,
    "query FoundationTasks3($p: ID!) { tasks(filter: { projectId: $p }) { totalCount } }": types.FoundationTasks3Document,
    "mutation FoundationCreateProject4 { createProject(input: { name: \"paging\" }) { id } }": types.FoundationCreateProject4Document,
    "mutation FoundationCreatePaged($n: String!, $p: ID) { createTask(input: { title: $n, projectId: $p }) { id } }": types.FoundationCreatePagedDocument,
    "query FoundationTasks4($p: ID!, $after: String) { tasks(first: 2, after: $after, filter: { projectId: $p }) { pageInfo { hasNextPage endCursor } edges { node { title } } } }": types.FoundationTasks4Document,
    "query HostileProjects { projects { id } }": types.HostileProjectsDocument,
    "mutation IdleJobsCreateAgent { createAgent(input: { name: \"idle-external\" }) { id } }": types.IdleJobsCreateAgentDocument,
    "mutation IdleJobsCreateTask($a: [ID!]) { createTask(input: { title: \"theirs\", assigneeIds: $a }) { id } }": types.IdleJobsCreateTaskDocument,
    "mutation IdleJobsCreatePausedCron { createCronJob(input: { name: \"idle-paused\", schedule: \"* * * * *\", paused: true, taskTemplate: { title: \"never\" } }) { id } }": types.IdleJobsCreatePausedCronDocument,
    "mutation IdleJobsCreateDueCron { createCronJob(input: { name: \"idle-due\", schedule: \"0 0 1 1 *\", taskTemplate: { title: \"fired\" } }) { id } }": types.IdleJobsCreateDueCronDocument,
    "query InputShapesTasks { tasks { totalCount } projects { id } agents { id } cronJobs { id } documents { id } apiKeys { id } }": types.InputShapesTasksDocument,
    "mutation InputShapesCreateProject { createProject(input: { name: \"  padded name  \" }) { name } }": types.InputShapesCreateProjectDocument,
    "mutation InputShapesAskQuestion($a: ID!) { askQuestion(agentId: $a, question: \"  why?  \") { question } }": types.InputShapesAskQuestionDocument,
    "mutation LifecycleDescribe($id: ID!, $d: String) { updateTask(id: $id, input: { description: $d }) { id } }": types.LifecycleDescribeDocument,
    "fragment LifecycleTaskFields on Task { id title status statusNote blockedBy { id title status } blockedReason isReady }": types.LifecycleTaskFieldsFragmentDoc,
    "mutation LifecycleCreate($i: CreateTaskInput!) { createTask(input: $i) { ...LifecycleTaskFields } }": types.LifecycleCreateDocument,
    "mutation LifecycleSetStatus($id: ID!, $s: TaskStatus!, $n: String) { setTaskStatus(taskId: $id, status: $s, note: $n) { ...LifecycleTaskFields } }": types.LifecycleSetStatusDocument,
    "mutation LifecycleAddDependency($a: ID!, $b: ID!) { addDependency(taskId: $a, dependsOnId: $b) { ...LifecycleTaskFields } }": types.LifecycleAddDependencyDocument,
    "mutation LifecycleCreateAgent($n: String!) { createAgent(input: { name: $n, level: LEAD }) { id } }": types.LifecycleCreateAgentDocument,
    "mutation LifecycleAssignTask($id: ID!, $a: [ID!]!) { assignTask(taskId: $id, agentIds: $a) { id } }": types.LifecycleAssignTaskDocument,
    "mutation LifecycleUpdateTask($id: ID!) { updateTask(id: $id, input: { priority: CRITICAL, dueAt: \"2000-01-01T00:00:00Z\" }) { id } }": types.LifecycleUpdateTaskDocument,
    "mutation LifecycleCompleteTask($id: ID!, $a: ID!) { completeTask(taskId: $id, agentId: $a, result: \"ok\") { status } }": types.LifecycleCompleteTaskDocument,
    "query LifecycleGet($id: ID!) { task(id: $id) { ...LifecycleTaskFields } }": types.LifecycleGetDocument,
    "query LifecycleActivity($id: ID!) { activity(taskId: $id, first: 1) { edges { node { type after } } } }": types.LifecycleActivityDocument,
    "query LifecycleActivity2($id: ID!) { activity(taskId: $id, first: 1) { edges { node { type summary } } } }": types.LifecycleActivity2Document,
    "query LifecycleTask($id: ID!) { task(id: $id) { dependencies { id } dependents { id } } }": types.LifecycleTaskDocument,
    "mutation LifecycleRemoveDependency($a: ID!, $b: ID!) { removeDependency(taskId: $a, dependsOnId: $b) { status } }": types.LifecycleRemoveDependencyDocument,
    "mutation LifecycleRetryTask($id: ID!) { retryTask(taskId: $id) { id title status statusNote priority tags assignees { id } dependencies { id } dependents { id } } }": types.LifecycleRetryTaskDocument,
    "query LifecycleTasks { tasks(first: 1) { totalCount } }": types.LifecycleTasksDocument,
    "query LifecycleTask2($id: ID!) { task(id: $id) { claimedBy { id } leaseExpiresAt } }": types.LifecycleTask2Document,
    "mutation LifecycleClaimTask($a: ID!) { claimTask(agentId: $a, maxCapacity: 5) { task { id } } }": types.LifecycleClaimTaskDocument,
    "mutation LifecycleCompleteTask2($id: ID!, $a: ID!) { completeTask(taskId: $id, agentId: $a) { status } }": types.LifecycleCompleteTask2Document,
    "mutation LifecycleCreateTasks($i: [TaskGraphInput!]!) { createTasks(input: $i) { id title status dependencies { title } } }": types.LifecycleCreateTasksDocument,
    "query LifecycleTasks2 { tasks { totalCount } }": types.LifecycleTasks2Document,
    "mutation LifecycleCreateProject { createProject(input: { name: \"graph\" }) { id } }": types.LifecycleCreateProjectDocument,
    "query LifecycleTaskGraph($p: ID) { taskGraph(projectId: $p) { nodes { title } edges { from to } order criticalPath { title } progress { total finished percentComplete byStatus { status count } } mermaid } }": types.LifecycleTaskGraphDocument,
    "query LifecycleTaskGraph2($r: ID) { taskGraph(rootTaskId: $r) { nodes { title } } }": types.LifecycleTaskGraph2Document,
    "query LifecycleReadyTasks($a: ID) { readyTasks(agentId: $a) { id } }": types.LifecycleReadyTasksDocument,
    "mutation LifecycleCreateProject2 { createProject(input: { name: \"live-ws\" }) { id } }": types.LifecycleCreateProject2Document,
    "mutation LifecycleUpdateTask2($id: ID!) { updateTask(id: $id, input: { title: \"elsewhere\" }) { id } }": types.LifecycleUpdateTask2Document,
    "query LifecycleActivity3($id: ID!) { activity(taskId: $id, first: 2) { totalCount pageInfo { endCursor hasNextPage } edges { node { type after } } } }": types.LifecycleActivity3Document,
    "query LifecycleActivity4($id: ID!, $c: String) { activity(taskId: $id, first: 10, after: $c) { edges { node { type } } } }": types.LifecycleActivity4Document,
    "mutation OperationsCreateApiKey { createApiKey(input: { name: \"viewer\", role: VIEWER }) { secret } }": types.OperationsCreateApiKeyDocument,
    "mutation OperationsCreateAgent { createAgent(input: { name: \"metered\", maxCapacity: 1 }) { id } }": types.OperationsCreateAgentDocument,
    "mutation OperationsCreateTask($a: [ID!]) { createTask(input: { title: \"metered work\", assigneeIds: $a }) { id } }": types.OperationsCreateTaskDocument,
    "mutation OperationsCreateTask2($a: [ID!]) { createTask(input: { title: \"metered later\", assigneeIds: $a }) { id } }": types.OperationsCreateTask2Document,
    "mutation ClaimWork($a: ID!) { claimTask(agentId: $a) { outcome } }": types.ClaimWorkDocument,
    "mutation OperationsCompleteTask($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a, result: \"ok\", usage: [{ model: \"metered-model\", inputTokens: 1200, outputTokens: 300, costUsd: 0.42 }]) { status } }": types.OperationsCompleteTaskDocument,
    "mutation OperationsSetBudget($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 0.01 }) { agent { id } } }": types.OperationsSetBudgetDocument,
    "mutation OperationsHeartbeat($a: ID!) { heartbeat(agentId: $a, usage: [{ model: \"metered-model\", inputTokens: 0, outputTokens: 0, costUsd: 0.02 }]) { agent { id } } }": types.OperationsHeartbeatDocument,
    "mutation OperationsCreateAgent2 { createAgent(input: { name: \"metered-shell\", backend: \"shell\" }) { id } }": types.OperationsCreateAgent2Document,
    "query OperationsTask($t: ID!) { task(id: $t) { runs { status } } }": types.OperationsTaskDocument,
    "mutation OperationsCreateWebhook($u: String!) { createWebhook(input: { url: $u, events: [\"task.created\"] }) { secret } }": types.OperationsCreateWebhookDocument,
    "mutation OperationsCreateTask3 { createTask(input: { title: \"announced\" }) { id } }": types.OperationsCreateTask3Document,
    "mutation OperationsCreateCronJob { createCronJob(input: { name: \"metered-cron\", schedule: \"0 0 1 1 *\", taskTemplate: { title: \"yearly\" } }) { id } }": types.OperationsCreateCronJobDocument,
    "query OperationsTasks { tasks(first: 500) { edges { node { status } } } agents { status } }": types.OperationsTasksDocument,
    "query OperationsReadyTasks { readyTasks(limit: 500) { id } }": types.OperationsReadyTasksDocument,
    "query Broken { task(id: \"task_missing\") { id } }": types.BrokenDocument,
    "mutation OperationsCreateAgent3 { createAgent(input: { name: \"gauged\" }) { id } }": types.OperationsCreateAgent3Document,
    "mutation OperationsCreateAgent4 { createAgent(input: { name: \"traced\", backend: \"shell\" }) { id } }": types.OperationsCreateAgent4Document,
    "mutation RunIt($t: ID!) { runTask(taskId: $t) { status } }": types.RunItDocument,
    "mutation PlanningPlanGoal($i: PlanGoalInput!) { planGoal(input: $i) { id title status assignees { name } plan { goal requireApproval maxTasks accepted } } }": types.PlanningPlanGoalDocument,
    "query PlanningTask($id: ID!) {\n  task(id: $id) {\n    id status attempts error result prompt\n    plan { accepted title prd { title type content } }\n    dependents { id }\n    runs { status error }\n    output { kind content }\n    plannedTasks {\n      id title status priority description planTask { id }\n      assignees { name }\n      dependencies { id title }\n    }\n  }\n}": types.PlanningTaskDocument,
    "query PlanningAgents { agents { id name } }": types.PlanningAgentsDocument,
    "mutation PlanningCompleteTask($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a, result: \"ok\") { id } }": types.PlanningCompleteTaskDocument,
    "mutation PlanningReviewTask($t: ID!) { reviewTask(taskId: $t, verdict: REJECTED, feedback: \"Add refunds.\") { status } }": types.PlanningReviewTaskDocument,
    "mutation PlanningUpdateTask($id: ID!) { updateTask(id: $id, input: { title: \"Design the schema (cards, refunds)\" }) { id } }": types.PlanningUpdateTaskDocument,
    "mutation PlanningReviewTask2($t: ID!) { reviewTask(taskId: $t, verdict: APPROVED) { status dependents { status title } } }": types.PlanningReviewTask2Document,
    "mutation PlanningSetTaskStatus($t: ID!) { setTaskStatus(taskId: $t, status: CANCELLED, note: \"not now\") { status } }": types.PlanningSetTaskStatusDocument,
    "query PlanningActivity($t: ID!) { activity(taskId: $t) { edges { node { type } } } }": types.PlanningActivityDocument,
    "mutation PlanningClaimTask($a: ID!) { claimTask(agentId: $a) { task { id prompt } } }": types.PlanningClaimTaskDocument,
    "mutation PlanningCompleteTask2($t: ID!, $a: ID!, $r: String) { completeTask(taskId: $t, agentId: $a, result: $r) { status error } }": types.PlanningCompleteTask2Document,
    "mutation PlanningCompleteTask3($t: ID!, $a: ID!, $r: String) { completeTask(taskId: $t, agentId: $a, result: $r) { status plannedTasks { title status } } }": types.PlanningCompleteTask3Document,
    "mutation PlanningCreateApiKey($n: String!, $a: ID) { createApiKey(input: { name: $n, role: AGENT, agentId: $a }) { secret } }": types.PlanningCreateApiKeyDocument,
    "query PlanningTask2($id: ID!) { task(id: $id) { status plan { title } plannedTasks { title project { id } assignees { name } } } }": types.PlanningTask2Document,
    "query PlanningUsage($a: ID!) { usage(agentId: $a) { inputTokens outputTokens } }": types.PlanningUsageDocument,
    "mutation ProcessCreateAgent { createAgent(input: { name: \"sh\", backend: \"shell\" }) { id } }": types.ProcessCreateAgentDocument,
    "mutation ProcessCreateTask($i: CreateTaskInput!) { createTask(input: $i) { id } }": types.ProcessCreateTaskDocument,
    "mutation ProcessRunTask($t: ID!) { runTask(taskId: $t) { id } }": types.ProcessRunTaskDocument,
    "query ProcessTaskOutput($t: ID!) { task(id: $t) { output { kind content } } }": types.ProcessTaskOutputDocument,
    "query ProcessTaskAfterRestart($t: ID!) { task(id: $t) { status statusNote runs { status } } }": types.ProcessTaskAfterRestartDocument,
    "mutation ProcessCreateBundled { createAgent(input: { name: \"bundled\" }) { id } }": types.ProcessCreateBundledDocument,
    "mutation ProcessCreateInBundle { createTask(input: { title: \"in the bundle\" }) { id } }": types.ProcessCreateInBundleDocument,
    "mutation ProcessCreateTick { createTask(input: { title: \"tick\" }) { id } }": types.ProcessCreateTickDocument,
    "mutation ProcessClaim($a: ID!) { claimTask(agentId: $a) { outcome } }": types.ProcessClaimDocument,
    "query ReliabilityTasks { tasks(first: 1) { totalCount } agents { id } }": types.ReliabilityTasksDocument,
    "mutation ReliabilityCreateTask2($i: CreateTaskInput!) { createTask(input: $i) { title } }": types.ReliabilityCreateTask2Document,
    "mutation ReliabilityCreateAgentDeep($i: CreateAgentInput!) { createAgent(input: $i) { id } }": types.ReliabilityCreateAgentDeepDocument,
    "mutation ReliabilityCreateBytes($n: String!) { createAgent(input: { name: $n, maxCapacity: 100 }) { id } }": types.ReliabilityCreateBytesDocument,
    "mutation ReliabilityCreateTask3($a: [ID!]) { createTask(input: { title: \"bytes\", assigneeIds: $a }) { id } }": types.ReliabilityCreateTask3Document,
    "mutation ReliabilityClaimTask($a: ID!) { claimTask(agentId: $a, limit: 100) { tasks { id } } }": types.ReliabilityClaimTaskDocument,
    "mutation ReliabilityAppendTaskOutput($t: ID!, $a: ID!, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c) { seq content } }": types.ReliabilityAppendTaskOutputDocument,
    "query ReliabilityTask($t: ID!) { task(id: $t) { output { content } } }": types.ReliabilityTaskDocument,
    "mutation ReliabilityCompleteTask($t: ID!, $a: ID!, $r: String) { completeTask(taskId: $t, agentId: $a, result: $r) { status } }": types.ReliabilityCompleteTaskDocument,
    "mutation ReliabilityCreateNul($n: String!) { createAgent(input: { name: $n, backend: \"shell\" }) { id } }": types.ReliabilityCreateNulDocument,
    "query ReliabilityTask2($t: ID!) { task(id: $t) { status result runs { status } output { kind content } } }": types.ReliabilityTask2Document,
    "mutation ReliabilityCreateAgent { createAgent(input: { name: \"loud\", backend: \"shell\" }) { id } }": types.ReliabilityCreateAgentDocument,
    "query ReliabilityTask3($t: ID!) { task(id: $t) { output(limit: 5000) { kind content } } }": types.ReliabilityTask3Document,
    "mutation ReliabilityCreateTask4 { createTask(input: { title: \"wake\" }) { id } }": types.ReliabilityCreateTask4Document,
    "mutation ReliabilityCreateTask5 { createTask(input: { title: \"again\" }) { id } }": types.ReliabilityCreateTask5Document,
    "mutation ReliabilityCreateTask6 { createTask(input: { title: \"before\" }) { id } }": types.ReliabilityCreateTask6Document,
    "subscription ReliabilityTaskEvents { taskEvents { type } }": types.ReliabilityTaskEventsDocument,
    "mutation ReliabilityCreateApiKey($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id } } }": types.ReliabilityCreateApiKeyDocument,
    "mutation ReliabilityCreateTask7 { createTask(input: { title: \"seen\" }) { id } }": types.ReliabilityCreateTask7Document,
    "mutation ReliabilityRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }": types.ReliabilityRevokeApiKeyDocument,
    "mutation ReliabilityCreateTask8($a: [ID!]) { createTask(input: { title: \"firehose\", assigneeIds: $a }) { id } }": types.ReliabilityCreateTask8Document,
    "subscription ReliabilityTaskOutput($t: ID!) { taskOutput(taskId: $t, fromSeq: 0) { seq content } }": types.ReliabilityTaskOutputDocument,
    "mutation ReliabilityAppendTaskOutput2($t: ID!, $a: ID!, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c) { seq } }": types.ReliabilityAppendTaskOutput2Document,
    "query ReliabilityTypename { __typename }": types.ReliabilityTypenameDocument,
    "mutation ReliabilityCreateSharedKey($n: String!) { createApiKey(input: { name: $n, role: OPERATOR }) { secret } }": types.ReliabilityCreateSharedKeyDocument,
    "mutation ReliabilityCreateTask9($a: [ID!]) { createTask(input: { title: \"churn\", assigneeIds: $a }) { id } }": types.ReliabilityCreateTask9Document,
    "mutation ReliabilityCreateTask10 { createTask(input: { title: \"elsewhere\" }) { id } }": types.ReliabilityCreateTask10Document,
    "mutation ReliabilityCreateTask11($a: [ID!]) { createTask(input: { title: \"frames\", assigneeIds: $a }) { id } }": types.ReliabilityCreateTask11Document,
    "subscription ReliabilityTaskOutput2($t: ID!) { taskOutput(taskId: $t) { seq content } }": types.ReliabilityTaskOutput2Document,
    "subscription ReliabilityTaskOutput3($t: ID!) { taskOutput(taskId: $t) { seq payload: content type: kind } }": types.ReliabilityTaskOutput3Document,
    "mutation ReviewsReviewTask($t: ID!, $v: ReviewVerdict!, $f: String, $r: ID) {\n  reviewTask(taskId: $t, verdict: $v, feedback: $f, reviewerAgentId: $r) { status reviewCycles error statusNote assignees { id } reviews { verdict feedback reviewer { id } } }\n}": types.ReviewsReviewTaskDocument,
    "mutation ReviewsCreateAgent { createAgent(input: { name: \"intern\", level: INTERN }) { id } }": types.ReviewsCreateAgentDocument,
    "mutation ReviewsCreateAgent2 { createAgent(input: { name: \"reviewer\", level: LEAD }) { id } }": types.ReviewsCreateAgent2Document,
    "mutation ReviewsCreateWork($n: String!, $a: [ID!]) { createTask(input: { title: $n, assigneeIds: $a, priority: CRITICAL }) { id } }": types.ReviewsCreateWorkDocument,
    "mutation ReviewsClaimTask($a: ID!) { claimTask(agentId: $a, maxCapacity: 10) { task { id } } }": types.ReviewsClaimTaskDocument,
    "mutation ReviewsCompleteTask($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a, result: \"draft\") { status } }": types.ReviewsCompleteTaskDocument,
    "mutation ReviewsCreateTask($d: [ID!]) { createTask(input: { title: \"after review\", dependsOn: $d }) { status } }": types.ReviewsCreateTaskDocument,
    "query ReviewsTasks { tasks(filter: { search: \"after review\" }) { edges { node { status } } } }": types.ReviewsTasksDocument,
    "query ReviewsTask($t: ID!) { task(id: $t) { status reviews { id } } }": types.ReviewsTaskDocument,
    "mutation ReviewsCreateApiKey($a: ID) { createApiKey(input: { name: \"intern key\", role: AGENT, agentId: $a }) { secret } }": types.ReviewsCreateApiKeyDocument,
    "query ReviewsTask2($id: ID!) { task(id: $id) { attempts reviewCycles } }": types.ReviewsTask2Document,
    "query ReviewsTask3($id: ID!) { task(id: $id) { status reviewCycles reviews { verdict } } }": types.ReviewsTask3Document,
    "mutation ScaleCreateProject { createProject(input: { name: \"x-instance\" }) { id } }": types.ScaleCreateProjectDocument,
    "mutation ScaleDescribe($id: ID!, $d: String) { updateTask(id: $id, input: { description: $d }) { id } }": types.ScaleDescribeDocument,
    "mutation ScaleCreateTask($p: ID) { createTask(input: { title: \"made on B\", projectId: $p }) { id } }": types.ScaleCreateTaskDocument,
    "mutation ScaleCreateAgent { createAgent(input: { name: \"streamer-x\" }) { id } }": types.ScaleCreateAgentDocument,
    "mutation ScaleCreateTask2($a: [ID!]) { createTask(input: { title: \"stream\", assigneeIds: $a, priority: CRITICAL }) { id } }": types.ScaleCreateTask2Document,
    "mutation ScaleCreateProject2 { createProject(input: { name: \"x-race\" }) { id } }": types.ScaleCreateProject2Document,
    "mutation ScaleCreateAgent2($n: String!) { createAgent(input: { name: $n, specialties: [\"x-race\"], maxCapacity: 1000 }) { id } }": types.ScaleCreateAgent2Document,
    "mutation ScaleClaimTask($a: ID!) { claimTask(agentId: $a, maxCapacity: 1000) { outcome task { id } } }": types.ScaleClaimTaskDocument,
    "query ScaleTasks($p: ID!) { tasks(filter: { projectId: $p, status: [INBOX, ASSIGNED] }) { totalCount } }": types.ScaleTasksDocument,
    "mutation ScaleCreateCronJob { createCronJob(input: { name: \"x-cron\", schedule: \"0 * * * *\", taskTemplate: { title: \"hourly\" } }) { id nextRunAt } }": types.ScaleCreateCronJobDocument,
    "mutation ScaleCreateAgent3 { createAgent(input: { name: \"x-runner\", backend: \"shell\" }) { id } }": types.ScaleCreateAgent3Document,
    "mutation ScaleCreateTask3($a: ID!, $c: [String!]) { createTask(input: { title: \"long\", assigneeIds: [$a], command: $c }) { id } }": types.ScaleCreateTask3Document,
    "mutation ScaleStopTask($t: ID!) { stopTask(taskId: $t) { status } }": types.ScaleStopTaskDocument,
    "mutation ScaleCreateAgent4 { createAgent(input: { name: \"x-flaky\" }) { id } }": types.ScaleCreateAgent4Document,
    "mutation ScaleCreateTask4($a: [ID!]) { createTask(input: { title: \"flaky\", assigneeIds: $a, priority: CRITICAL }) { id } }": types.ScaleCreateTask4Document,
    "mutation SecurityCreateApiKey($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id role } } }": types.SecurityCreateApiKeyDocument,
    "mutation SecurityAskQuestion($a: ID!) { askQuestion(agentId: $a, question: \"mine?\") { id } }": types.SecurityAskQuestionDocument,
    "mutation SecurityAskQuestion2($a: ID!) { askQuestion(agentId: $a, question: \"theirs?\") { id } }": types.SecurityAskQuestion2Document,
    "mutation SecurityHeartbeat($a: ID!) { heartbeat(agentId: $a, usage: [{ model: \"m\", inputTokens: 1, outputTokens: 1, costUsd: 7 }]) { agent { id } } }": types.SecurityHeartbeatDocument,
    "query SecurityQuestions { questions { question agent { id } } usage { totalCostUsd } }": types.SecurityQuestionsDocument,
    "query SecurityQuestionsConnection { questionsConnection(first: 500) { edges { node { question agent { id } } } } }": types.SecurityQuestionsConnectionDocument,
    "query SecurityNotificationsConnection($a: ID!) { notificationsConnection(agentId: $a) { totalCount } }": types.SecurityNotificationsConnectionDocument,
    "mutation SecurityPostMessage($t: ID!) { postMessage(taskId: $t, content: \"@someone-else look\") { id } }": types.SecurityPostMessageDocument,
    "mutation SecurityCreateTask($a: [ID!]) { createTask(input: { title: \"mine to sign\", assigneeIds: $a, requiresSignOff: true }) { id signOff { id } } }": types.SecurityCreateTaskDocument,
    "mutation SecurityCreateTask2($a: [ID!]) { createTask(input: { title: \"theirs to sign\", assigneeIds: $a, requiresSignOff: true }) { id signOff { id } } }": types.SecurityCreateTask2Document,
    "query SecurityTaskSignOff($id: ID!) { task(id: $id) { id title requiresSignOff signOff { id agent { id } } } }": types.SecurityTaskSignOffDocument,
    "query SecurityTask($id: ID!) { task(id: $id) { approvals { id } } }": types.SecurityTaskDocument,
    "query SecurityApiKeys { apiKeys { id } }": types.SecurityApiKeysDocument,
    "query SecurityActivity { activity(first: 1) { edges { node { id } } } }": types.SecurityActivityDocument,
    "mutation SecurityHeartbeat2($a: ID!) { heartbeat(agentId: $a) { agent { id } } }": types.SecurityHeartbeat2Document,
    "mutation SecurityCreateTask3($a: [ID!]) { createTask(input: { title: \"for the agent\", assigneeIds: $a, priority: CRITICAL }) { id } }": types.SecurityCreateTask3Document,
    "mutation SecurityAppendTaskOutput($t: ID!) { appendTaskOutput(taskId: $t, content: \"hi\") { seq } }": types.SecurityAppendTaskOutputDocument,
    "mutation SecurityCompleteTask($t: ID!) { completeTask(taskId: $t) { status claimedBy { id } } }": types.SecurityCompleteTaskDocument,
    "query SecurityViewer { viewer { role agent { id } keyId } }": types.SecurityViewerDocument,
    "query SecurityActivity2($t: ID!) { activity(taskId: $t, first: 1) { edges { node { actorType actorId } } } }": types.SecurityActivity2Document,
    "mutation SecurityCreateApiKey2($d: DateTime) { createApiKey(input: { name: \"brief\", role: VIEWER, expiresAt: $d }) { secret } }": types.SecurityCreateApiKey2Document,
    "mutation SecurityCreateApiKey3 { createApiKey(input: { name: \"temp\", role: OPERATOR }) { secret apiKey { id name role active lastUsedAt } } }": types.SecurityCreateApiKey3Document,
    "query SecurityViewer2 { viewer { role } }": types.SecurityViewer2Document,
    "query SecurityApiKeys2 { apiKeys { id lastUsedAt active } }": types.SecurityApiKeys2Document,
    "mutation SecurityRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { revokedAt active } }": types.SecurityRevokeApiKeyDocument,
    "query SecurityActivity3 { activity(first: 5) { edges { node { type summary } } } }": types.SecurityActivity3Document,
    "query SecurityActivity4 { activity(first: 3) { edges { node { type summary } } } }": types.SecurityActivity4Document,
    "mutation SecurityUpdateAgent($id: ID!, $c: JSON) { updateAgent(id: $id, input: { config: $c }) { id } }": types.SecurityUpdateAgentDocument,
    "mutation SecurityCreateAgent { createAgent(input: { name: \"sh\", backend: \"shell\" }) { id } }": types.SecurityCreateAgentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsClaimTask($a: ID!) { claimTask(agentId: $a) { outcome task { id } } }"): typeof import('./graphql.js').ApprovalsClaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsDecideApproval($id: ID!, $allow: Boolean!, $m: String) {\n  decideApproval(id: $id, allow: $allow, message: $m) { id kind status message decidedBy decidedAt task { id status } }\n}"): typeof import('./graphql.js').ApprovalsDecideApprovalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalsTask($id: ID!) { task(id: $id) { status statusNote requiresSignOff signOff { id kind status agent { name } } } }"): typeof import('./graphql.js').ApprovalsTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsCreateAgent($n: String!, $l: AgentLevel) { createAgent(input: { name: $n, level: $l }) { id name } }"): typeof import('./graphql.js').ApprovalsCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsKeyFor($n: String!, $r: Role!, $a: ID) { createApiKey(input: { name: $n, role: $r, agentId: $a }) { secret } }"): typeof import('./graphql.js').ApprovalsKeyForDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsCreateTask($a: ID!) { createTask(input: { title: \"deploy\", assigneeIds: [$a], requiresSignOff: true }) { id status signOff { id status } } }"): typeof import('./graphql.js').ApprovalsCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalsReadyTasks($a: ID!) { readyTasks(agentId: $a) { id } }"): typeof import('./graphql.js').ApprovalsReadyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalsApprovals { approvals { id kind status task { id } agent { name } } }"): typeof import('./graphql.js').ApprovalsApprovalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalsActivity($id: ID!) { activity(taskId: $id) { edges { node { type } } } }"): typeof import('./graphql.js').ApprovalsActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalsNotifications($a: ID!) { notifications(agentId: $a) { kind task { id } } }"): typeof import('./graphql.js').ApprovalsNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsCreateTask2($a: ID!) { createTask(input: { title: \"drop the table\", assigneeIds: [$a], requiresSignOff: true }) { id signOff { id } } }"): typeof import('./graphql.js').ApprovalsCreateTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsCreateProject($n: String!) { createProject(input: { name: $n, requiresSignOff: true }) { id requiresSignOff } }"): typeof import('./graphql.js').ApprovalsCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsCreateTasks($p: ID!, $a: ID!, $i: ID!) { createTasks(input: [\n        { ref: \"in-project\", title: \"in the project\", projectId: $p, assigneeIds: [$a] },\n        { ref: \"intern\", title: \"an intern's\", assigneeIds: [$i] },\n        { ref: \"free\", title: \"free to run\", assigneeIds: [$a] },\n        { ref: \"later\", title: \"after it\", assigneeIds: [$a], dependsOnRefs: [\"in-project\"], projectId: $p }\n      ]) { title status signOff { status } } }"): typeof import('./graphql.js').ApprovalsCreateTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsCreateTask3 { createTask(input: { title: \"unassigned\" }) { id signOff { id } } }"): typeof import('./graphql.js').ApprovalsCreateTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsAssignTask($id: ID!, $i: ID!) { assignTask(taskId: $id, agentIds: [$i]) { id } }"): typeof import('./graphql.js').ApprovalsAssignTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalsAgent($a: ID!) { agent(id: $a) { currentTasks { title } } }"): typeof import('./graphql.js').ApprovalsAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsCreateTask4($a: ID!) { createTask(input: { title: \"guarded\", assigneeIds: [$a], requiresSignOff: true }) { id signOff { id } } }"): typeof import('./graphql.js').ApprovalsCreateTask4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalsNode($id: ID!) { node(id: $id) { ... on Approval { status decidedBy } } }"): typeof import('./graphql.js').ApprovalsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalsNode2($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').ApprovalsNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsCreateShell($n: String!) { createAgent(input: { name: $n, backendType: SHELL, level: LEAD }) { id } }"): typeof import('./graphql.js').ApprovalsCreateShellDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsCreateTask5($a: ID!, $c: [String!]) { createTask(input: { title: \"signed run\", assigneeIds: [$a], requiresSignOff: true, command: $c }) { id signOff { id } } }"): typeof import('./graphql.js').ApprovalsCreateTask5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsCreateTask6($a: ID!, $c: [String!]) { createTask(input: { title: \"unsigned run\", assigneeIds: [$a], command: $c }) { id } }"): typeof import('./graphql.js').ApprovalsCreateTask6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalsApprovals2($t: ID) { approvals(taskId: $t) { id kind tool input run { id } agent { id } } }"): typeof import('./graphql.js').ApprovalsApprovals2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalsTask2($id: ID!) { task(id: $id) { status result error } }"): typeof import('./graphql.js').ApprovalsTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsCreateTask7($a: ID!, $d: String!) { createTask(input: { title: \"live approvals\", description: $d, assigneeIds: [$a] }) { id } }"): typeof import('./graphql.js').ApprovalsCreateTask7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ApprovalsTaskEvents($t: ID!) { taskEvents(taskId: $t) { type task { id } } }"): typeof import('./graphql.js').ApprovalsTaskEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }"): typeof import('./graphql.js').ApprovalsRunTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsCreateApiKey($a: ID) { createApiKey(input: { name: \"cc-live key\", role: AGENT, agentId: $a }) { secret } }"): typeof import('./graphql.js').ApprovalsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsDecideApproval2($id: ID!) { decideApproval(id: $id, allow: true) { id } }"): typeof import('./graphql.js').ApprovalsDecideApproval2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsDecideApproval3($id: ID!) { decideApproval(id: $id, allow: false, message: \"not the build folder\") { id } }"): typeof import('./graphql.js').ApprovalsDecideApproval3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsDecideApproval4($id: ID!, $u: JSON) { decideApproval(id: $id, allow: true, updatedInput: $u) { id } }"): typeof import('./graphql.js').ApprovalsDecideApproval4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalsApprovals3($t: ID) { approvals(taskId: $t, status: DENIED) { tool decidedBy message } }"): typeof import('./graphql.js').ApprovalsApprovals3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalsApiKeys { apiKeys { name active } }"): typeof import('./graphql.js').ApprovalsApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsCreateTask8($a: ID!, $d: String!) { createTask(input: { title: \"expiry\", description: $d, assigneeIds: [$a] }) { id } }"): typeof import('./graphql.js').ApprovalsCreateTask8Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsRequestToolApproval { requestToolApproval(tool: \"Bash\") { id } }"): typeof import('./graphql.js').ApprovalsRequestToolApprovalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsCreateTask9($a: ID!, $d: String!) { createTask(input: { title: \"two instances\", description: $d, assigneeIds: [$a] }) { id } }"): typeof import('./graphql.js').ApprovalsCreateTask9Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCreateAgent { createAgent(input: { name: \"painter\", role: \"illustrator\" }) { id } }"): typeof import('./graphql.js').BoardCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCreateTask { createTask(input: { title: \"Sketch the logo\", priority: HIGH }) { id } }"): typeof import('./graphql.js').BoardCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCreateTask2($d: [ID!]) { createTask(input: { title: \"Color the logo\", dependsOn: $d }) { id } }"): typeof import('./graphql.js').BoardCreateTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardAssignTask($t: ID!, $a: [ID!]!) { assignTask(taskId: $t, agentIds: $a) { id } }"): typeof import('./graphql.js').BoardAssignTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardClaimTask($a: ID!) { claimTask(agentId: $a) { outcome } }"): typeof import('./graphql.js').BoardClaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardAppendTaskOutput($t: ID!, $a: ID, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c, kind: STDOUT) { seq } }"): typeof import('./graphql.js').BoardAppendTaskOutputDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardAppendTaskOutput2($t: ID!, $a: ID, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c, kind: STDOUT) { seq } }"): typeof import('./graphql.js').BoardAppendTaskOutput2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCreateTask3($a: ID!, $t: String!) { createTask(input: { title: $t, assigneeIds: [$a], requiresSignOff: true }) { id signOff { id } } }"): typeof import('./graphql.js').BoardCreateTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardTask($id: ID!) { task(id: $id) { status statusNote signOff { status } } }"): typeof import('./graphql.js').BoardTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCreateApiKey { createApiKey(input: { name: \"watcher\", role: VIEWER }) { secret } }"): typeof import('./graphql.js').BoardCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCreateAgent2 { createAgent(input: { name: \"newcomer\", role: \"tester\" }) { id } }"): typeof import('./graphql.js').BoardCreateAgent2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCreateTask4($a: ID!) { createTask(input: { title: \"Write the summary\", assigneeIds: [$a] }) { id } }"): typeof import('./graphql.js').BoardCreateTask4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCompleteTask($t: ID!, $a: ID) { completeTask(taskId: $t, agentId: $a, result: \"All done: 3 findings.\") { id } }"): typeof import('./graphql.js').BoardCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCreateAgent3 { createAgent(input: { name: \"builder\", role: \"engineer\" }) { id } }"): typeof import('./graphql.js').BoardCreateAgent3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardTask2($id: ID!) { task(id: $id) { id title status statusNote prompt assignees { name } dependencies { title } } }"): typeof import('./graphql.js').BoardTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardClaimTask2($a: ID!) { claimTask(agentId: $a) { task { id } } }"): typeof import('./graphql.js').BoardClaimTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCompleteTask2($t: ID!, $a: ID, $r: String) { completeTask(taskId: $t, agentId: $a, result: $r) { status } }"): typeof import('./graphql.js').BoardCompleteTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardNotifications($a: ID!) { notifications(agentId: $a) { kind content } }"): typeof import('./graphql.js').BoardNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardAskQuestion($a: ID!) { askQuestion(agentId: $a, question: \"Which database?\") { id } }"): typeof import('./graphql.js').BoardAskQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardQuestionsConnection { questionsConnection(status: ANSWERED) { edges { node { id answer } } } }"): typeof import('./graphql.js').BoardQuestionsConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCreateApiKey2 { createApiKey(input: { name: \"looker\", role: VIEWER }) { secret } }"): typeof import('./graphql.js').BoardCreateApiKey2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardTasks { tasks(first: 500, filter: { search: \"Not allowed\" }) { totalCount } }"): typeof import('./graphql.js').BoardTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCreateProject { createProject(input: { name: \"alpha\" }) { id } }"): typeof import('./graphql.js').BoardCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCreateAgent4 { createAgent(input: { name: \"gpu-box\", level: LEAD }) { id } }"): typeof import('./graphql.js').BoardCreateAgent4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardHeartbeat($a: ID!, $h: HostMetricsInput) { heartbeat(agentId: $a, host: $h) { agent { id } } }"): typeof import('./graphql.js').BoardHeartbeatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCreateTask5($p: ID!, $a: ID!) { createTask(input: { title: \"Train the model\", projectId: $p, tags: [\"ml\"], assigneeIds: [$a] }) { id } }"): typeof import('./graphql.js').BoardCreateTask5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCompleteTask3($t: ID!, $a: ID, $u: [UsageInput!]) { completeTask(taskId: $t, agentId: $a, result: \"model trained\", usage: $u) { status } }"): typeof import('./graphql.js').BoardCompleteTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardSetBudget($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 5 }) { agent { id } } }"): typeof import('./graphql.js').BoardSetBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCreateTask6($a: ID!) { createTask(input: { title: \"Evaluate\", priority: CRITICAL, assigneeIds: [$a] }) { id } }"): typeof import('./graphql.js').BoardCreateTask6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCompleteTask4($t: ID!, $a: ID, $u: [UsageInput!]) { completeTask(taskId: $t, agentId: $a, usage: $u) { status } }"): typeof import('./graphql.js').BoardCompleteTask4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCreateCronJob { createCronJob(input: { name: \"nightly-report\", schedule: \"0 3 * * *\", timezone: \"UTC\", taskTemplate: { title: \"Nightly report\" } }) { id } }"): typeof import('./graphql.js').BoardCreateCronJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardTasks2 { tasks(first: 5, filter: { search: \"Nightly report\" }) { totalCount } }"): typeof import('./graphql.js').BoardTasks2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCreateWebhook { createWebhook(input: { url: \"http://127.0.0.1:9/mc\", events: [\"task.*\"] }) { webhook { id } } }"): typeof import('./graphql.js').BoardCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCreateTask7 { createTask(input: { title: \"Announce it\" }) { id } }"): typeof import('./graphql.js').BoardCreateTask7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCreateTask8($a: ID!) { createTask(input: { title: \"Long job\", priority: CRITICAL, assigneeIds: [$a] }) { id } }"): typeof import('./graphql.js').BoardCreateTask8Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardAppendTaskOutput3($t: ID!, $a: ID, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c) { seq } }"): typeof import('./graphql.js').BoardAppendTaskOutput3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardCreateTask9 { createTask(input: { title: \"Created while hidden\" }) { id } }"): typeof import('./graphql.js').BoardCreateTask9Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsClaimTask($a: ID!, $c: Int) { claimTask(agentId: $a, maxCapacity: $c) { outcome task { id title status attempts claimedBy { name } leaseExpiresAt } } }"): typeof import('./graphql.js').ClaimsClaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { id name } }"): typeof import('./graphql.js').ClaimsCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsCreateProject($n: String!) { createProject(input: { name: $n }) { id } }"): typeof import('./graphql.js').ClaimsCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsCreateTask($i: CreateTaskInput!) { createTask(input: $i) { id title status } }"): typeof import('./graphql.js').ClaimsCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClaimsTask($id: ID!) { task(id: $id) { id status attempts error statusNote claimedBy { id } leaseExpiresAt } }"): typeof import('./graphql.js').ClaimsTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClaimsTasks($p: ID!) { tasks(filter: { projectId: $p, status: ASSIGNED }) { totalCount } activity { totalCount } }"): typeof import('./graphql.js').ClaimsTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsSetTaskStatus($id: ID!) { setTaskStatus(taskId: $id, status: CANCELLED) { id } }"): typeof import('./graphql.js').ClaimsSetTaskStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClaimsReadyTasks($a: ID) { readyTasks(agentId: $a) { requiredSpecialties } }"): typeof import('./graphql.js').ClaimsReadyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsClaimMany($a: ID!, $l: Int) { claimTask(agentId: $a, limit: $l) { outcome task { id } tasks { id status claimedBy { id } } } }"): typeof import('./graphql.js').ClaimsClaimManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsCreateApiKey($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }"): typeof import('./graphql.js').ClaimsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsCompleteAndClaim($t: ID!, $a: ID, $c: Int) { completeAndClaim(taskId: $t, agentId: $a, maxCapacity: $c) { next { outcome } } }"): typeof import('./graphql.js').ClaimsCompleteAndClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClaimsTasks2($a: ID!) { tasks(filter: { assigneeId: $a, status: IN_PROGRESS }) { edges { node { id } } } }"): typeof import('./graphql.js').ClaimsTasks2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsCompleteAndClaim2($t: ID!, $a: ID, $r: String, $c: Int) { completeAndClaim(taskId: $t, agentId: $a, result: $r, maxCapacity: $c) {\n      completed { id status result } next { outcome task { id status attempts } tasks { id } } } }"): typeof import('./graphql.js').ClaimsCompleteAndClaim2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClaimsTask2($id: ID!) { task(id: $id) { documents { type content } } }"): typeof import('./graphql.js').ClaimsTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsAppendTaskOutput($t: ID!, $a: ID, $c: String!, $k: OutputKind) { appendTaskOutput(taskId: $t, agentId: $a, content: $c, kind: $k) { seq kind content } }"): typeof import('./graphql.js').ClaimsAppendTaskOutputDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClaimsTask3($t: ID!) { task(id: $t) { lastOutputSeq output(fromSeq: 15, limit: 3) { seq } } }"): typeof import('./graphql.js').ClaimsTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsCompleteTask($t: ID!, $a: ID!, $r: String, $u: [UsageInput!]) { completeTask(taskId: $t, agentId: $a, result: $r, usage: $u) { status completedAt result claimedBy { id } documents { type title content author { id } } } }"): typeof import('./graphql.js').ClaimsCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsCompleteTask2($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a) { status } }"): typeof import('./graphql.js').ClaimsCompleteTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsFailTask($t: ID!, $a: ID!, $e: String!, $r: Boolean) { failTask(taskId: $t, agentId: $a, error: $e, retryable: $r) { status attempts error claimedBy { id } } }"): typeof import('./graphql.js').ClaimsFailTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsReleaseTask($t: ID!, $a: ID!) { releaseTask(taskId: $t, agentId: $a, reason: \"shutting down\") { status attempts statusNote claimedBy { id } } }"): typeof import('./graphql.js').ClaimsReleaseTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClaimsActivity($t: ID!) { activity(taskId: $t, first: 1) { edges { node { type actorType actorId } } } }"): typeof import('./graphql.js').ClaimsActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClaimsActivity2($t: ID!) { activity(taskId: $t, first: 1) { edges { node { type actorType summary } } } }"): typeof import('./graphql.js').ClaimsActivity2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsHeartbeat($a: ID!) { heartbeat(agentId: $a) { pendingTasks unreadNotifications agent { status lastHeartbeatAt } } }"): typeof import('./graphql.js').ClaimsHeartbeatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsHeartbeat2($a: ID!) { heartbeat(agentId: $a) { pendingTasks } }"): typeof import('./graphql.js').ClaimsHeartbeat2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsCreateProject2 { createProject(input: { name: \"race\" }) { id } }"): typeof import('./graphql.js').ClaimsCreateProject2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsCreateTasks($i: [TaskGraphInput!]!) { createTasks(input: $i) { id } }"): typeof import('./graphql.js').ClaimsCreateTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsClaimTask2($a: ID!) { claimTask(agentId: $a, limit: 7) { outcome tasks { id } } }"): typeof import('./graphql.js').ClaimsClaimTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimsCreateTask2($a: [ID!]) { createTask(input: { title: \"survive\", assigneeIds: $a }) { id } }"): typeof import('./graphql.js').ClaimsCreateTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientsTask($id: ID!) { task(id: $id) { output { kind content } } }"): typeof import('./graphql.js').ClientsTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientsAgent { agent(name: \"cli-worker\") { host { hostname cpus cpuPercent memoryTotalBytes memoryPercent load1 reportedAt } } }"): typeof import('./graphql.js').ClientsAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientsTask2($id: ID!) { task(id: $id) { status output { content } } }"): typeof import('./graphql.js').ClientsTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientsCreateAgent($n: String!) { createAgent(input: { name: $n }) { id } }"): typeof import('./graphql.js').ClientsCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationCreateAgent { createAgent(input: { name: \"ada\", role: \"writer\" }) { id } }"): typeof import('./graphql.js').CollaborationCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationCreateAgent2 { createAgent(input: { name: \"bob\", role: \"tester\" }) { id } }"): typeof import('./graphql.js').CollaborationCreateAgent2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationCreateProject { createProject(input: { name: \"launch\" }) { id } }"): typeof import('./graphql.js').CollaborationCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationCreateTask($a: [ID!], $p: ID) { createTask(input: { title: \"write docs\", assigneeIds: $a, projectId: $p }) { id } }"): typeof import('./graphql.js').CollaborationCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationCreateDocument($i: CreateDocumentInput!) { createDocument(input: $i) { id version type author { name } project { id } } }"): typeof import('./graphql.js').CollaborationCreateDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationUpdateDocumentV2($id: ID!, $b: ID!) { updateDocument(id: $id, content: \"v2 text\", baseVersion: 1, authorAgentId: $b) { version content author { name } } }"): typeof import('./graphql.js').CollaborationUpdateDocumentV2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationUpdateDocument($id: ID!) { updateDocument(id: $id, content: \"x\", baseVersion: 2, authorAgentId: \"agent_0mwremvif0004cd8044ee971\") { version } }"): typeof import('./graphql.js').CollaborationUpdateDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationUpdateDocument2($id: ID!) { updateDocument(id: $id, content: \"lost update\", baseVersion: 1) { version } }"): typeof import('./graphql.js').CollaborationUpdateDocument2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationDocument($id: ID!) { document(id: $id) { version content versions { version content author { name } } } }"): typeof import('./graphql.js').CollaborationDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationDocument2($id: ID!) { document(id: $id, version: 1) { version content } }"): typeof import('./graphql.js').CollaborationDocument2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationDocument3($id: ID!) { document(id: $id, version: 9) { id } }"): typeof import('./graphql.js').CollaborationDocument3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationCreateDocument2($i: CreateDocumentInput!) { createDocument(input: $i) { id } }"): typeof import('./graphql.js').CollaborationCreateDocument2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationDocuments { documents(search: \"deployment\") { id title } }"): typeof import('./graphql.js').CollaborationDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationDocuments2 { documents(search: \"deploys server\") { id } }"): typeof import('./graphql.js').CollaborationDocuments2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationDocuments3 { documents(search: \"zebra\") { id } }"): typeof import('./graphql.js').CollaborationDocuments3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationDocuments4($p: ID) { documents(search: \"deployment\", projectId: $p, type: DRAFT) { id } }"): typeof import('./graphql.js').CollaborationDocuments4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationPostMessage($t: ID!, $a: ID) { postMessage(taskId: $t, content: \"@bob please check, and @nobody too (mail me at x@ada.dev).\", authorAgentId: $a) { id authorName mentions { name } unresolvedMentions } }"): typeof import('./graphql.js').CollaborationPostMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationPostMessage2($t: ID!, $a: ID, $r: ID) { postMessage(taskId: $t, content: \"done\", authorAgentId: $a, replyToId: $r) { replyTo { id } } }"): typeof import('./graphql.js').CollaborationPostMessage2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationPostMessage3($t: ID!, $a: ID) { postMessage(taskId: $t, content: \"bye\", authorAgentId: $a) { id } }"): typeof import('./graphql.js').CollaborationPostMessage3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationDeleteAgent($id: ID!) { deleteAgent(id: $id) }"): typeof import('./graphql.js').CollaborationDeleteAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationPostMessage4($t: ID!, $r: ID) { postMessage(taskId: $t, content: \"too late\", replyToId: $r) { replyTo { id authorName } } }"): typeof import('./graphql.js').CollaborationPostMessage4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationNotifications($a: ID!) { notifications(agentId: $a, unreadOnly: true) { kind } }"): typeof import('./graphql.js').CollaborationNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationHeartbeat($a: ID!) { heartbeat(agentId: $a) { unreadNotifications } }"): typeof import('./graphql.js').CollaborationHeartbeatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationPostMessage5($t: ID!, $a: ID) { postMessage(taskId: $t, content: \"@all standup in 5\", authorAgentId: $a) { id } }"): typeof import('./graphql.js').CollaborationPostMessage5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationNotifications2($a: ID!) { notifications(agentId: $a) { id } }"): typeof import('./graphql.js').CollaborationNotifications2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationMarkNotificationsRead($a: ID!) { markNotificationsRead(agentId: $a) }"): typeof import('./graphql.js').CollaborationMarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationTask($t: ID!) { task(id: $t) { messages { content authorName } } }"): typeof import('./graphql.js').CollaborationTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationAskQuestion($a: ID!, $t: ID) { askQuestion(agentId: $a, taskId: $t, question: \"Which audience?\") { id status agent { name } task { id } } }"): typeof import('./graphql.js').CollaborationAskQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationQuestions { questions(status: OPEN) { id } }"): typeof import('./graphql.js').CollaborationQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationAnswerQuestion($id: ID!) { answerQuestion(id: $id, answer: \"Operators.\") { status answer } }"): typeof import('./graphql.js').CollaborationAnswerQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationNotifications3($a: ID!) { notifications(agentId: $a, unreadOnly: true) { kind content } }"): typeof import('./graphql.js').CollaborationNotifications3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationDismissQuestion($id: ID!) { dismissQuestion(id: $id) { status } }"): typeof import('./graphql.js').CollaborationDismissQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationAskQuestion2($a: ID!) { askQuestion(agentId: $a, question: \"Still there?\") { id } }"): typeof import('./graphql.js').CollaborationAskQuestion2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationAnswerQuestion2($id: ID!) { answerQuestion(id: $id, answer: \"No.\") { status } }"): typeof import('./graphql.js').CollaborationAnswerQuestion2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationAskQuestion3($a: ID!) { askQuestion(agentId: $a, question: \"Lunch?\") { id } }"): typeof import('./graphql.js').CollaborationAskQuestion3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationHeartbeat2($a: ID!) { heartbeat(agentId: $a, usage: [{ model: \"claude-sonnet-4-5\", inputTokens: 1000000, outputTokens: 100000 }, { model: \"custom\", inputTokens: 10, outputTokens: 10, costUsd: 0.5 }]) { agent { id } } }"): typeof import('./graphql.js').CollaborationHeartbeat2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationUsage($a: ID!) { usage(agentId: $a) { inputTokens outputTokens totalCostUsd byModel { key costUsd } byAgent { key } } }"): typeof import('./graphql.js').CollaborationUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationUsage2($a: ID!) { usage(agentId: $a, since: \"2999-01-01T00:00:00Z\") { totalCostUsd } }"): typeof import('./graphql.js').CollaborationUsage2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationCreateTask2($a: [ID!]) { createTask(input: { title: \"costly\", assigneeIds: $a }) { id } }"): typeof import('./graphql.js').CollaborationCreateTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationSetBudget($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 1.0 }) { agent { dailyBudgetUsd } } }"): typeof import('./graphql.js').CollaborationSetBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationHeartbeat3($a: ID!) { heartbeat(agentId: $a, usage: [{ model: \"x\", inputTokens: 1, outputTokens: 1, costUsd: 1.25 }]) { agent { id } } }"): typeof import('./graphql.js').CollaborationHeartbeat3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationAgent($a: ID!, $t: ID!) { agent(id: $a) { budgetExceededAt spentTodayUsd } task(id: $t) { status attempts } notifications(agentId: $a) { kind } }"): typeof import('./graphql.js').CollaborationAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationSetBudget2($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 5 }) { agent { budgetExceededAt } } }"): typeof import('./graphql.js').CollaborationSetBudget2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationCreateProject2 { createProject(input: { name: \"capped\" }) { id } }"): typeof import('./graphql.js').CollaborationCreateProject2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationCreateTask3($p: ID) { createTask(input: { title: \"capped work\", projectId: $p, priority: CRITICAL }) { id } }"): typeof import('./graphql.js').CollaborationCreateTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationClaimTask($a: ID!) { claimTask(agentId: $a) { task { id projectId: project { id } } } }"): typeof import('./graphql.js').CollaborationClaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationCompleteTask($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a, usage: [{ model: \"x\", inputTokens: 1, outputTokens: 1, costUsd: 2 }]) { status } }"): typeof import('./graphql.js').CollaborationCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationSetBudget3($p: ID) { setBudget(input: { projectId: $p, monthlyUsd: 2 }) { project { monthlyBudgetUsd } } }"): typeof import('./graphql.js').CollaborationSetBudget3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationCreateTask4($p: ID) { createTask(input: { title: \"more capped work\", projectId: $p, priority: CRITICAL }) { id } }"): typeof import('./graphql.js').CollaborationCreateTask4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationTask2($t: ID!) { task(id: $t) { status } }"): typeof import('./graphql.js').CollaborationTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationCreateApiKey { createApiKey(input: { name: \"op\", role: OPERATOR }) { secret } }"): typeof import('./graphql.js').CollaborationCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationSetBudget4($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 100 }) { agent { id } } }"): typeof import('./graphql.js').CollaborationSetBudget4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationCreateWebhook($u: String!) { createWebhook(input: { url: $u, events: [\"task.created\", \"message.*\"], secret: \"s3cret-s3cret-s3cret\" }) { secret webhook { id events } } }"): typeof import('./graphql.js').CollaborationCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationCreateAgent3 { createAgent(input: { name: \"not-subscribed\" }) { id } }"): typeof import('./graphql.js').CollaborationCreateAgent3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationWebhooks { webhooks { deliveries { event status attempts lastStatusCode } } }"): typeof import('./graphql.js').CollaborationWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }"): typeof import('./graphql.js').CollaborationDeleteWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CollaborationCreateWebhook2($u: String!) { createWebhook(input: { url: $u, events: [\"*\"] }) { secret } }"): typeof import('./graphql.js').CollaborationCreateWebhook2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationWebhooks2 { webhooks { id } }"): typeof import('./graphql.js').CollaborationWebhooks2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationStats { stats { tasks { status count } agents { status count } documents tasksInReview completionRate successRate throughputPerHour totalTasks activeAgents } }"): typeof import('./graphql.js').CollaborationStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationStandup { standup }"): typeof import('./graphql.js').CollaborationStandupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CronCreateCronJob($i: CreateCronJobInput!) { createCronJob(input: $i) { id name schedule timezone paused catchUp nextRunAt lastRunAt } }"): typeof import('./graphql.js').CronCreateCronJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CronCronJobs { cronJobs { id lastRunAt nextRunAt recentTasks { id title tags priority } } }"): typeof import('./graphql.js').CronCronJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CronCronJobs2 { cronJobs { id } }"): typeof import('./graphql.js').CronCronJobs2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CronActivity { activity(first: 50) { edges { node { type summary } } } }"): typeof import('./graphql.js').CronActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CronActivity2 { activity(first: 20) { edges { node { type summary } } } }"): typeof import('./graphql.js').CronActivity2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CronPauseCronJob($id: ID!) { pauseCronJob(id: $id) { paused } }"): typeof import('./graphql.js').CronPauseCronJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CronResumeCronJob($id: ID!) { resumeCronJob(id: $id) { paused nextRunAt } }"): typeof import('./graphql.js').CronResumeCronJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CronTriggerCronJob($id: ID!) { triggerCronJob(id: $id) { id title status } }"): typeof import('./graphql.js').CronTriggerCronJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CronDeleteCronJob($id: ID!) { deleteCronJob(id: $id) }"): typeof import('./graphql.js').CronDeleteCronJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CronTriggerCronJob2($id: ID!) { triggerCronJob(id: $id) { id } }"): typeof import('./graphql.js').CronTriggerCronJob2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CronCronJobs3 { cronJobs { id recentTasks { title } } }"): typeof import('./graphql.js').CronCronJobs3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CronPauseCronJob2($id: ID!) { pauseCronJob(id: $id) { id } }"): typeof import('./graphql.js').CronPauseCronJob2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeveloperCreateApiKey { createApiKey(input: { name: \"docs\", role: VIEWER }) { secret } }"): typeof import('./graphql.js').DeveloperCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeveloperDeepTasks { tasks(first: 1) { edges { node { project { tasks(first: 1) { edges { node { project { tasks(first: 1) { edges { node { project { tasks(first: 1) { edges { node { id } } } } } } } } } } } } } } } }"): typeof import('./graphql.js').DeveloperDeepTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeveloperCreateProject { createProject(input: { name: \"named\" }) { id } }"): typeof import('./graphql.js').DeveloperCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeveloperCreateTask($p: ID) { createTask(input: { title: \"named\", projectId: $p }) { id } }"): typeof import('./graphql.js').DeveloperCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeveloperTasks {\n      tasks(first: 1) { __typename totalCount edges { __typename } }\n      activity(first: 1) { __typename totalCount edges { __typename } }\n      projects { tasks(first: 5) { __typename totalCount edges { __typename node { title } } } }\n    }"): typeof import('./graphql.js').DeveloperTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeveloperPostMessage($t: ID!, $c: String!) { postMessage(taskId: $t, content: $c) { id } }"): typeof import('./graphql.js').DeveloperPostMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeveloperAskQuestion($a: ID!, $q: String!) { askQuestion(agentId: $a, question: $q) { id } }"): typeof import('./graphql.js').DeveloperAskQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeveloperCreateDocument($t: ID, $n: String!) { createDocument(input: { taskId: $t, title: $n, content: \"x\" }) { id } }"): typeof import('./graphql.js').DeveloperCreateDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeveloperCreateWebhook { createWebhook(input: { url: \"http://127.0.0.1:9/hook\", events: [\"task.created\"] }) { secret } }"): typeof import('./graphql.js').DeveloperCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeveloperCreateTask2($n: String!) { createTask(input: { title: $n }) { id } }"): typeof import('./graphql.js').DeveloperCreateTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeveloperWebhooks { webhooks { deliveriesConnection(first: 2) { totalCount pageInfo { hasNextPage } edges { node { event status } } } } }"): typeof import('./graphql.js').DeveloperWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeveloperType($n: String!) { __type(name: $n) { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }"): typeof import('./graphql.js').DeveloperTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchCreateAgent { createAgent(input: { name: \"busy\", backend: \"shell\", level: LEAD, maxCapacity: 10 }) { id } }"): typeof import('./graphql.js').DispatchCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DispatchTasks($a: ID!) { tasks(filter: { assigneeId: $a }) { edges { node { status runs { startedAt finishedAt status } } } } }"): typeof import('./graphql.js').DispatchTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchCreateProject($r: ID) { createProject(input: { name: \"reviewed\", reviewerAgentId: $r }) { id reviewer { name } } }"): typeof import('./graphql.js').DispatchCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchCreateTask($a: ID!, $p: ID!) { createTask(input: { title: \"write it\", assigneeIds: [$a], projectId: $p }) { id } }"): typeof import('./graphql.js').DispatchCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DispatchTask($id: ID!) { task(id: $id) { status result reviewCycles reviews { verdict feedback reviewer { name } } runs { kind status agent { name } } } }"): typeof import('./graphql.js').DispatchTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchCreateProject2($r: ID) { createProject(input: { name: \"self\", reviewerAgentId: $r }) { id } }"): typeof import('./graphql.js').DispatchCreateProject2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchCreateTask2($a: ID!, $p: ID!) { createTask(input: { title: \"mine\", assigneeIds: [$a], projectId: $p }) { id } }"): typeof import('./graphql.js').DispatchCreateTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DispatchTask2($id: ID!) { task(id: $id) { status } }"): typeof import('./graphql.js').DispatchTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DispatchTask3($id: ID!) { task(id: $id) { status reviews { verdict } runs { kind } } }"): typeof import('./graphql.js').DispatchTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestCreateAgent($i: CreateAgentInput!) {\n  createAgent(input: $i) {\n    id\n    name\n  }\n}\n\nmutation TestCreateProject($i: CreateProjectInput!) {\n  createProject(input: $i) {\n    id\n    name\n  }\n}\n\nmutation TestCreateTask($i: CreateTaskInput!) {\n  createTask(input: $i) {\n    id\n    title\n  }\n}\n\nmutation TestCreateTasks($i: [TaskGraphInput!]!) {\n  createTasks(input: $i) {\n    id\n  }\n}"): typeof import('./graphql.js').TestCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestTasksList($first: Int) {\n  tasks(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        status\n        priority\n        project {\n          name\n        }\n        assignees {\n          name\n        }\n        dependencies {\n          id\n        }\n        blockedBy {\n          id\n        }\n        isReady\n      }\n    }\n  }\n}\n\nquery TestTaskGraph($id: ID!) {\n  taskGraph(rootTaskId: $id) {\n    nodes {\n      id\n      title\n      status\n    }\n    edges {\n      from\n      to\n    }\n    order\n    criticalPath {\n      id\n    }\n  }\n}\n\nquery TestActivityFeed($first: Int, $taskId: ID) {\n  activity(first: $first, taskId: $taskId) {\n    totalCount\n    edges {\n      node {\n        type\n        summary\n        createdAt\n      }\n    }\n  }\n}\n\nquery TestTask($id: ID!) {\n  task(id: $id) {\n    id\n    title\n    status\n    statusNote\n    attempts\n    claimedBy {\n      id\n    }\n  }\n}\n\nmutation TestClaimTask($agentId: ID!) {\n  claimTask(agentId: $agentId) {\n    outcome\n    task {\n      id\n      status\n    }\n  }\n}\n\nmutation TestCompleteTask($taskId: ID!, $agentId: ID, $result: String) {\n  completeTask(taskId: $taskId, agentId: $agentId, result: $result) {\n    id\n    status\n  }\n}"): typeof import('./graphql.js').TestTasksListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription TestOutputSeq($t: ID!) {\n  taskOutput(taskId: $t) {\n    seq\n  }\n}\n\nsubscription TestOutputFromStart($t: ID!) {\n  taskOutput(taskId: $t, fromSeq: 0) {\n    seq\n    kind\n    content\n  }\n}\n\nsubscription TestOutputContentFromStart($t: ID!) {\n  taskOutput(taskId: $t, fromSeq: 0) {\n    content\n  }\n}\n\nsubscription TestOutputKindContent($t: ID!) {\n  taskOutput(taskId: $t) {\n    kind\n    content\n  }\n}\n\nsubscription TestTaskEventStatusAttempts($t: ID) {\n  taskEvents(taskId: $t) {\n    type\n    task {\n      status\n      attempts\n    }\n  }\n}\n\nsubscription TestTaskEventAssignees($id: ID) {\n  taskEvents(taskId: $id) {\n    type\n    task {\n      id\n      title\n      status\n      assignees {\n        name\n      }\n    }\n  }\n}\n\nsubscription TestProjectEventTitles($p: ID) {\n  taskEvents(projectId: $p) {\n    type\n    task {\n      title\n    }\n  }\n}\n\nsubscription TestProjectEventStatus($p: ID) {\n  taskEvents(projectId: $p) {\n    type\n    task {\n      title\n      status\n    }\n  }\n}\n\nsubscription TestProjectEventMoves($p: ID) {\n  taskEvents(projectId: $p) {\n    type\n    previousStatus\n    task {\n      id\n      title\n      status\n    }\n  }\n}\n\nsubscription TestTaskActivity($id: ID) {\n  activity(taskId: $id) {\n    type\n    taskId\n    summary\n  }\n}\n\nsubscription TestActivityTypes {\n  activity {\n    type\n  }\n}\n\nsubscription TestNotificationTasks($a: ID!) {\n  notifications(agentId: $a) {\n    kind\n    task {\n      id\n    }\n  }\n}\n\nsubscription TestNotificationMessages($a: ID!) {\n  notifications(agentId: $a) {\n    kind\n    content\n    message {\n      id\n    }\n  }\n}\n\nsubscription TestAgentEventTypes {\n  agentEvents {\n    type\n  }\n}\n\nsubscription TestAgentEventStatus {\n  agentEvents {\n    type\n    agentId\n    status\n    previousStatus\n  }\n}\n\nsubscription TestAgentEventAgents {\n  agentEvents {\n    type\n    agent {\n      id\n    }\n  }\n}\n\nsubscription TestOutputResumed($t: ID!, $f: Int) {\n  taskOutput(taskId: $t, fromSeq: $f) {\n    seq\n    content\n  }\n}"): typeof import('./graphql.js').TestOutputSeqDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ExecutionTaskFields on Task {\n  id status attempts error result statusNote\n  runs { kind backend backendType model tier status error exitCode }\n  messages { authorName content }\n}"): typeof import('./graphql.js').ExecutionTaskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecutionCreateAgent { createAgent(input: { name: \"sh\", backend: \"shell\", level: LEAD, maxCapacity: 5 }) { id } }"): typeof import('./graphql.js').ExecutionCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecutionCreateTask($i: CreateTaskInput!) { createTask(input: $i) { id status } }"): typeof import('./graphql.js').ExecutionCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExecutionGet($id: ID!) { task(id: $id) { ...ExecutionTaskFields } }"): typeof import('./graphql.js').ExecutionGetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecutionRunTask($t: ID!) { runTask(taskId: $t) { status attempts } }"): typeof import('./graphql.js').ExecutionRunTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecutionCreateTask2($i: CreateTaskInput!) { createTask(input: $i) { id } }"): typeof import('./graphql.js').ExecutionCreateTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExecutionTask($id: ID!) { task(id: $id) { prompt } }"): typeof import('./graphql.js').ExecutionTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecutionStopTask($t: ID!) { stopTask(taskId: $t, reason: \"wrong input\") { status attempts statusNote } }"): typeof import('./graphql.js').ExecutionStopTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecutionStopTask2($t: ID!) { stopTask(taskId: $t, outcome: FAIL) { status error } }"): typeof import('./graphql.js').ExecutionStopTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExecutionTask2($id: ID!) { task(id: $id) { output { content } } }"): typeof import('./graphql.js').ExecutionTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecutionStopTask3($t: ID!) { stopTask(taskId: $t) { status attempts } }"): typeof import('./graphql.js').ExecutionStopTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecutionCreateAgent2 { createAgent(input: { name: \"timed\", backend: \"shell\", config: { timeoutSeconds: 1 } }) { id } }"): typeof import('./graphql.js').ExecutionCreateAgent2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecutionStopInbox($t: ID!) { stopTask(taskId: $t) { id } }"): typeof import('./graphql.js').ExecutionStopInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecutionRunTask2($t: ID!) { runTask(taskId: $t) { status } }"): typeof import('./graphql.js').ExecutionRunTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecutionHeartbeat($a: ID!) { heartbeat(agentId: $a) { unreadNotifications pendingTasks } }"): typeof import('./graphql.js').ExecutionHeartbeatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExecutionUsage($a: ID!) { usage(agentId: $a) { inputTokens outputTokens totalCostUsd byModel { key } } }"): typeof import('./graphql.js').ExecutionUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecutionCreateAgent3($i: CreateAgentInput!) { createAgent(input: $i) { id } }"): typeof import('./graphql.js').ExecutionCreateAgent3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExecutionAgent { agent(name: \"cc-bad-perms\") { id } }"): typeof import('./graphql.js').ExecutionAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecutionCreateAgent4($i: CreateAgentInput!) { createAgent(input: $i) { id config } }"): typeof import('./graphql.js').ExecutionCreateAgent4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecutionUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id } }"): typeof import('./graphql.js').ExecutionUpdateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecutionCreateAgent5 { createAgent(input: { name: \"cc2\", backend: \"claude-code\" }) { id } }"): typeof import('./graphql.js').ExecutionCreateAgent5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecutionCreateTask3($a: ID!) { createTask(input: { title: \"greet\", description: \"Say hello.\", assigneeIds: [$a], maxAttempts: 1 }) { id } }"): typeof import('./graphql.js').ExecutionCreateTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExecutionTask3($id: ID!) { task(id: $id) { status result documents { type content } } }"): typeof import('./graphql.js').ExecutionTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExecutionUsage2($a: ID!) { usage(agentId: $a) { inputTokens outputTokens totalCostUsd byModel { key costUsd } } }"): typeof import('./graphql.js').ExecutionUsage2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExecutionTask4($id: ID!) { task(id: $id) { status error } }"): typeof import('./graphql.js').ExecutionTask4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecutionCreateAgent6 { createAgent(input: { name: \"hung\", backend: \"openai\" }) { id } }"): typeof import('./graphql.js').ExecutionCreateAgent6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecutionCreateTask4($a: [ID!]) { createTask(input: { title: \"never ends\", assigneeIds: $a, maxAttempts: 1 }) { id } }"): typeof import('./graphql.js').ExecutionCreateTask4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExecutionTask5($t: ID!) { task(id: $t) { status runs { status } } }"): typeof import('./graphql.js').ExecutionTask5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FailoverCreateAgent { createAgent(input: { name: \"doomed\" }) { id } }"): typeof import('./graphql.js').FailoverCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FailoverCreateTask($a: [ID!]) { createTask(input: { title: \"survives\", assigneeIds: $a }) { id } }"): typeof import('./graphql.js').FailoverCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FailoverTask($t: ID!) { task(id: $t) { status attempts statusNote claimedBy { id } } }"): typeof import('./graphql.js').FailoverTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FailoverCreateAgent2 { createAgent(input: { name: \"crashy\", backend: \"shell\" }) { id } }"): typeof import('./graphql.js').FailoverCreateAgent2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FailoverCreateTask2($a: ID!, $c: [String!]) { createTask(input: { title: \"fragile\", assigneeIds: [$a], command: $c }) { id } }"): typeof import('./graphql.js').FailoverCreateTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FailoverTask2($t: ID!) { task(id: $t) { attempts result runs { status error } } }"): typeof import('./graphql.js').FailoverTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FailoverCreateProject { createProject(input: { name: \"mp\" }) { id } }"): typeof import('./graphql.js').FailoverCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FailoverCreateTask3($p: ID) { createTask(input: { title: \"probe\", projectId: $p }) { id } }"): typeof import('./graphql.js').FailoverCreateTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FailoverCreateTask4($p: ID) { createTask(input: { title: \"from B\", projectId: $p }) { id } }"): typeof import('./graphql.js').FailoverCreateTask4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FailoverCreateAgent4($n: String!) { createAgent(input: { name: $n, specialties: [\"mp\"], maxCapacity: 1000 }) { id } }"): typeof import('./graphql.js').FailoverCreateAgent4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FailoverClaimTask($a: ID!) { claimTask(agentId: $a) { outcome task { id } } }"): typeof import('./graphql.js').FailoverClaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FailoverCreateAgent3 { createAgent(input: { name: \"mp-streamer\" }) { id } }"): typeof import('./graphql.js').FailoverCreateAgent3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FailoverCreateTask5($a: [ID!]) { createTask(input: { title: \"mp stream\", assigneeIds: $a, priority: CRITICAL }) { id } }"): typeof import('./graphql.js').FailoverCreateTask5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FleetAgents { agents { name host { hostname cpus cpuPercent memoryPercent load1 saturated saturation reportedAt } } }"): typeof import('./graphql.js').FleetAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FleetStats { stats { fleet { agentsReporting hosts cpus cpuPercent memoryUsedBytes memoryTotalBytes memoryPercent saturatedAgents { name } } } }"): typeof import('./graphql.js').FleetStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FleetAgent($a: ID!) { agent(id: $a) { lastHeartbeatAt host { cpus } } }"): typeof import('./graphql.js').FleetAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationCreateProject { createProject(input: { name: \"Apollo\", description: \"moon\" }) { id name } }"): typeof import('./graphql.js').FoundationCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationCreateAgent($p: [String!]) { createAgent(input: { name: \"ada\", role: \"engineer\", specialties: $p, level: LEAD, maxCapacity: 2, config: { temperature: 0.2 } }) { id name role specialties level maxCapacity config status } }"): typeof import('./graphql.js').FoundationCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id title status priority tags dueAt project { name } assignees { name } } }"): typeof import('./graphql.js').FoundationCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationNode($id: ID!) { node(id: $id) { __typename id ... on Task { title } } }"): typeof import('./graphql.js').FoundationNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationNode2($id: ID!) { node(id: $id) { __typename ... on Agent { name } } }"): typeof import('./graphql.js').FoundationNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationAgents { agents { name } projects { name } agent(name: \"ada\") { id } tasks(filter: { tag: \"plan\" }) { totalCount edges { node { id } } } }"): typeof import('./graphql.js').FoundationAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationCreateTask2 { createTask(input: { title: \"draft\" }) { id status } }"): typeof import('./graphql.js').FoundationCreateTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationUpdateTask($id: ID!) { updateTask(id: $id, input: { title: \"final\", priority: LOW }) { id } }"): typeof import('./graphql.js').FoundationUpdateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationAssignTask($id: ID!, $a: [ID!]!) { assignTask(taskId: $id, agentIds: $a) { status } }"): typeof import('./graphql.js').FoundationAssignTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationUpdateAgent($id: ID!) { updateAgent(id: $id, input: { role: \"reviewer\", maxCapacity: 3 }) { role maxCapacity } }"): typeof import('./graphql.js').FoundationUpdateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationActivity($id: ID!) { activity(taskId: $id) { totalCount edges { node { type summary before after } } } }"): typeof import('./graphql.js').FoundationActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationDeleteTask($id: ID!) { deleteTask(id: $id) }"): typeof import('./graphql.js').FoundationDeleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationTask($id: ID!) { task(id: $id) { id } }"): typeof import('./graphql.js').FoundationTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationActivity2($id: ID!) { activity(taskId: $id, first: 1) { edges { node { type } } } }"): typeof import('./graphql.js').FoundationActivity2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationActivity3($id: ID!) { activity(agentId: $id) { edges { node { type } } } }"): typeof import('./graphql.js').FoundationActivity3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationCreateTask3($a: [ID!]) { createTask(input: { title: \"only a\", assigneeIds: $a }) { id } }"): typeof import('./graphql.js').FoundationCreateTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationCreateTask4($a: [ID!]) { createTask(input: { title: \"a and b\", assigneeIds: $a }) { id } }"): typeof import('./graphql.js').FoundationCreateTask4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationX($x: ID!, $y: ID!) { x: task(id: $x) { status assignees { name } } y: task(id: $y) { status assignees { name } } }"): typeof import('./graphql.js').FoundationXDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationClaimTask($a: ID!) { claimTask(agentId: $a, maxCapacity: 100) { outcome } }"): typeof import('./graphql.js').FoundationClaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationTasks { tasks { totalCount } activity { totalCount } agents { id } }"): typeof import('./graphql.js').FoundationTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationCreateAgent2 { createAgent(input: { name: \"enum-oa\", backendType: OPENAI, config: { baseUrl: \"https://api.openai.com/v1\" } }) { id backend backendType } }"): typeof import('./graphql.js').FoundationCreateAgent2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationCreateAgent3 { createAgent(input: { name: \"string-ex\", backend: \"external\", backendType: EXTERNAL }) { backend backendType } }"): typeof import('./graphql.js').FoundationCreateAgent3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationUpdateAgent2($id: ID!) { updateAgent(id: $id, input: { backendType: EXTERNAL }) { backend backendType } }"): typeof import('./graphql.js').FoundationUpdateAgent2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationUpdateAgent3($id: ID!) { updateAgent(id: $id, input: { backend: \"openai\", config: { baseUrl: \"https://api.openai.com/v1\" } }) { backendType } }"): typeof import('./graphql.js').FoundationUpdateAgent3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationCreateAgent4 { createAgent(input: { name: \"enum-cc\", backendType: CLAUDE_CODE }) { id } }"): typeof import('./graphql.js').FoundationCreateAgent4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationType { __type(name: \"Agent\") { fields(includeDeprecated: true) { name deprecationReason } } }"): typeof import('./graphql.js').FoundationTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationCreateAgent5 { createAgent(input: { name: \"dup\" }) { id } }"): typeof import('./graphql.js').FoundationCreateAgent5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationCreateTask5($d: [ID!]) { createTask(input: { title: \"x\", dependsOn: $d }) { id } }"): typeof import('./graphql.js').FoundationCreateTask5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationCreateProject2 { createProject(input: { name: \"nplus1\" }) { id } }"): typeof import('./graphql.js').FoundationCreateProject2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationTasksPage($n: Int, $p: ID!) { tasks(first: $n, filter: { projectId: $p }) { totalCount edges { node { id title project { name } assignees { name } dependencies { id title } dependents { id } blockedBy { id } } } } }"): typeof import('./graphql.js').FoundationTasksPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationCreateProject3 { createProject(input: { name: \"rows-own\" }) { id } }"): typeof import('./graphql.js').FoundationCreateProject3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationCreateOwnAgent($n: String!, $s: [String!]) { createAgent(input: { name: $n, specialties: $s }) { id name } }"): typeof import('./graphql.js').FoundationCreateOwnAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationCreateTasks($i: [TaskGraphInput!]!) { createTasks(input: $i) { id title } }"): typeof import('./graphql.js').FoundationCreateTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationTasks2($p: ID!, $tag: String, $first: Int, $last: Int, $after: String) { tasks(first: $first, last: $last, after: $after, filter: { projectId: $p, tag: $tag }) { totalCount pageInfo { endCursor } edges { node { id } } } }"): typeof import('./graphql.js').FoundationTasks2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationTasks3($p: ID!) { tasks(filter: { projectId: $p }) { totalCount } }"): typeof import('./graphql.js').FoundationTasks3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationCreateProject4 { createProject(input: { name: \"paging\" }) { id } }"): typeof import('./graphql.js').FoundationCreateProject4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationCreatePaged($n: String!, $p: ID) { createTask(input: { title: $n, projectId: $p }) { id } }"): typeof import('./graphql.js').FoundationCreatePagedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationTasks4($p: ID!, $after: String) { tasks(first: 2, after: $after, filter: { projectId: $p }) { pageInfo { hasNextPage endCursor } edges { node { title } } } }"): typeof import('./graphql.js').FoundationTasks4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileProjects { projects { id } }"): typeof import('./graphql.js').HostileProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdleJobsCreateAgent { createAgent(input: { name: \"idle-external\" }) { id } }"): typeof import('./graphql.js').IdleJobsCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdleJobsCreateTask($a: [ID!]) { createTask(input: { title: \"theirs\", assigneeIds: $a }) { id } }"): typeof import('./graphql.js').IdleJobsCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdleJobsCreatePausedCron { createCronJob(input: { name: \"idle-paused\", schedule: \"* * * * *\", paused: true, taskTemplate: { title: \"never\" } }) { id } }"): typeof import('./graphql.js').IdleJobsCreatePausedCronDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdleJobsCreateDueCron { createCronJob(input: { name: \"idle-due\", schedule: \"0 0 1 1 *\", taskTemplate: { title: \"fired\" } }) { id } }"): typeof import('./graphql.js').IdleJobsCreateDueCronDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputShapesTasks { tasks { totalCount } projects { id } agents { id } cronJobs { id } documents { id } apiKeys { id } }"): typeof import('./graphql.js').InputShapesTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputShapesCreateProject { createProject(input: { name: \"  padded name  \" }) { name } }"): typeof import('./graphql.js').InputShapesCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputShapesAskQuestion($a: ID!) { askQuestion(agentId: $a, question: \"  why?  \") { question } }"): typeof import('./graphql.js').InputShapesAskQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleDescribe($id: ID!, $d: String) { updateTask(id: $id, input: { description: $d }) { id } }"): typeof import('./graphql.js').LifecycleDescribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LifecycleTaskFields on Task { id title status statusNote blockedBy { id title status } blockedReason isReady }"): typeof import('./graphql.js').LifecycleTaskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleCreate($i: CreateTaskInput!) { createTask(input: $i) { ...LifecycleTaskFields } }"): typeof import('./graphql.js').LifecycleCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleSetStatus($id: ID!, $s: TaskStatus!, $n: String) { setTaskStatus(taskId: $id, status: $s, note: $n) { ...LifecycleTaskFields } }"): typeof import('./graphql.js').LifecycleSetStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleAddDependency($a: ID!, $b: ID!) { addDependency(taskId: $a, dependsOnId: $b) { ...LifecycleTaskFields } }"): typeof import('./graphql.js').LifecycleAddDependencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleCreateAgent($n: String!) { createAgent(input: { name: $n, level: LEAD }) { id } }"): typeof import('./graphql.js').LifecycleCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleAssignTask($id: ID!, $a: [ID!]!) { assignTask(taskId: $id, agentIds: $a) { id } }"): typeof import('./graphql.js').LifecycleAssignTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleUpdateTask($id: ID!) { updateTask(id: $id, input: { priority: CRITICAL, dueAt: \"2000-01-01T00:00:00Z\" }) { id } }"): typeof import('./graphql.js').LifecycleUpdateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleCompleteTask($id: ID!, $a: ID!) { completeTask(taskId: $id, agentId: $a, result: \"ok\") { status } }"): typeof import('./graphql.js').LifecycleCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleGet($id: ID!) { task(id: $id) { ...LifecycleTaskFields } }"): typeof import('./graphql.js').LifecycleGetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleActivity($id: ID!) { activity(taskId: $id, first: 1) { edges { node { type after } } } }"): typeof import('./graphql.js').LifecycleActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleActivity2($id: ID!) { activity(taskId: $id, first: 1) { edges { node { type summary } } } }"): typeof import('./graphql.js').LifecycleActivity2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleTask($id: ID!) { task(id: $id) { dependencies { id } dependents { id } } }"): typeof import('./graphql.js').LifecycleTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleRemoveDependency($a: ID!, $b: ID!) { removeDependency(taskId: $a, dependsOnId: $b) { status } }"): typeof import('./graphql.js').LifecycleRemoveDependencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleRetryTask($id: ID!) { retryTask(taskId: $id) { id title status statusNote priority tags assignees { id } dependencies { id } dependents { id } } }"): typeof import('./graphql.js').LifecycleRetryTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleTasks { tasks(first: 1) { totalCount } }"): typeof import('./graphql.js').LifecycleTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleTask2($id: ID!) { task(id: $id) { claimedBy { id } leaseExpiresAt } }"): typeof import('./graphql.js').LifecycleTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleClaimTask($a: ID!) { claimTask(agentId: $a, maxCapacity: 5) { task { id } } }"): typeof import('./graphql.js').LifecycleClaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleCompleteTask2($id: ID!, $a: ID!) { completeTask(taskId: $id, agentId: $a) { status } }"): typeof import('./graphql.js').LifecycleCompleteTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleCreateTasks($i: [TaskGraphInput!]!) { createTasks(input: $i) { id title status dependencies { title } } }"): typeof import('./graphql.js').LifecycleCreateTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleTasks2 { tasks { totalCount } }"): typeof import('./graphql.js').LifecycleTasks2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleCreateProject { createProject(input: { name: \"graph\" }) { id } }"): typeof import('./graphql.js').LifecycleCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleTaskGraph($p: ID) { taskGraph(projectId: $p) { nodes { title } edges { from to } order criticalPath { title } progress { total finished percentComplete byStatus { status count } } mermaid } }"): typeof import('./graphql.js').LifecycleTaskGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleTaskGraph2($r: ID) { taskGraph(rootTaskId: $r) { nodes { title } } }"): typeof import('./graphql.js').LifecycleTaskGraph2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleReadyTasks($a: ID) { readyTasks(agentId: $a) { id } }"): typeof import('./graphql.js').LifecycleReadyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleCreateProject2 { createProject(input: { name: \"live-ws\" }) { id } }"): typeof import('./graphql.js').LifecycleCreateProject2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleUpdateTask2($id: ID!) { updateTask(id: $id, input: { title: \"elsewhere\" }) { id } }"): typeof import('./graphql.js').LifecycleUpdateTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleActivity3($id: ID!) { activity(taskId: $id, first: 2) { totalCount pageInfo { endCursor hasNextPage } edges { node { type after } } } }"): typeof import('./graphql.js').LifecycleActivity3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleActivity4($id: ID!, $c: String) { activity(taskId: $id, first: 10, after: $c) { edges { node { type } } } }"): typeof import('./graphql.js').LifecycleActivity4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OperationsCreateApiKey { createApiKey(input: { name: \"viewer\", role: VIEWER }) { secret } }"): typeof import('./graphql.js').OperationsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OperationsCreateAgent { createAgent(input: { name: \"metered\", maxCapacity: 1 }) { id } }"): typeof import('./graphql.js').OperationsCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OperationsCreateTask($a: [ID!]) { createTask(input: { title: \"metered work\", assigneeIds: $a }) { id } }"): typeof import('./graphql.js').OperationsCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OperationsCreateTask2($a: [ID!]) { createTask(input: { title: \"metered later\", assigneeIds: $a }) { id } }"): typeof import('./graphql.js').OperationsCreateTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimWork($a: ID!) { claimTask(agentId: $a) { outcome } }"): typeof import('./graphql.js').ClaimWorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OperationsCompleteTask($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a, result: \"ok\", usage: [{ model: \"metered-model\", inputTokens: 1200, outputTokens: 300, costUsd: 0.42 }]) { status } }"): typeof import('./graphql.js').OperationsCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OperationsSetBudget($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 0.01 }) { agent { id } } }"): typeof import('./graphql.js').OperationsSetBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OperationsHeartbeat($a: ID!) { heartbeat(agentId: $a, usage: [{ model: \"metered-model\", inputTokens: 0, outputTokens: 0, costUsd: 0.02 }]) { agent { id } } }"): typeof import('./graphql.js').OperationsHeartbeatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OperationsCreateAgent2 { createAgent(input: { name: \"metered-shell\", backend: \"shell\" }) { id } }"): typeof import('./graphql.js').OperationsCreateAgent2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperationsTask($t: ID!) { task(id: $t) { runs { status } } }"): typeof import('./graphql.js').OperationsTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OperationsCreateWebhook($u: String!) { createWebhook(input: { url: $u, events: [\"task.created\"] }) { secret } }"): typeof import('./graphql.js').OperationsCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OperationsCreateTask3 { createTask(input: { title: \"announced\" }) { id } }"): typeof import('./graphql.js').OperationsCreateTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OperationsCreateCronJob { createCronJob(input: { name: \"metered-cron\", schedule: \"0 0 1 1 *\", taskTemplate: { title: \"yearly\" } }) { id } }"): typeof import('./graphql.js').OperationsCreateCronJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperationsTasks { tasks(first: 500) { edges { node { status } } } agents { status } }"): typeof import('./graphql.js').OperationsTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperationsReadyTasks { readyTasks(limit: 500) { id } }"): typeof import('./graphql.js').OperationsReadyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Broken { task(id: \"task_missing\") { id } }"): typeof import('./graphql.js').BrokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OperationsCreateAgent3 { createAgent(input: { name: \"gauged\" }) { id } }"): typeof import('./graphql.js').OperationsCreateAgent3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OperationsCreateAgent4 { createAgent(input: { name: \"traced\", backend: \"shell\" }) { id } }"): typeof import('./graphql.js').OperationsCreateAgent4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunIt($t: ID!) { runTask(taskId: $t) { status } }"): typeof import('./graphql.js').RunItDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningPlanGoal($i: PlanGoalInput!) { planGoal(input: $i) { id title status assignees { name } plan { goal requireApproval maxTasks accepted } } }"): typeof import('./graphql.js').PlanningPlanGoalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanningTask($id: ID!) {\n  task(id: $id) {\n    id status attempts error result prompt\n    plan { accepted title prd { title type content } }\n    dependents { id }\n    runs { status error }\n    output { kind content }\n    plannedTasks {\n      id title status priority description planTask { id }\n      assignees { name }\n      dependencies { id title }\n    }\n  }\n}"): typeof import('./graphql.js').PlanningTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanningAgents { agents { id name } }"): typeof import('./graphql.js').PlanningAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningCompleteTask($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a, result: \"ok\") { id } }"): typeof import('./graphql.js').PlanningCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningReviewTask($t: ID!) { reviewTask(taskId: $t, verdict: REJECTED, feedback: \"Add refunds.\") { status } }"): typeof import('./graphql.js').PlanningReviewTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningUpdateTask($id: ID!) { updateTask(id: $id, input: { title: \"Design the schema (cards, refunds)\" }) { id } }"): typeof import('./graphql.js').PlanningUpdateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningReviewTask2($t: ID!) { reviewTask(taskId: $t, verdict: APPROVED) { status dependents { status title } } }"): typeof import('./graphql.js').PlanningReviewTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningSetTaskStatus($t: ID!) { setTaskStatus(taskId: $t, status: CANCELLED, note: \"not now\") { status } }"): typeof import('./graphql.js').PlanningSetTaskStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanningActivity($t: ID!) { activity(taskId: $t) { edges { node { type } } } }"): typeof import('./graphql.js').PlanningActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningClaimTask($a: ID!) { claimTask(agentId: $a) { task { id prompt } } }"): typeof import('./graphql.js').PlanningClaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningCompleteTask2($t: ID!, $a: ID!, $r: String) { completeTask(taskId: $t, agentId: $a, result: $r) { status error } }"): typeof import('./graphql.js').PlanningCompleteTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningCompleteTask3($t: ID!, $a: ID!, $r: String) { completeTask(taskId: $t, agentId: $a, result: $r) { status plannedTasks { title status } } }"): typeof import('./graphql.js').PlanningCompleteTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningCreateApiKey($n: String!, $a: ID) { createApiKey(input: { name: $n, role: AGENT, agentId: $a }) { secret } }"): typeof import('./graphql.js').PlanningCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanningTask2($id: ID!) { task(id: $id) { status plan { title } plannedTasks { title project { id } assignees { name } } } }"): typeof import('./graphql.js').PlanningTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanningUsage($a: ID!) { usage(agentId: $a) { inputTokens outputTokens } }"): typeof import('./graphql.js').PlanningUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProcessCreateAgent { createAgent(input: { name: \"sh\", backend: \"shell\" }) { id } }"): typeof import('./graphql.js').ProcessCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProcessCreateTask($i: CreateTaskInput!) { createTask(input: $i) { id } }"): typeof import('./graphql.js').ProcessCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProcessRunTask($t: ID!) { runTask(taskId: $t) { id } }"): typeof import('./graphql.js').ProcessRunTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProcessTaskOutput($t: ID!) { task(id: $t) { output { kind content } } }"): typeof import('./graphql.js').ProcessTaskOutputDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProcessTaskAfterRestart($t: ID!) { task(id: $t) { status statusNote runs { status } } }"): typeof import('./graphql.js').ProcessTaskAfterRestartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProcessCreateBundled { createAgent(input: { name: \"bundled\" }) { id } }"): typeof import('./graphql.js').ProcessCreateBundledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProcessCreateInBundle { createTask(input: { title: \"in the bundle\" }) { id } }"): typeof import('./graphql.js').ProcessCreateInBundleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProcessCreateTick { createTask(input: { title: \"tick\" }) { id } }"): typeof import('./graphql.js').ProcessCreateTickDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProcessClaim($a: ID!) { claimTask(agentId: $a) { outcome } }"): typeof import('./graphql.js').ProcessClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReliabilityTasks { tasks(first: 1) { totalCount } agents { id } }"): typeof import('./graphql.js').ReliabilityTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityCreateTask2($i: CreateTaskInput!) { createTask(input: $i) { title } }"): typeof import('./graphql.js').ReliabilityCreateTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityCreateAgentDeep($i: CreateAgentInput!) { createAgent(input: $i) { id } }"): typeof import('./graphql.js').ReliabilityCreateAgentDeepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityCreateBytes($n: String!) { createAgent(input: { name: $n, maxCapacity: 100 }) { id } }"): typeof import('./graphql.js').ReliabilityCreateBytesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityCreateTask3($a: [ID!]) { createTask(input: { title: \"bytes\", assigneeIds: $a }) { id } }"): typeof import('./graphql.js').ReliabilityCreateTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityClaimTask($a: ID!) { claimTask(agentId: $a, limit: 100) { tasks { id } } }"): typeof import('./graphql.js').ReliabilityClaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityAppendTaskOutput($t: ID!, $a: ID!, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c) { seq content } }"): typeof import('./graphql.js').ReliabilityAppendTaskOutputDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReliabilityTask($t: ID!) { task(id: $t) { output { content } } }"): typeof import('./graphql.js').ReliabilityTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityCompleteTask($t: ID!, $a: ID!, $r: String) { completeTask(taskId: $t, agentId: $a, result: $r) { status } }"): typeof import('./graphql.js').ReliabilityCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityCreateNul($n: String!) { createAgent(input: { name: $n, backend: \"shell\" }) { id } }"): typeof import('./graphql.js').ReliabilityCreateNulDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReliabilityTask2($t: ID!) { task(id: $t) { status result runs { status } output { kind content } } }"): typeof import('./graphql.js').ReliabilityTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityCreateAgent { createAgent(input: { name: \"loud\", backend: \"shell\" }) { id } }"): typeof import('./graphql.js').ReliabilityCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReliabilityTask3($t: ID!) { task(id: $t) { output(limit: 5000) { kind content } } }"): typeof import('./graphql.js').ReliabilityTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityCreateTask4 { createTask(input: { title: \"wake\" }) { id } }"): typeof import('./graphql.js').ReliabilityCreateTask4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityCreateTask5 { createTask(input: { title: \"again\" }) { id } }"): typeof import('./graphql.js').ReliabilityCreateTask5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityCreateTask6 { createTask(input: { title: \"before\" }) { id } }"): typeof import('./graphql.js').ReliabilityCreateTask6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ReliabilityTaskEvents { taskEvents { type } }"): typeof import('./graphql.js').ReliabilityTaskEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityCreateApiKey($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id } } }"): typeof import('./graphql.js').ReliabilityCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityCreateTask7 { createTask(input: { title: \"seen\" }) { id } }"): typeof import('./graphql.js').ReliabilityCreateTask7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }"): typeof import('./graphql.js').ReliabilityRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityCreateTask8($a: [ID!]) { createTask(input: { title: \"firehose\", assigneeIds: $a }) { id } }"): typeof import('./graphql.js').ReliabilityCreateTask8Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ReliabilityTaskOutput($t: ID!) { taskOutput(taskId: $t, fromSeq: 0) { seq content } }"): typeof import('./graphql.js').ReliabilityTaskOutputDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityAppendTaskOutput2($t: ID!, $a: ID!, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c) { seq } }"): typeof import('./graphql.js').ReliabilityAppendTaskOutput2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReliabilityTypename { __typename }"): typeof import('./graphql.js').ReliabilityTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityCreateSharedKey($n: String!) { createApiKey(input: { name: $n, role: OPERATOR }) { secret } }"): typeof import('./graphql.js').ReliabilityCreateSharedKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityCreateTask9($a: [ID!]) { createTask(input: { title: \"churn\", assigneeIds: $a }) { id } }"): typeof import('./graphql.js').ReliabilityCreateTask9Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityCreateTask10 { createTask(input: { title: \"elsewhere\" }) { id } }"): typeof import('./graphql.js').ReliabilityCreateTask10Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReliabilityCreateTask11($a: [ID!]) { createTask(input: { title: \"frames\", assigneeIds: $a }) { id } }"): typeof import('./graphql.js').ReliabilityCreateTask11Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ReliabilityTaskOutput2($t: ID!) { taskOutput(taskId: $t) { seq content } }"): typeof import('./graphql.js').ReliabilityTaskOutput2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ReliabilityTaskOutput3($t: ID!) { taskOutput(taskId: $t) { seq payload: content type: kind } }"): typeof import('./graphql.js').ReliabilityTaskOutput3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewsReviewTask($t: ID!, $v: ReviewVerdict!, $f: String, $r: ID) {\n  reviewTask(taskId: $t, verdict: $v, feedback: $f, reviewerAgentId: $r) { status reviewCycles error statusNote assignees { id } reviews { verdict feedback reviewer { id } } }\n}"): typeof import('./graphql.js').ReviewsReviewTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewsCreateAgent { createAgent(input: { name: \"intern\", level: INTERN }) { id } }"): typeof import('./graphql.js').ReviewsCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewsCreateAgent2 { createAgent(input: { name: \"reviewer\", level: LEAD }) { id } }"): typeof import('./graphql.js').ReviewsCreateAgent2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewsCreateWork($n: String!, $a: [ID!]) { createTask(input: { title: $n, assigneeIds: $a, priority: CRITICAL }) { id } }"): typeof import('./graphql.js').ReviewsCreateWorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewsClaimTask($a: ID!) { claimTask(agentId: $a, maxCapacity: 10) { task { id } } }"): typeof import('./graphql.js').ReviewsClaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewsCompleteTask($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a, result: \"draft\") { status } }"): typeof import('./graphql.js').ReviewsCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewsCreateTask($d: [ID!]) { createTask(input: { title: \"after review\", dependsOn: $d }) { status } }"): typeof import('./graphql.js').ReviewsCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewsTasks { tasks(filter: { search: \"after review\" }) { edges { node { status } } } }"): typeof import('./graphql.js').ReviewsTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewsTask($t: ID!) { task(id: $t) { status reviews { id } } }"): typeof import('./graphql.js').ReviewsTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewsCreateApiKey($a: ID) { createApiKey(input: { name: \"intern key\", role: AGENT, agentId: $a }) { secret } }"): typeof import('./graphql.js').ReviewsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewsTask2($id: ID!) { task(id: $id) { attempts reviewCycles } }"): typeof import('./graphql.js').ReviewsTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewsTask3($id: ID!) { task(id: $id) { status reviewCycles reviews { verdict } } }"): typeof import('./graphql.js').ReviewsTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleCreateProject { createProject(input: { name: \"x-instance\" }) { id } }"): typeof import('./graphql.js').ScaleCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleDescribe($id: ID!, $d: String) { updateTask(id: $id, input: { description: $d }) { id } }"): typeof import('./graphql.js').ScaleDescribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleCreateTask($p: ID) { createTask(input: { title: \"made on B\", projectId: $p }) { id } }"): typeof import('./graphql.js').ScaleCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleCreateAgent { createAgent(input: { name: \"streamer-x\" }) { id } }"): typeof import('./graphql.js').ScaleCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleCreateTask2($a: [ID!]) { createTask(input: { title: \"stream\", assigneeIds: $a, priority: CRITICAL }) { id } }"): typeof import('./graphql.js').ScaleCreateTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleCreateProject2 { createProject(input: { name: \"x-race\" }) { id } }"): typeof import('./graphql.js').ScaleCreateProject2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleCreateAgent2($n: String!) { createAgent(input: { name: $n, specialties: [\"x-race\"], maxCapacity: 1000 }) { id } }"): typeof import('./graphql.js').ScaleCreateAgent2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleClaimTask($a: ID!) { claimTask(agentId: $a, maxCapacity: 1000) { outcome task { id } } }"): typeof import('./graphql.js').ScaleClaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScaleTasks($p: ID!) { tasks(filter: { projectId: $p, status: [INBOX, ASSIGNED] }) { totalCount } }"): typeof import('./graphql.js').ScaleTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleCreateCronJob { createCronJob(input: { name: \"x-cron\", schedule: \"0 * * * *\", taskTemplate: { title: \"hourly\" } }) { id nextRunAt } }"): typeof import('./graphql.js').ScaleCreateCronJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleCreateAgent3 { createAgent(input: { name: \"x-runner\", backend: \"shell\" }) { id } }"): typeof import('./graphql.js').ScaleCreateAgent3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleCreateTask3($a: ID!, $c: [String!]) { createTask(input: { title: \"long\", assigneeIds: [$a], command: $c }) { id } }"): typeof import('./graphql.js').ScaleCreateTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleStopTask($t: ID!) { stopTask(taskId: $t) { status } }"): typeof import('./graphql.js').ScaleStopTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleCreateAgent4 { createAgent(input: { name: \"x-flaky\" }) { id } }"): typeof import('./graphql.js').ScaleCreateAgent4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleCreateTask4($a: [ID!]) { createTask(input: { title: \"flaky\", assigneeIds: $a, priority: CRITICAL }) { id } }"): typeof import('./graphql.js').ScaleCreateTask4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityCreateApiKey($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id role } } }"): typeof import('./graphql.js').SecurityCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityAskQuestion($a: ID!) { askQuestion(agentId: $a, question: \"mine?\") { id } }"): typeof import('./graphql.js').SecurityAskQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityAskQuestion2($a: ID!) { askQuestion(agentId: $a, question: \"theirs?\") { id } }"): typeof import('./graphql.js').SecurityAskQuestion2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityHeartbeat($a: ID!) { heartbeat(agentId: $a, usage: [{ model: \"m\", inputTokens: 1, outputTokens: 1, costUsd: 7 }]) { agent { id } } }"): typeof import('./graphql.js').SecurityHeartbeatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityQuestions { questions { question agent { id } } usage { totalCostUsd } }"): typeof import('./graphql.js').SecurityQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityQuestionsConnection { questionsConnection(first: 500) { edges { node { question agent { id } } } } }"): typeof import('./graphql.js').SecurityQuestionsConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityNotificationsConnection($a: ID!) { notificationsConnection(agentId: $a) { totalCount } }"): typeof import('./graphql.js').SecurityNotificationsConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityPostMessage($t: ID!) { postMessage(taskId: $t, content: \"@someone-else look\") { id } }"): typeof import('./graphql.js').SecurityPostMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityCreateTask($a: [ID!]) { createTask(input: { title: \"mine to sign\", assigneeIds: $a, requiresSignOff: true }) { id signOff { id } } }"): typeof import('./graphql.js').SecurityCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityCreateTask2($a: [ID!]) { createTask(input: { title: \"theirs to sign\", assigneeIds: $a, requiresSignOff: true }) { id signOff { id } } }"): typeof import('./graphql.js').SecurityCreateTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityTaskSignOff($id: ID!) { task(id: $id) { id title requiresSignOff signOff { id agent { id } } } }"): typeof import('./graphql.js').SecurityTaskSignOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityTask($id: ID!) { task(id: $id) { approvals { id } } }"): typeof import('./graphql.js').SecurityTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityApiKeys { apiKeys { id } }"): typeof import('./graphql.js').SecurityApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityActivity { activity(first: 1) { edges { node { id } } } }"): typeof import('./graphql.js').SecurityActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityHeartbeat2($a: ID!) { heartbeat(agentId: $a) { agent { id } } }"): typeof import('./graphql.js').SecurityHeartbeat2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityCreateTask3($a: [ID!]) { createTask(input: { title: \"for the agent\", assigneeIds: $a, priority: CRITICAL }) { id } }"): typeof import('./graphql.js').SecurityCreateTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityAppendTaskOutput($t: ID!) { appendTaskOutput(taskId: $t, content: \"hi\") { seq } }"): typeof import('./graphql.js').SecurityAppendTaskOutputDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityCompleteTask($t: ID!) { completeTask(taskId: $t) { status claimedBy { id } } }"): typeof import('./graphql.js').SecurityCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityViewer { viewer { role agent { id } keyId } }"): typeof import('./graphql.js').SecurityViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityActivity2($t: ID!) { activity(taskId: $t, first: 1) { edges { node { actorType actorId } } } }"): typeof import('./graphql.js').SecurityActivity2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityCreateApiKey2($d: DateTime) { createApiKey(input: { name: \"brief\", role: VIEWER, expiresAt: $d }) { secret } }"): typeof import('./graphql.js').SecurityCreateApiKey2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityCreateApiKey3 { createApiKey(input: { name: \"temp\", role: OPERATOR }) { secret apiKey { id name role active lastUsedAt } } }"): typeof import('./graphql.js').SecurityCreateApiKey3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityViewer2 { viewer { role } }"): typeof import('./graphql.js').SecurityViewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityApiKeys2 { apiKeys { id lastUsedAt active } }"): typeof import('./graphql.js').SecurityApiKeys2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { revokedAt active } }"): typeof import('./graphql.js').SecurityRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityActivity3 { activity(first: 5) { edges { node { type summary } } } }"): typeof import('./graphql.js').SecurityActivity3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityActivity4 { activity(first: 3) { edges { node { type summary } } } }"): typeof import('./graphql.js').SecurityActivity4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityUpdateAgent($id: ID!, $c: JSON) { updateAgent(id: $id, input: { config: $c }) { id } }"): typeof import('./graphql.js').SecurityUpdateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityCreateAgent { createAgent(input: { name: \"sh\", backend: \"shell\" }) { id } }"): typeof import('./graphql.js').SecurityCreateAgentDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

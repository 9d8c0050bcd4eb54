/**
 * The live board (browser code, bundled into dist/board/ by `npm run build`): a Kanban
 * board by status with counts, kept live by `taskEvents`; agents kept live by `agentEvents`; the activity
 * stream; the approvals waiting for an operator, with Allow and Deny (`approvals`, `decideApproval`); the
 * open questions, answered or dismissed; a form to create a task; and a task panel with its dependency
 * graph (kept live), live output (`taskOutput` from seq 0), runs, reviews and thread, and the operator's
 * actions on it: run, stop, cancel, skip, retry, assign, approve or reject, post a message. Every action
 * is one mutation; an error (a key whose role forbids it, a move the state machine refuses) is shown
 * inline where it was asked for. Views beside the board: an overview (counts, rates, throughput, the
 * fleet's CPU and memory), costs (tokens and spend by model and agent, against budgets), cron jobs
 * (pause, resume, trigger) and webhook deliveries; a filter by project, agent, tag and text. Everything
 * follows subscriptions; while the tab is hidden the streams close, and on return the lists are read
 * again and the open task's output resumes from the last chunk it showed.
 */
import { type Client, createClient } from "graphql-ws";
import {
  BoardActivityDocument,
  BoardAgentEventsDocument,
  type BoardAgentFragment,
  BoardAgentsDocument,
  BoardAnswerQuestionDocument,
  type BoardApprovalFragment,
  BoardApprovalsDocument,
  BoardAssignTaskDocument,
  BoardCostsDocument,
  BoardCreateTaskDocument,
  BoardCronDocument,
  BoardDecideApprovalDocument,
  BoardDismissQuestionDocument,
  BoardOverviewDocument,
  BoardPauseCronDocument,
  BoardPostMessageDocument,
  type BoardQuestionFragment,
  BoardQuestionsDocument,
  BoardResumeCronDocument,
  BoardRetryTaskDocument,
  BoardReviewTaskDocument,
  BoardRunTaskDocument,
  BoardSetStatusDocument,
  BoardStartDocument,
  type BoardStartQuery,
  BoardStopTaskDocument,
  BoardTaskEventsDocument,
  type BoardTaskFragment,
  BoardTaskOutputDocument,
  BoardTaskPanelDocument,
  type BoardTaskPanelQuery,
  BoardTriggerCronDocument,
  BoardWebhooksDocument,
  type TaskPriority,
  type TypedDocumentString,
} from "./generated/graphql.js";

const STATUSES = ["INBOX", "ASSIGNED", "BLOCKED", "IN_PROGRESS", "REVIEW", "DONE", "FAILED", "CANCELLED", "SKIPPED"];
/** Columns of finished work: narrow until opened, so every column fits a 1280 px screen. */
const TERMINAL = new Set(["DONE", "FAILED", "CANCELLED", "SKIPPED"]);
const expanded = new Set<string>(JSON.parse(localStorage.getItem("mc-expanded") ?? "[]") as string[]);

type Task = BoardTaskFragment;
type Agent = BoardAgentFragment;

const $ = (id: string) => document.getElementById(id)!;
const tasks = new Map<string, Task>();
const agents = new Map<string, Agent>();
/** What waits for an operator: PENDING approvals, oldest first. */
const approvals = new Map<string, BoardApprovalFragment>();
/** Questions agents asked that nobody answered yet, oldest first. */
const questions = new Map<string, BoardQuestionFragment>();
const PRIORITIES: TaskPriority[] = ["CRITICAL", "HIGH", "MEDIUM", "LOW"] as TaskPriority[];
let key = new URLSearchParams(location.hash.slice(1)).get("key") ?? localStorage.getItem("mc-key") ?? "";
let ws: Client | null = null;
let stopOutput: (() => void) | null = null;
/** The open panel's output: the last chunk shown, so a resumed stream starts after it. */
let outputSeq = 0;
/** The tab is hidden: the streams are closed on purpose. */
let paused = false;
const projects = new Map<string, { id: string; name: string }>();
const filter = { project: "", agent: "", tag: "", text: "" };
type View = "board" | "overview" | "costs" | "cron" | "webhooks";
let view: View = "board";
/** The board's own streams (lists, agents, activity, approvals), opened again after a pause. */
const streams: (() => () => void)[] = [];
let closeStreams: (() => void)[] = [];

function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

/** A real button that runs `action`, showing its error in `error` (a `role="alert"` paragraph). */
function button(label: string, cls: string, error: HTMLElement, action: () => Promise<unknown>): HTMLElement {
  const b = el("button", { type: "button", class: cls }, label) as HTMLButtonElement;
  b.addEventListener("click", async () => {
    error.textContent = "";
    b.disabled = true;
    try {
      await action();
    } catch (e) {
      error.textContent = errorText(e);
    } finally {
      b.disabled = false;
    }
  });
  return b;
}

const errorText = (e: unknown) => {
  const code = (e as { code?: string }).code;
  return `${code ? `${code}: ` : ""}${(e as Error).message}`;
};

const alertBox = (id: string) => el("p", { class: "error", role: "alert", id });

/** A labelled form control. */
function field(label: string, control: HTMLElement): HTMLElement {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  return el("div", { class: "field" }, el("label", { for: id }, label), control);
}

function agentSelect(selected: readonly string[]): HTMLSelectElement {
  const select = el("select", {
    multiple: "",
    size: String(Math.min(6, Math.max(2, agents.size))),
  }) as HTMLSelectElement;
  for (const a of [...agents.values()].sort((x, y) => x.name.localeCompare(y.name))) {
    const o = el("option", { value: a.id }, `@${a.name}`) as HTMLOptionElement;
    o.selected = selected.includes(a.id);
    select.append(o);
  }
  return select;
}

const chosen = (select: HTMLSelectElement) => [...select.selectedOptions].map((o) => o.value);

/** One operation over HTTP: its result typed by the document (src/board/operations.graphql). */
async function gql<T, V>(doc: TypedDocumentString<T, V>, variables: V): Promise<T> {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query: doc.toString(), variables }),
  });
  const body = (await res.json()) as { data: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length)
    throw Object.assign(new Error(body.errors[0]!.message), { code: body.errors[0]!.extensions?.code });
  return body.data;
}

function live<T, V extends Record<string, unknown>>(
  doc: TypedDocumentString<T, V>,
  variables: V,
  onData: (d: T) => void,
): () => void {
  ws ??= createClient({
    url: `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`,
    connectionParams: key ? { authorization: `Bearer ${key}` } : {},
    retryAttempts: Number.POSITIVE_INFINITY,
    on: {
      connected: () => {
        $("live").classList.add("on");
        $("live").textContent = "live";
      },
      closed: () => {
        $("live").classList.remove("on");
        $("live").textContent = paused ? "paused" : "reconnecting…";
      },
    },
  });
  return ws.subscribe<T>(
    { query: doc.toString(), variables },
    { next: (v) => v.data && onData(v.data), error: () => {}, complete: () => {} },
  );
}

function card(t: Task): HTMLElement {
  const who = t.claimedBy?.name ?? t.assignees.map((a) => a.name).join(", ");
  const c = el(
    "div",
    { class: "card", "data-task": t.id },
    el("div", {}, t.title),
    el("div", { class: "meta" }, el("span", { class: `prio ${t.priority}` }, t.priority), who ? `@${who}` : ""),
  );
  c.addEventListener("click", () => void openPanel(t.id));
  return c;
}

/** Whether a task passes the filter (project, agent assigned or holding it, tag, text in the title). */
function shown(t: Task): boolean {
  if (filter.project && t.project?.id !== filter.project) return false;
  if (
    filter.agent &&
    !t.assignees.some((a) => a.id === filter.agent) &&
    t.claimedBy?.name !== agents.get(filter.agent)?.name
  )
    return false;
  if (filter.tag && !t.tags.includes(filter.tag.trim().toLowerCase())) return false;
  if (filter.text && !t.title.toLowerCase().includes(filter.text.trim().toLowerCase())) return false;
  return true;
}

/** The filter bar's selects follow the projects and agents there are. */
function renderFilterOptions() {
  const fill = (select: HTMLSelectElement, all: string, items: { id: string; name: string }[], prefix = "") => {
    const keep = select.value;
    select.replaceChildren(
      el("option", { value: "" }, all),
      ...items
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((i) => el("option", { value: i.id }, `${prefix}${i.name}`)),
    );
    select.value = items.some((i) => i.id === keep) ? keep : "";
  };
  fill($("filter-project") as HTMLSelectElement, "all projects", [...projects.values()]);
  fill($("filter-agent") as HTMLSelectElement, "all agents", [...agents.values()], "@");
}

function renderBoard() {
  const board = $("board");
  board.replaceChildren(
    ...STATUSES.map((status) => {
      const list = [...tasks.values()].filter((t) => t.status === status && shown(t));
      const collapsed = TERMINAL.has(status) && !expanded.has(status);
      const label = status.replace("_", " ");
      const heading: HTMLElement = TERMINAL.has(status)
        ? el(
            "button",
            {
              type: "button",
              class: "toggle",
              "aria-expanded": String(!collapsed),
              "aria-label": `${collapsed ? "Show" : "Hide"} ${label}`,
            },
            label,
            el("span", { class: "count" }, String(list.length)),
          )
        : el("span", {}, label, el("span", { class: "count" }, String(list.length)));
      if (TERMINAL.has(status)) {
        heading.addEventListener("click", () => {
          if (expanded.has(status)) expanded.delete(status);
          else expanded.add(status);
          localStorage.setItem("mc-expanded", JSON.stringify([...expanded]));
          renderBoard();
        });
      }
      return el(
        "div",
        { class: `column${collapsed ? " collapsed" : ""}`, "data-status": status },
        el("h2", {}, heading),
        el("div", { class: "cards" }, ...(collapsed ? [] : list.map(card))),
      );
    }),
  );
  const visible = [...tasks.values()].filter(shown).length;
  $("total").textContent = visible === tasks.size ? `${tasks.size} tasks` : `${visible} of ${tasks.size} tasks`;
}

const ago = (iso: string | null | undefined) => {
  if (!iso) return "never";
  const secs = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 1000));
  return secs < 90 ? `${secs}s ago` : secs < 5400 ? `${Math.round(secs / 60)}m ago` : `${Math.round(secs / 3600)}h ago`;
};
const usd = (v: number) => `$${v.toFixed(v < 1 ? 4 : 2)}`;

/** Agents with status, level, capacity in use, last heartbeat, today's spend and their host's health. */
function renderAgents() {
  $("agents").replaceChildren(
    ...[...agents.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((a) => {
        const host = a.host
          ? el(
              "span",
              {
                class: `host${a.host.saturated ? " saturated" : ""}`,
                title: a.host.saturated ? `saturated: ${a.host.saturation.join(", ")}` : (a.host.hostname ?? ""),
              },
              `CPU ${a.host.cpuPercent.toFixed(0)}% · RAM ${a.host.memoryPercent.toFixed(0)}%${a.host.saturated ? " · saturated" : ""}`,
            )
          : "";
        return el(
          "div",
          { class: "agent", "data-agent": a.name },
          el(
            "div",
            { class: "agent-head" },
            el("span", {}, `@${a.name}`, a.role ? el("span", { class: "live" }, ` ${a.role}`) : ""),
            el("span", { class: `status ${a.status}` }, a.status),
          ),
          el(
            "div",
            { class: "meta" },
            `${a.level} · ${a.currentTasks.length}/${a.maxCapacity} in use · beat ${ago(a.lastHeartbeatAt)} · ${usd(a.spentTodayUsd)} today${a.dailyBudgetUsd != null ? ` of ${usd(a.dailyBudgetUsd)}` : ""}`,
          ),
          host,
        );
      }),
  );
  renderFilterOptions();
}

let agentsTimer: ReturnType<typeof setTimeout> | null = null;
/** Reads the agents again soon (capacity in use changes with claims, which need not change a status). */
function refreshAgentsSoon() {
  if (agentsTimer) return;
  agentsTimer = setTimeout(async () => {
    agentsTimer = null;
    const data = await gql(BoardAgentsDocument, {}).catch(() => null);
    if (!data) return;
    agents.clear();
    for (const a of data.agents) agents.set(a.id, a);
    renderAgents();
  }, 300);
}

/** One approval with its decision controls: a message field and Allow / Deny buttons. */
function approvalItem(a: BoardApprovalFragment): HTMLElement {
  const what =
    a.kind === "RUN"
      ? `sign-off: run "${a.task?.title ?? "?"}"`
      : `${a.tool}${a.input ? ` ${JSON.stringify(a.input).slice(0, 160)}` : ""}`;
  const inputId = `approval-message-${a.id}`;
  const message = el("input", { id: inputId, type: "text", placeholder: "message to the agent (optional)" });
  const error = el("p", { class: "error", role: "alert" });
  const decide = async (allow: boolean) => {
    error.textContent = "";
    try {
      const text = (message as HTMLInputElement).value.trim();
      await gql(BoardDecideApprovalDocument, { id: a.id, allow, message: text || null });
      approvals.delete(a.id);
      renderApprovals();
    } catch (e) {
      error.textContent = errorText(e);
    }
  };
  const allow = el("button", { type: "button", class: "allow" }, "Allow");
  const deny = el("button", { type: "button", class: "deny" }, "Deny");
  allow.addEventListener("click", () => void decide(true));
  deny.addEventListener("click", () => void decide(false));
  return el(
    "div",
    { class: "approval", "data-approval": a.id },
    el("div", {}, el("b", {}, what)),
    el("div", { class: "meta" }, `${a.agent ? `@${a.agent.name} · ` : ""}${a.task?.title ?? ""}`),
    el("label", { for: inputId, class: "live" }, "Message"),
    message,
    el("div", { class: "actions" }, allow, deny),
    error,
  );
}

function renderApprovals() {
  const pending = [...approvals.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  $("approvals").replaceChildren(...pending.map(approvalItem));
  $("approval-count").textContent = String(pending.length);
}

/** An open question with an answer field, Answer and Dismiss. */
function questionItem(q: BoardQuestionFragment): HTMLElement {
  const error = alertBox(`question-error-${q.id}`);
  const answer = el("textarea", { rows: "2", placeholder: "your answer" }) as HTMLTextAreaElement;
  const settle = async (run: () => Promise<unknown>) => {
    await run();
    questions.delete(q.id);
    renderQuestions();
  };
  return el(
    "div",
    { class: "question", "data-question": q.id },
    el("div", {}, el("b", {}, q.question)),
    el("div", { class: "meta" }, `${q.agent ? `@${q.agent.name}` : ""}${q.task ? ` · ${q.task.title}` : ""}`),
    field("Answer", answer),
    el(
      "div",
      { class: "actions" },
      button("Answer", "primary", error, () =>
        settle(() => gql(BoardAnswerQuestionDocument, { id: q.id, answer: answer.value })),
      ),
      button("Dismiss", "secondary", error, () => settle(() => gql(BoardDismissQuestionDocument, { id: q.id }))),
    ),
    error,
  );
}

function renderQuestions() {
  const open = [...questions.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  $("questions").replaceChildren(...open.map(questionItem));
  $("question-count").textContent = String(open.length);
}

async function loadQuestions() {
  const data = await gql(BoardQuestionsDocument, {});
  questions.clear();
  for (const e of data.questionsConnection.edges) questions.set(e.node.id, e.node);
  renderQuestions();
}

function addActivity(a: { summary: string; createdAt: string }, atTop = true) {
  const row = el("div", { class: "act" }, `${new Date(a.createdAt).toLocaleTimeString()} `, el("b", {}, a.summary));
  const box = $("activity");
  if (atTop) box.prepend(row);
  else box.append(row);
  while (box.children.length > 200) box.lastChild!.remove();
}

/** A layered drawing of the task's dependency graph: columns by depth, arrows from dependency to dependent. */
function graphSvg(
  g: { nodes: { id: string; title: string; status: string }[]; edges: { from: string; to: string }[]; order: string[] },
  focus: string,
): string {
  const depth = new Map<string, number>();
  for (const id of g.order) {
    const parents = g.edges.filter((e) => e.to === id).map((e) => depth.get(e.from) ?? 0);
    depth.set(id, parents.length ? Math.max(...parents) + 1 : 0);
  }
  const rows = new Map<number, number>();
  const pos = new Map<string, { x: number; y: number }>();
  for (const id of g.order) {
    const d = depth.get(id) ?? 0;
    const r = rows.get(d) ?? 0;
    rows.set(d, r + 1);
    pos.set(id, { x: 10 + d * 200, y: 10 + r * 46 });
  }
  const W = 10 + (Math.max(0, ...depth.values()) + 1) * 200;
  const H = 10 + Math.max(1, ...rows.values()) * 46;
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const color: Record<string, string> = {
    DONE: "#1f6f3a",
    IN_PROGRESS: "#1d4f8b",
    FAILED: "#8b1d2c",
    BLOCKED: "#5a4a12",
    REVIEW: "#5b3a8b",
  };
  const lines = g.edges
    .map((e) => {
      const a = pos.get(e.from);
      const b = pos.get(e.to);
      return a && b
        ? `<line x1="${a.x + 170}" y1="${a.y + 17}" x2="${b.x}" y2="${b.y + 17}" stroke="#8b98a8" marker-end="url(#arrow)"/>`
        : "";
    })
    .join("");
  const boxes = g.nodes
    .map((n) => {
      const p = pos.get(n.id)!;
      return `<g><rect x="${p.x}" y="${p.y}" width="170" height="34" rx="5" fill="${color[n.status] ?? "#2d3a4a"}" stroke="${n.id === focus ? "#4da3ff" : "none"}" stroke-width="2"/><text x="${p.x + 8}" y="${p.y + 15}" fill="#d8e0ea" font-size="11">${esc(n.title.slice(0, 26))}</text><text x="${p.x + 8}" y="${p.y + 28}" fill="#8b98a8" font-size="9">${n.status}</text></g>`;
    })
    .join("");
  return `<svg viewBox="0 0 ${W} ${H}" height="${H}"><defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0L10,5L0,10z" fill="#8b98a8"/></marker></defs>${lines}${boxes}</svg>`;
}

/** The panel's status line: the status and which attempt this is. */
const statusLine = (t: { status: string; attempts: number; maxAttempts: number }) =>
  `${t.status} · attempt ${t.attempts} of ${t.maxAttempts}`;

/** The open task panel's parts that follow the task (rebuilt on its events), and its stable composer. */
let panelTask: NonNullable<BoardTaskPanelQuery["task"]> | null = null;
let graphIds = new Set<string>();
let refreshTimer: ReturnType<typeof setTimeout> | null = null;

/** Re-reads the open panel soon (once for a burst of events): status, actions, graph, runs, reviews, thread. */
function refreshPanelSoon() {
  if (refreshTimer) return;
  refreshTimer = setTimeout(() => {
    refreshTimer = null;
    const id = $("panel").dataset.task;
    if (id && $("panel").classList.contains("open")) void refreshPanel(id);
  }, 150);
}

async function refreshPanel(id: string): Promise<BoardTaskPanelQuery["task"]> {
  const data = await gql(BoardTaskPanelDocument, { id });
  if ($("panel").dataset.task !== id) return null;
  if (!data.task) {
    $("panel-status").textContent = "deleted";
    $("panel-actions").replaceChildren();
    return null;
  }
  const t = data.task;
  const statusChanged = panelTask?.status !== t.status;
  panelTask = t;
  graphIds = new Set(data.taskGraph.nodes.map((n) => n.id));
  $("panel-status").textContent = statusLine(t);
  $("panel-note").textContent = t.error ?? t.statusNote ?? "";
  $("graph").innerHTML = graphSvg(data.taskGraph, id);
  if (statusChanged) $("panel-actions").replaceChildren(...actions(t));
  $("panel-result").replaceChildren(
    ...(t.result ? [el("h3", {}, "RESULT"), el("pre", { id: "result" }, t.result)] : []),
  );
  $("panel-runs").replaceChildren(
    ...t.runs.map((r) =>
      el(
        "div",
        { class: "row" },
        `${new Date(r.startedAt).toLocaleTimeString()} ${r.status}${r.model ? ` · ${r.model}` : ""}${r.exitCode !== null && r.exitCode !== undefined ? ` · exit ${r.exitCode}` : ""}${r.error ? ` · ${r.error.slice(0, 200)}` : ""}`,
      ),
    ),
  );
  $("panel-reviews").replaceChildren(
    ...t.reviews.map((r) =>
      el("div", { class: `row ${r.verdict}` }, `${r.verdict}${r.feedback ? `: ${r.feedback}` : ""}`),
    ),
  );
  $("panel-messages").replaceChildren(
    ...t.messages.map((m) => el("div", { class: "row" }, el("b", {}, `${m.authorName} `), m.content)),
  );
  return t;
}

/** What an operator can do to the task now, by its status; each one mutation. */
function actions(t: NonNullable<BoardTaskPanelQuery["task"]>): HTMLElement[] {
  const error = $("panel-error");
  const after = async (run: () => Promise<unknown>) => {
    await run();
    await refreshPanel(t.id);
  };
  const setStatus = (status: "CANCELLED" | "SKIPPED") =>
    after(() => gql(BoardSetStatusDocument, { taskId: t.id, status: status as never, note: "from the board" }));
  const out: HTMLElement[] = [];
  const row: HTMLElement[] = [];
  if (t.status === "ASSIGNED")
    row.push(button("Run", "primary", error, () => after(() => gql(BoardRunTaskDocument, { taskId: t.id }))));
  if (t.status === "IN_PROGRESS") {
    row.push(
      button("Stop", "primary", error, () =>
        after(() => gql(BoardStopTaskDocument, { taskId: t.id, outcome: "RELEASE" as never })),
      ),
      button("Stop and fail", "danger", error, () =>
        after(() => gql(BoardStopTaskDocument, { taskId: t.id, outcome: "FAIL" as never })),
      ),
    );
  }
  if (!TERMINAL.has(t.status)) {
    row.push(
      button("Cancel", "danger", error, () => setStatus("CANCELLED")),
      button("Skip", "secondary", error, () => setStatus("SKIPPED")),
    );
  }
  if (t.status === "FAILED" || t.status === "CANCELLED") {
    row.push(
      button("Retry", "primary", error, async () => {
        const { retryTask } = await gql(BoardRetryTaskDocument, { taskId: t.id });
        await openPanel(retryTask.id);
      }),
    );
  }
  out.push(el("div", { class: "actions" }, ...row));
  if (t.status === "REVIEW") {
    const feedback = el("textarea", {
      rows: "2",
      id: "review-feedback",
      placeholder: "what to change (needed to reject)",
    }) as HTMLTextAreaElement;
    const review = (verdict: "APPROVED" | "REJECTED") =>
      after(() =>
        gql(BoardReviewTaskDocument, {
          taskId: t.id,
          verdict: verdict as never,
          feedback: feedback.value.trim() || null,
        }),
      );
    out.push(
      el(
        "div",
        { class: "review" },
        el("h3", {}, "REVIEW"),
        field("Feedback", feedback),
        el(
          "div",
          { class: "actions" },
          button("Approve", "allow", error, () => review("APPROVED")),
          button("Reject", "deny", error, () => review("REJECTED")),
        ),
      ),
    );
  }
  if (!TERMINAL.has(t.status)) {
    const select = agentSelect(t.assignees.map((a) => a.id));
    select.id = "assign-agents";
    out.push(
      el(
        "div",
        { class: "assign" },
        field("Assignees", select),
        button("Assign", "secondary", error, () =>
          after(() => gql(BoardAssignTaskDocument, { taskId: t.id, agentIds: chosen(select) })),
        ),
      ),
    );
  }
  return out;
}

async function openPanel(id: string) {
  stopOutput?.();
  panelTask = null;
  const panel = $("panel");
  const output = el("pre", { id: "output" });
  const close = el("button", { type: "button", class: "close", "aria-label": "Close the task panel" }, "close ✕");
  close.addEventListener("click", () => {
    stopOutput?.();
    panel.classList.remove("open");
    delete panel.dataset.task;
  });
  const message = el("textarea", {
    rows: "2",
    id: "message",
    placeholder: "@name mentions notify that agent",
  }) as HTMLTextAreaElement;
  const messageError = alertBox("message-error");
  const post = button("Post", "primary", messageError, async () => {
    const { postMessage } = await gql(BoardPostMessageDocument, { taskId: id, content: message.value });
    message.value = "";
    if (postMessage.unresolvedMentions.length) {
      messageError.textContent = `posted; nobody is called ${postMessage.unresolvedMentions.map((m) => `@${m}`).join(", ")}`;
    }
    await refreshPanel(id);
  });
  panel.replaceChildren(
    close,
    el("h2", { id: "panel-title" }),
    el("div", { class: "live", id: "panel-status" }),
    el("p", { id: "panel-description" }),
    el("p", { class: "error", id: "panel-note" }),
    el("div", { id: "panel-actions" }),
    alertBox("panel-error"),
    el("div", { id: "panel-result" }),
    el("h3", {}, "DEPENDENCIES"),
    el("div", { id: "graph" }),
    el("h3", {}, "LIVE OUTPUT"),
    output,
    el("h3", {}, "RUNS"),
    el("div", { id: "panel-runs" }),
    el("h3", {}, "REVIEWS"),
    el("div", { id: "panel-reviews" }),
    el("h3", {}, "THREAD"),
    el("div", { id: "panel-messages" }),
    field("Post a message", message),
    el("div", { class: "actions" }, post),
    messageError,
  );
  panel.dataset.task = id;
  panel.classList.add("open");
  const t = await refreshPanel(id);
  if (t) {
    $("panel-title").textContent = t.title;
    $("panel-description").textContent = t.description;
  }
  outputSeq = 0;
  followOutput(id, 0);
}

/** Streams the open task's output after `fromSeq` into the panel (from 0 on open, from the last shown on resume). */
function followOutput(id: string, fromSeq: number) {
  stopOutput?.();
  const output = $("output");
  stopOutput = live(BoardTaskOutputDocument, { t: id, fromSeq }, ({ taskOutput: c }) => {
    if (c.seq <= outputSeq) return;
    outputSeq = c.seq;
    output.append(
      el(
        "span",
        { "data-seq": String(c.seq), class: c.kind === "STDERR" ? "error" : "" },
        c.kind === "MESSAGE" || c.kind.startsWith("STD") ? c.content : `[${c.kind}] ${c.content}\n`,
      ),
    );
    output.scrollTop = output.scrollHeight;
  });
}

/** The create form, in the panel: a task with its assignees and dependencies (a DAG, one task at a time). */
function openCreate() {
  stopOutput?.();
  const panel = $("panel");
  delete panel.dataset.task;
  const title = el("input", { type: "text", id: "new-title", required: "" }) as HTMLInputElement;
  const description = el("textarea", { rows: "3", id: "new-description" }) as HTMLTextAreaElement;
  const priority = el("select", { id: "new-priority" }) as HTMLSelectElement;
  for (const p of PRIORITIES) {
    const o = el("option", { value: p }, p) as HTMLOptionElement;
    o.selected = p === "MEDIUM";
    priority.append(o);
  }
  const assignees = agentSelect([]);
  assignees.id = "new-assignees";
  const dependencies = el("select", { multiple: "", size: "6", id: "new-dependencies" }) as HTMLSelectElement;
  for (const t of [...tasks.values()].filter((x) => !TERMINAL.has(x.status) || x.status === "DONE")) {
    dependencies.append(el("option", { value: t.id }, `${t.title} (${t.status})`));
  }
  const review = el("input", { type: "checkbox", id: "new-review" }) as HTMLInputElement;
  const error = alertBox("create-error");
  const form = el(
    "form",
    { id: "create-form" },
    field("Title", title),
    field("Description", description),
    field("Priority", priority),
    field("Assignees", assignees),
    field("Depends on", dependencies),
    el("div", { class: "field inline" }, review, el("label", { for: "new-review" }, "Requires review")),
    el("div", { class: "actions" }, el("button", { type: "submit", class: "primary" }, "Create task")),
    error,
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    error.textContent = "";
    try {
      const { createTask } = await gql(BoardCreateTaskDocument, {
        input: {
          title: title.value,
          description: description.value,
          priority: priority.value as TaskPriority,
          assigneeIds: chosen(assignees),
          dependsOn: chosen(dependencies),
          requiresReview: review.checked,
        },
      });
      tasks.set(createTask.id, createTask);
      renderBoard();
      await openPanel(createTask.id);
    } catch (e) {
      error.textContent = errorText(e);
    }
  });
  const close = el("button", { type: "button", class: "close", "aria-label": "Close the form" }, "close ✕");
  close.addEventListener("click", () => panel.classList.remove("open"));
  panel.replaceChildren(close, el("h2", {}, "New task"), form);
  panel.classList.add("open");
  title.focus();
}

const percent = (v: number | null | undefined, digits = 0) => (v == null ? "-" : `${(v * 100).toFixed(digits)}%`);
const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
const tile = (label: string, value: string, key: string) =>
  el(
    "div",
    { class: "tile", "data-tile": key },
    el("div", { class: "value" }, value),
    el("div", { class: "live" }, label),
  );
function table(head: string[], rows: (string | Node)[][]): HTMLElement {
  return el(
    "table",
    {},
    el("thead", {}, el("tr", {}, ...head.map((h) => el("th", {}, h)))),
    el("tbody", {}, ...rows.map((r) => el("tr", {}, ...r.map((c) => el("td", {}, c))))),
  );
}

async function renderOverview() {
  const { stats, runningTasks } = await gql(BoardOverviewDocument, {});
  const f = stats.fleet;
  return [
    el("h2", {}, "Overview"),
    el(
      "div",
      { class: "tiles" },
      tile("active agents", String(stats.activeAgents), "active-agents"),
      tile("running", String(runningTasks.length), "running"),
      tile("in review", String(stats.tasksInReview), "in-review"),
      tile("completion", percent(stats.completionRate), "completion"),
      tile("success", percent(stats.successRate), "success"),
      tile("done per hour (24h)", stats.throughputPerHour.toFixed(2), "throughput"),
      tile("done last hour", String(stats.completedLastHour), "done-hour"),
      tile("failed last day", String(stats.failedLastDay), "failed-day"),
    ),
    el("h3", {}, "TASKS BY STATUS"),
    table(
      ["status", "tasks"],
      stats.tasks.map((c) => [c.status, String(c.count)]),
    ),
    el("h3", {}, "FLEET"),
    el(
      "div",
      { class: "tiles" },
      tile("hosts reporting", `${f.hosts} (${f.agentsReporting} agents)`, "hosts"),
      tile("CPU", f.cpuPercent == null ? "-" : `${f.cpuPercent.toFixed(0)}% of ${f.cpus}`, "fleet-cpu"),
      tile(
        "memory",
        f.memoryPercent == null
          ? "-"
          : `${f.memoryPercent.toFixed(0)}% (${gib(f.memoryUsedBytes)} of ${gib(f.memoryTotalBytes)})`,
        "fleet-memory",
      ),
      tile("saturated", f.saturatedAgents.map((a) => `@${a.name}`).join(", ") || "none", "saturated"),
    ),
  ];
}

async function renderCosts() {
  const { usage, agents: spend } = await gql(BoardCostsDocument, {});
  const byId = new Map(spend.map((a) => [a.id, a]));
  const tokens = (b: { inputTokens: number; outputTokens: number }) => `${b.inputTokens} in · ${b.outputTokens} out`;
  return [
    el("h2", {}, "Costs"),
    el(
      "div",
      { class: "tiles" },
      tile("spent in all", usd(usage.totalCostUsd), "total-cost"),
      tile("tokens", tokens(usage), "tokens"),
    ),
    el("h3", {}, "BY MODEL"),
    table(
      ["model", "tokens", "cost"],
      usage.byModel.map((b) => [b.key, tokens(b), usd(b.costUsd)]),
    ),
    el("h3", {}, "BY AGENT"),
    table(
      ["agent", "tokens", "cost", "today", "daily budget", "monthly budget"],
      usage.byAgent.map((b) => {
        const a = byId.get(b.key);
        const over = a?.budgetExceededAt ? el("span", { class: "error" }, " over budget") : "";
        return [
          `@${a?.name ?? b.key}`,
          tokens(b),
          usd(b.costUsd),
          el("span", {}, a ? usd(a.spentTodayUsd) : "-", over),
          a?.dailyBudgetUsd != null ? usd(a.dailyBudgetUsd) : "none",
          a?.monthlyBudgetUsd != null ? usd(a.monthlyBudgetUsd) : "none",
        ];
      }),
    ),
  ];
}

async function renderCron() {
  const { cronJobs } = await gql(BoardCronDocument, {});
  const error = alertBox("cron-error");
  const act = (run: () => Promise<unknown>) => async () => {
    await run();
    await showView("cron");
  };
  return [
    el("h2", {}, "Cron jobs"),
    error,
    table(
      ["name", "schedule", "next run", "last run", "", ""],
      cronJobs.map((j) => [
        j.name,
        `${j.schedule} (${j.timezone})`,
        j.paused ? "paused" : j.nextRunAt ? new Date(j.nextRunAt).toLocaleString() : "-",
        j.lastRunAt ? new Date(j.lastRunAt).toLocaleString() : "never",
        j.paused
          ? button(
              "Resume",
              "primary",
              error,
              act(() => gql(BoardResumeCronDocument, { id: j.id })),
            )
          : button(
              "Pause",
              "secondary",
              error,
              act(() => gql(BoardPauseCronDocument, { id: j.id })),
            ),
        button(
          "Trigger",
          "secondary",
          error,
          act(() => gql(BoardTriggerCronDocument, { id: j.id })),
        ),
      ]),
    ),
  ];
}

async function renderWebhooks() {
  try {
    const { webhooks } = await gql(BoardWebhooksDocument, {});
    return [
      el("h2", {}, "Webhooks"),
      ...webhooks.flatMap((w) => [
        el("h3", {}, `${w.url}${w.active ? "" : " (inactive)"}`),
        el("div", { class: "live" }, w.events.join(", ") || "every event"),
        table(
          ["event", "status", "attempts", "HTTP", "error", "at"],
          w.deliveriesConnection.edges.map(({ node: d }) => [
            d.event,
            d.status,
            String(d.attempts),
            d.lastStatusCode == null ? "-" : String(d.lastStatusCode),
            d.lastError ?? "",
            new Date(d.deliveredAt ?? d.createdAt).toLocaleTimeString(),
          ]),
        ),
      ]),
    ];
  } catch (e) {
    return [el("h2", {}, "Webhooks"), el("p", { class: "error", role: "alert" }, errorText(e))];
  }
}

const VIEWS: Record<Exclude<View, "board">, () => Promise<(HTMLElement | string)[]>> = {
  overview: renderOverview,
  costs: renderCosts,
  cron: renderCron,
  webhooks: renderWebhooks,
};

/** Shows a view (the board, or one read from the API into #view), marking its tab. */
async function showView(next: View) {
  view = next;
  for (const b of document.querySelectorAll<HTMLButtonElement>("nav button")) {
    b.setAttribute("aria-pressed", String(b.dataset.view === next));
  }
  $("board-area").hidden = next !== "board";
  $("view").hidden = next === "board";
  if (next !== "board") {
    const parts = await VIEWS[next]().catch((e: unknown) => [el("p", { class: "error", role: "alert" }, errorText(e))]);
    if (view === next) $("view").replaceChildren(...parts);
  }
}

let viewTimer: ReturnType<typeof setTimeout> | null = null;
/** The view beside the board follows the events too (read again at most every 500 ms). */
function refreshViewSoon() {
  if (view === "board" || viewTimer) return;
  viewTimer = setTimeout(() => {
    viewTimer = null;
    if (view !== "board" && !document.hidden) void showView(view);
  }, 500);
}

/** Loads what the board shows (again, after a pause) and opens its streams. */
async function load(): Promise<boolean> {
  let data: BoardStartQuery;
  try {
    data = await gql(BoardStartDocument, {});
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "UNAUTHENTICATED" || code === "FORBIDDEN") {
      showLogin(code === "FORBIDDEN" ? "This key may not read the board." : key ? "That key was refused." : "");
      return false;
    }
    throw error;
  }
  tasks.clear();
  agents.clear();
  approvals.clear();
  projects.clear();
  $("activity").replaceChildren();
  for (const e of data.tasks.edges) tasks.set(e.node.id, e.node);
  for (const a of data.agents) agents.set(a.id, a);
  for (const p of data.projects) projects.set(p.id, p);
  for (const a of data.activity.edges) addActivity(a.node, false);
  for (const a of data.approvals) approvals.set(a.id, a);
  renderBoard();
  renderAgents();
  renderApprovals();
  await loadQuestions();
  closeStreams = streams.map((open) => open());
  return true;
}

/** The tab hidden: every stream closes (the socket too). Shown again: everything is read and resumed. */
function pause() {
  paused = true;
  for (const close of closeStreams) close();
  closeStreams = [];
  stopOutput?.();
  stopOutput = null;
  void ws?.dispose();
  ws = null;
  $("live").classList.remove("on");
  $("live").textContent = "paused";
}

async function resume() {
  paused = false;
  if (!(await load())) return;
  const id = $("panel").dataset.task;
  if (id && $("panel").classList.contains("open")) {
    await refreshPanel(id);
    followOutput(id, outputSeq);
  }
  if (view !== "board") await showView(view);
}

async function start() {
  // Once: start() runs again after a refused key is replaced on the login form.
  if (streams.length === 0)
    streams.push(
      () =>
        live(BoardTaskEventsDocument, {}, ({ taskEvents: e }) => {
          if (e.type === "deleted") tasks.delete(e.task.id);
          else tasks.set(e.task.id, e.task);
          renderBoard();
          // The open panel follows its task and every task of its graph (a dependency finishing, say).
          const open = $("panel").dataset.task;
          if (open && (open === e.task.id || graphIds.has(e.task.id))) refreshPanelSoon();
          if (["claimed", "completed", "failed", "released", "lease_expired"].includes(e.type)) refreshAgentsSoon();
          refreshViewSoon();
        }),
      () =>
        live(BoardAgentEventsDocument, {}, ({ agentEvents: e }) => {
          if (e.type === "deleted") agents.delete(e.agentId);
          else if (e.agent) agents.set(e.agent.id, { ...e.agent, status: e.status });
          renderAgents();
          refreshViewSoon();
        }),
      () =>
        live(BoardActivityDocument, {}, ({ activity }) => {
          addActivity(activity);
          if (activity.type.startsWith("question.")) void loadQuestions();
          else if (activity.type === "message.posted" && activity.taskId === $("panel").dataset.task)
            refreshPanelSoon();
          if (activity.type.startsWith("project.")) void reloadProjects();
          refreshViewSoon();
        }),
      () =>
        live(BoardApprovalsDocument, {}, ({ approvals: a }) => {
          if (a.status === "PENDING") approvals.set(a.id, a);
          else approvals.delete(a.id);
          renderApprovals();
        }),
    );
  if (!(await load())) return;
  $("login").style.display = "none";
  $("main").style.display = "grid";
  $("new-task").addEventListener("click", openCreate);
  for (const b of document.querySelectorAll<HTMLButtonElement>("nav button")) {
    b.addEventListener("click", () => void showView(b.dataset.view as View));
  }
  const onFilter = () => {
    filter.project = ($("filter-project") as HTMLSelectElement).value;
    filter.agent = ($("filter-agent") as HTMLSelectElement).value;
    filter.tag = ($("filter-tag") as HTMLInputElement).value;
    filter.text = ($("filter-text") as HTMLInputElement).value;
    renderBoard();
  };
  for (const id of ["filter-project", "filter-agent", "filter-tag", "filter-text"]) {
    $(id).addEventListener("input", onFilter);
    $(id).addEventListener("change", onFilter);
  }
  document.addEventListener("visibilitychange", () => {
    if (document.hidden) pause();
    else void resume();
  });
  document.body.dataset.ready = "true";
}

async function reloadProjects() {
  const data = await gql(BoardStartDocument, {}).catch(() => null);
  if (!data) return;
  projects.clear();
  for (const p of data.projects) projects.set(p.id, p);
  renderFilterOptions();
}

function showLogin(message: string) {
  $("main").style.display = "none";
  $("login").style.display = "block";
  $("login-error").textContent = message;
}

$("login").addEventListener("submit", (ev) => {
  ev.preventDefault();
  key = ($("key") as HTMLInputElement).value.trim();
  localStorage.setItem("mc-key", key);
  void start();
});
if (key) localStorage.setItem("mc-key", key);
history.replaceState(null, "", location.pathname);
void start();

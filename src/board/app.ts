/**
 * The live board (browser code, bundled into dist/board/ by `npm run build`): a Kanban
 * board by status with counts, kept live by `taskEvents`; agents kept live by `agentEvents`; the activity
 * stream; the approvals waiting for an operator, with Allow and Deny (`approvals`, `decideApproval`); the
 * open questions, answered or dismissed; a form to create a task; and a task panel with its dependency
 * graph (kept live), live output (`taskOutput` from seq 0), runs, reviews and thread, and the operator's
 * actions on it: run, stop, cancel, skip, retry, assign, approve or reject, post a message. Every action
 * is one mutation; an error (a key whose role forbids it, a move the state machine refuses) is shown
 * inline where it was asked for.
 */
import { type Client, createClient } from "graphql-ws";
import {
  BoardActivityDocument,
  BoardAgentEventsDocument,
  BoardAnswerQuestionDocument,
  type BoardApprovalFragment,
  BoardApprovalsDocument,
  BoardAssignTaskDocument,
  BoardCreateTaskDocument,
  BoardDecideApprovalDocument,
  BoardDismissQuestionDocument,
  BoardPostMessageDocument,
  type BoardQuestionFragment,
  BoardQuestionsDocument,
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
  type TaskPriority,
  type TypedDocumentString,
} from "./generated/graphql.js";

const STATUSES = ["INBOX", "ASSIGNED", "BLOCKED", "IN_PROGRESS", "REVIEW", "DONE", "FAILED", "CANCELLED", "SKIPPED"];
/** Columns of finished work: narrow until opened, so every column fits a 1280 px screen. */
const TERMINAL = new Set(["DONE", "FAILED", "CANCELLED", "SKIPPED"]);
const expanded = new Set<string>(JSON.parse(localStorage.getItem("mc-expanded") ?? "[]") as string[]);

type Task = BoardTaskFragment;
interface Agent {
  id: string;
  name: string;
  role: string;
  status: string;
}

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
        $("live").textContent = "reconnecting…";
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

function renderBoard() {
  const board = $("board");
  board.replaceChildren(
    ...STATUSES.map((status) => {
      const list = [...tasks.values()].filter((t) => t.status === status);
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
  $("total").textContent = `${tasks.size} tasks`;
}

function renderAgents() {
  $("agents").replaceChildren(
    ...[...agents.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((a) =>
        el(
          "div",
          { class: "agent", "data-agent": a.name },
          el("span", {}, `@${a.name}`, a.role ? el("span", { class: "live" }, ` ${a.role}`) : ""),
          el("span", { class: `status ${a.status}` }, a.status),
        ),
      ),
  );
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
  stopOutput = live(BoardTaskOutputDocument, { t: id }, ({ taskOutput: c }) => {
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

async function start() {
  let data: BoardStartQuery;
  try {
    data = await gql(BoardStartDocument, {});
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "UNAUTHENTICATED" || code === "FORBIDDEN") {
      showLogin(code === "FORBIDDEN" ? "This key may not read the board." : key ? "That key was refused." : "");
      return;
    }
    throw error;
  }
  $("login").style.display = "none";
  $("main").style.display = "grid";
  for (const e of data.tasks.edges) tasks.set(e.node.id, e.node);
  for (const a of data.agents) agents.set(a.id, a);
  for (const a of data.activity.edges) addActivity(a.node, false);
  for (const a of data.approvals) approvals.set(a.id, a);
  renderBoard();
  renderAgents();
  renderApprovals();
  await loadQuestions();
  $("new-task").addEventListener("click", openCreate);
  live(BoardTaskEventsDocument, {}, ({ taskEvents: e }) => {
    if (e.type === "deleted") tasks.delete(e.task.id);
    else tasks.set(e.task.id, e.task);
    renderBoard();
    // The open panel follows its task and every task of its graph (a dependency finishing, say).
    const open = $("panel").dataset.task;
    if (open && (open === e.task.id || graphIds.has(e.task.id))) refreshPanelSoon();
  });
  live(BoardAgentEventsDocument, {}, ({ agentEvents: e }) => {
    if (e.type === "deleted") agents.delete(e.agentId);
    else if (e.agent) agents.set(e.agent.id, { ...e.agent, status: e.status });
    renderAgents();
  });
  live(BoardActivityDocument, {}, ({ activity }) => {
    addActivity(activity);
    if (activity.type.startsWith("question.")) void loadQuestions();
    else if (activity.type === "message.posted" && activity.taskId === $("panel").dataset.task) refreshPanelSoon();
  });
  live(BoardApprovalsDocument, {}, ({ approvals: a }) => {
    if (a.status === "PENDING") approvals.set(a.id, a);
    else approvals.delete(a.id);
    renderApprovals();
  });
  document.body.dataset.ready = "true";
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

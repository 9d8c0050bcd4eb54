/**
 * The live board (browser code, bundled into dist/board/ by `npm run build`): a Kanban
 * board by status with counts, kept live by `taskEvents`; agents kept live by `agentEvents`; the activity
 * stream; the approvals waiting for an operator, with Allow and Deny (`approvals`, `decideApproval`); and
 * a task panel with its dependency graph and live output (`taskOutput` from seq 0).
 */
import { type Client, createClient } from "graphql-ws";
import {
  BoardActivityDocument,
  BoardAgentEventsDocument,
  type BoardApprovalFragment,
  BoardApprovalsDocument,
  BoardDecideApprovalDocument,
  BoardStartDocument,
  type BoardStartQuery,
  BoardTaskEventsDocument,
  type BoardTaskFragment,
  BoardTaskOutputDocument,
  BoardTaskPanelDocument,
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
let key = new URLSearchParams(location.hash.slice(1)).get("key") ?? localStorage.getItem("mc-key") ?? "";
let ws: Client | null = null;
let stopOutput: (() => void) | null = null;

function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

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
      const code = (e as { code?: string }).code;
      error.textContent = `${code ? `${code}: ` : ""}${(e as Error).message}`;
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

async function openPanel(id: string) {
  stopOutput?.();
  const panel = $("panel");
  const data = await gql(BoardTaskPanelDocument, { id });
  if (!data.task) return;
  const t = data.task;
  const output = el("pre", { id: "output" });
  const graph = el("div", { id: "graph" });
  graph.innerHTML = graphSvg(data.taskGraph, id);
  const close = el("button", { type: "button", class: "close", "aria-label": "Close the task panel" }, "close ✕");
  close.addEventListener("click", () => {
    stopOutput?.();
    panel.classList.remove("open");
  });
  panel.replaceChildren(
    close,
    el("h2", {}, t.title),
    el("div", { class: "live", id: "panel-status" }, statusLine(t)),
    t.description ? el("p", {}, t.description) : "",
    t.error ? el("p", { class: "error" }, t.error) : "",
    ...(t.result ? [el("h3", {}, "RESULT"), el("pre", { id: "result" }, t.result)] : []),
    el("h3", {}, "DEPENDENCIES"),
    graph,
    el("h3", {}, "LIVE OUTPUT"),
    output,
  );
  panel.dataset.task = id;
  panel.classList.add("open");
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
  live(BoardTaskEventsDocument, {}, ({ taskEvents: e }) => {
    if (e.type === "deleted") tasks.delete(e.task.id);
    else tasks.set(e.task.id, e.task);
    renderBoard();
    if ($("panel").dataset.task === e.task.id) $("panel-status").textContent = statusLine(e.task);
  });
  live(BoardAgentEventsDocument, {}, ({ agentEvents: e }) => {
    if (e.type === "deleted") agents.delete(e.agentId);
    else if (e.agent) agents.set(e.agent.id, { ...e.agent, status: e.status });
    renderAgents();
  });
  live(BoardActivityDocument, {}, ({ activity }) => addActivity(activity));
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

/**
 * The floor of fan-out: a bare `ws` server in its own process that, for each POST, stringifies one
 * graphql-ws `next` frame shaped like a `taskOutput` event and writes it to every open socket. No
 * GraphQL, no database, no per-subscriber state beyond the socket: what delivering a message to N
 * WebSockets costs on this machine (over loopback most of it is the kernel's, which the server's
 * /proc figures include, the receiving side's share too). The fan-out figure is printed as a ratio to it.
 */
import { spawn } from "node:child_process";
import { WebSocket } from "ws";
import { freePort } from "./lib.js";
import { cpuMs } from "./proc.js";

const SERVER = (port: number) => `
const { WebSocketServer } = require("ws");
const http = require("node:http");
const ids = new Map();
const server = http.createServer((req, res) => {
  let body = ""; req.on("data", (c) => (body += c));
  req.on("end", () => {
    const { seq } = JSON.parse(body);
    const createdAt = new Date().toISOString();
    for (const ws of wss.clients) {
      ws.send(JSON.stringify({ id: ids.get(ws), type: "next", payload: { data: { taskOutput: { seq, createdAt } } } }));
    }
    res.end("{}");
  });
});
const wss = new WebSocketServer({ server });
wss.on("connection", (ws) => ids.set(ws, require("node:crypto").randomUUID()));
server.listen(${port}, "127.0.0.1", () => console.log("up"));`;

/** Server CPU per delivered message (µs) with `subscribers` sockets and `total` messages at `rate`/s. */
export async function fanoutFloorUs(subscribers: number, total: number, rate: number): Promise<number> {
  const port = await freePort();
  const child = spawn(process.execPath, ["-e", SERVER(port)], {
    cwd: process.cwd(),
    stdio: ["ignore", "pipe", "inherit"],
  });
  const sockets: WebSocket[] = [];
  try {
    await new Promise<void>((resolve) => child.stdout!.once("data", () => resolve()));
    let received = 0;
    let resolveAll!: () => void;
    const all = new Promise<void>((r) => (resolveAll = r));
    await Promise.all(
      Array.from({ length: subscribers }, async () => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}`);
        ws.on("message", (data) => {
          JSON.parse(String(data));
          if (++received === subscribers * total) resolveAll();
        });
        sockets.push(ws);
        await new Promise((r) => ws.once("open", r));
      }),
    );
    const cpu0 = cpuMs(child.pid!);
    const start = performance.now();
    for (let seq = 1; seq <= total; seq++) {
      const wait = start + (seq - 1) * (1000 / rate) - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      await (await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: JSON.stringify({ seq }) })).text();
    }
    await Promise.race([all, new Promise((r) => setTimeout(r, 30_000))]);
    return ((cpuMs(child.pid!) - cpu0) * 1000) / Math.max(1, received);
  } finally {
    for (const ws of sockets) ws.terminate();
    child.kill();
  }
}

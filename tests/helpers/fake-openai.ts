/**
 * A local stand-in for an OpenAI-compatible endpoint (`/v1/chat/completions`, streamed as server-sent
 * events the way the real API streams them, usage in the last chunk). `reply` decides each answer from
 * the request's body: the assistant's text, or an HTTP error.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";

export type FakeReply = string | { status: number; message: string };

/** What a client sends to /v1/chat/completions (the fields the tests read). */
export interface ChatRequest {
  model: string;
  stream?: boolean;
  messages: { role: "system" | "user" | "assistant"; content: string }[];
  [field: string]: unknown;
}

export interface FakeOpenAiOptions {
  reply: (body: ChatRequest) => FakeReply;
  /** The text is streamed in pieces of this many characters, or word by word. @default "words" */
  pieces?: number | "words";
  /** Delay between pieces, in ms. @default 0 */
  tickMs?: number;
  /** The model the answer names, from the one requested. @default the one requested */
  model?: (requested: string) => string;
  usage?: { prompt_tokens: number; completion_tokens: number };
}

export function fakeOpenAi(options: FakeOpenAiOptions) {
  const requests: { headers: IncomingMessage["headers"]; body: ChatRequest }[] = [];
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (d) => (raw += d));
    req.on("end", () => {
      const body = JSON.parse(raw) as ChatRequest;
      requests.push({ headers: req.headers, body });
      const answer = options.reply(body);
      if (typeof answer !== "string") {
        res.writeHead(answer.status, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: answer.message } }));
        return;
      }
      res.writeHead(200, { "content-type": "text/event-stream" });
      const base = {
        id: "chatcmpl-abc123",
        object: "chat.completion.chunk",
        created: 1_763_800_000,
        model: options.model ? options.model(body.model) : body.model,
        system_fingerprint: "fp_1",
      };
      const send = (chunk: object) => res.write(`data: ${JSON.stringify({ ...base, ...chunk })}\n\n`);
      const size = options.pieces ?? "words";
      const pieces =
        (size === "words" ? answer.match(/\s*\S+/g) : answer.match(new RegExp(`[\\s\\S]{1,${size}}`, "g"))) ?? [];
      send({ choices: [{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }], usage: null });
      let i = 0;
      const next = () => {
        if (i < pieces.length) {
          send({ choices: [{ index: 0, delta: { content: pieces[i++] }, finish_reason: null }], usage: null });
          setTimeout(next, options.tickMs ?? 0);
          return;
        }
        send({ choices: [{ index: 0, delta: {}, finish_reason: "stop" }], usage: null });
        const usage = options.usage ?? { prompt_tokens: 1000, completion_tokens: 500 };
        send({ choices: [], usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } });
        res.end("data: [DONE]\n\n");
      };
      setTimeout(next, options.tickMs ?? 0);
    });
  });
  return { server, requests };
}

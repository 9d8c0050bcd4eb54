/**
 * graphql-ws on a `ws` server: graphql-ws's own `makeServer` (the protocol), with the transport written
 * here instead of `graphql-ws/use/ws`, for three reasons.
 *
 * - **A frame serialised once.** A live event reaches every subscriber of a group as one result object
 *   (plugins/use-shared-subscription-execution.ts). graphql-ws serialises a `next` message per
 *   subscriber; here the message's payload is serialised once per result object and spliced into each
 *   subscriber's `{"id":…,"type":"next","payload":…}`, so a thousand subscribers cost one
 *   `JSON.stringify` of the result, not a thousand.
 * - **A write, not a promise per frame.** `use/ws` wraps every send in a promise settled by the write's
 *   callback; frames go out in order either way, and a consumer that stops reading is cut off by the
 *   slow-consumer watch (realtime/slow-consumers.ts), not by back-pressure on the sender.
 * - **Logs through pino.** `use/ws` writes its errors to the console as plain text.
 *
 * Keep-alive is the same as `use/ws`: a ping every `keepAliveMs`, terminated without a pong.
 */
import type { IncomingMessage } from "node:http";
import { CloseCode, makeServer, type ServerOptions } from "graphql-ws";
import type { WebSocket, WebSocketServer } from "ws";
import type { Logger } from "../logger.js";

export interface WsExtra {
  request: IncomingMessage;
  socket: WebSocket;
}

/** The serialised payload of each result object, kept as long as the result lives. */
const payloadJson = new WeakMap<object, string>();

/**
 * JSON.stringify's replacer for graphql-ws messages: a `next` message's payload is serialised once per
 * object and written as a placeholder (`0`) that `frame` replaces with it. Only the message's own
 * `payload` is replaced, never a field of that name inside the data.
 */
let message: unknown = null;
let pendingPayload: string | null = null;
function replacer(this: unknown, key: string, value: unknown): unknown {
  if (key === "") {
    message = value;
    pendingPayload = null;
    return value;
  }
  if (
    key === "payload" &&
    this === message &&
    (this as { type?: unknown }).type === "next" &&
    typeof value === "object" &&
    value !== null
  ) {
    let json = payloadJson.get(value);
    if (json === undefined) {
      json = JSON.stringify(value);
      payloadJson.set(value, json);
    }
    pendingPayload = json;
    return 0;
  }
  return value;
}

const PLACEHOLDER_END = '"payload":0}';

/** The message graphql-ws just serialised through `replacer`, with its payload put back. */
function frame(data: string): string {
  const payload = pendingPayload;
  pendingPayload = null;
  message = null;
  if (payload === null || !data.endsWith(PLACEHOLDER_END)) return data;
  return `${data.slice(0, -2)}${payload}}`;
}

/** graphql-ws on `wss`; returns `dispose`, which closes every socket with 1001 and the server. */
export function serveGraphqlWs<P extends Record<string, unknown>, E extends WsExtra>(
  options: ServerOptions<P, E>,
  wss: WebSocketServer,
  { logger, keepAliveMs = 12_000 }: { logger: Logger; keepAliveMs?: number },
) {
  const server = makeServer<P, E>({
    ...options,
    jsonMessageReplacer: replacer,
    // The result itself, not graphql-ws's per-subscriber copy of it, so its serialisation is shared.
    // (graphql-ws copies it to drop `errors: undefined`, which JSON.stringify drops anyway.)
    // Not an async function: graphql-ws awaits what it returns, and one promise less per frame counts
    // at a thousand subscribers.
    onNext: options.onNext
      ? async (ctx, id, payload, args, result) =>
          (await options.onNext?.(ctx, id, payload, args, result)) ?? (result as never)
      : (_ctx, _id, _payload, _args, result) => result as never,
  });
  const internalError = (socket: WebSocket, err: unknown, what: string) => {
    logger.error({ err }, what);
    socket.close(CloseCode.InternalServerError, "Internal server error");
  };
  wss.on("error", (err) => logger.error({ err }, "WebSocket server error"));
  wss.on("connection", (socket, request) => {
    socket.once("error", (err) => internalError(socket, err, "WebSocket error"));
    let pongWait: NodeJS.Timeout | null = null;
    const ping =
      keepAliveMs > 0 && Number.isFinite(keepAliveMs)
        ? setInterval(() => {
            if (socket.readyState !== socket.OPEN) return;
            pongWait = setTimeout(() => socket.terminate(), keepAliveMs);
            socket.once("pong", () => {
              if (pongWait) clearTimeout(pongWait);
              pongWait = null;
            });
            socket.ping();
          }, keepAliveMs)
        : null;
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) => {
          const out = frame(data);
          if (socket.readyState === socket.OPEN) socket.send(out);
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (cb) =>
          socket.on("message", (data) => {
            cb(String(data)).catch((err: unknown) => internalError(socket, err, "WebSocket message failed"));
          }),
      },
      { socket, request } as E,
    );
    socket.once("close", (code, reason) => {
      if (pongWait) clearTimeout(pongWait);
      if (ping) clearInterval(ping);
      void closed(code, String(reason));
    });
  });
  return {
    async dispose() {
      for (const client of wss.clients) client.close(1001, "Going away");
      wss.removeAllListeners();
      await new Promise<void>((resolve, reject) => wss.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

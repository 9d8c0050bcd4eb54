/**
 * graphql-ws on /graphql, through the same Envelop plugins as HTTP (Yoga's `getEnveloped`): a
 * connection authenticates once (4401 without a key, 4403 with a refused one, 4429 over the limits),
 * each operation takes from its key's rate, at most MC_WS_MAX_SUBSCRIPTIONS are open at once, a slow
 * consumer is cut off (1008), and a key that stops working anywhere closes its sockets here.
 */
import { randomUUID } from "node:crypto";
import type { Server as HttpServer } from "node:http";
import { GraphQLError, getOperationAST } from "graphql";
import { WebSocketServer } from "ws";
import type { App } from "../app.js";
import { AppError } from "../errors.js";
import { perObject } from "../per-object.js";
import { withInputCode } from "../plugins/use-error-codes.js";
import { slowConsumerReason } from "../realtime/slow-consumers.js";
import type { Viewer } from "../security/roles.js";
import { type Auth, addressOf } from "./auth.js";
import { toGraphQLError } from "./graphql-errors.js";
import { serveGraphqlWs, type WsExtra } from "./graphql-ws.js";
import type { YogaServer } from "./yoga.js";

export function attachWebSocket(http: HttpServer, app: App, auth: Auth, { yoga, meterOf }: YogaServer) {
  const { config, logger, live, keyStreams, slowConsumers } = app;
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.wsMaxPayloadBytes });
  // A key that stops working (revoked anywhere, its agent deleted) ends its streams on this instance.
  const revoked = app.pubsub.subscribe("apikey:revoked");
  void (async () => {
    for await (const { keyId, reason } of revoked) keyStreams.endKey(keyId, reason ?? "API key revoked");
  })();
  wss.on("connection", (ws) => {
    const meter = meterOf(ws);
    const off = slowConsumers.watch({
      unsent: () => ws.bufferedAmount + meter.queued,
      cut: (bytes) => {
        const reason = slowConsumerReason(bytes, config.streamMaxBufferedBytes);
        logger.warn({ bytes, transport: "websocket" }, reason);
        ws.close(1008, reason.slice(0, 120));
        // A consumer that does not read will not read the close frame either.
        setTimeout(() => ws.terminate(), 1000).unref();
      },
    });
    ws.once("close", off);
  });
  http.on("upgrade", (req, socket, head) => {
    if (new URL(req.url ?? "/", "http://x").pathname !== "/graphql") {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
  });

  /** The operations open on each WebSocket (MC_WS_MAX_SUBSCRIPTIONS), gone with the socket. */
  const openOperations = perObject<object, Set<string>>(() => new Set());
  /** The subscription operations open on each WebSocket, and in all (mc_subscriptions_active). */
  const openSubscriptions = perObject<object, Set<string>>(() => new Set());

  const wsServer = serveGraphqlWs<Record<string, unknown>, WsExtra & { viewer?: Viewer }>(
    {
      connectionInitWaitTimeout: config.wsInitTimeoutMs,
      onConnect: async (ctx) => {
        const { viewer, rateLimited } = await auth.authenticateLimited(
          ctx.connectionParams?.authorization,
          addressOf(ctx.extra.request),
        );
        if (rateLimited) {
          ctx.extra.socket.close(4429, rateLimited.slice(0, 120));
          return false;
        }
        if (!viewer) {
          // graphql-ws closes with 4403 on `false`; a missing key is 4401 instead.
          if (ctx.connectionParams?.authorization === undefined) ctx.extra.socket.close(4401, "Unauthorized");
          return false;
        }
        ctx.extra.viewer = viewer;
        const socket = ctx.extra.socket;
        const off = keyStreams.add(viewer, (reason) => socket.close(4403, `Forbidden: ${reason}`.slice(0, 120)));
        socket.once("close", off);
        return true;
      },
      onComplete: (ctx, id) => {
        openOperations(ctx.extra).delete(id);
        if (openSubscriptions(ctx.extra).delete(id)) live.websocket--;
      },
      execute: (args) => (args.rootValue as { execute: typeof import("graphql").execute }).execute(args) as never,
      subscribe: (args) =>
        (args.rootValue as { subscribe: typeof import("graphql").subscribe }).subscribe(args) as never,
      onSubscribe: async (ctx, id, payload) => {
        const open = openOperations(ctx.extra);
        if (open.size >= config.wsMaxSubscriptions) {
          return [
            toGraphQLError(
              new AppError(
                "RATE_LIMITED",
                `this WebSocket already has ${open.size} operations open, the most one may have (MC_WS_MAX_SUBSCRIPTIONS); complete one or open another connection`,
                { limit: config.wsMaxSubscriptions },
              ),
            ),
          ];
        }
        // Counted at once (the checks below wait), so operations arriving together cannot all pass.
        open.add(id);
        const refuse = (errors: readonly GraphQLError[]) => {
          open.delete(id);
          return errors;
        };
        const {
          schema: s,
          execute,
          subscribe,
          contextFactory,
          parse,
          validate,
        } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra,
          params: payload,
          requestId: randomUUID(),
          viewer: ctx.extra.viewer ?? null,
        });
        let document: import("graphql").DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return refuse([error instanceof GraphQLError ? error : new GraphQLError(String(error))]);
        }
        const errors = validate(s, document);
        if (errors.length) return refuse(errors.map(withInputCode));
        const contextValue = await contextFactory();
        if (getOperationAST(document, payload.operationName)?.operation === "subscription") {
          const subs = openSubscriptions(ctx.extra);
          if (subs.size === 0) {
            ctx.extra.socket.once("close", () => {
              live.websocket -= subs.size;
              subs.clear();
            });
          }
          subs.add(id);
          live.websocket++;
        }
        return {
          schema: s,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables ?? undefined,
          contextValue,
          rootValue: { execute, subscribe },
        };
      },
    },
    wss,
    { logger },
  );

  return {
    /** Ends the revocation listener, then every socket. */
    async close() {
      await revoked.return?.();
      await wsServer.dispose();
      for (const client of wss.clients) client.terminate();
    },
  };
}

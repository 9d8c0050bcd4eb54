/**
 * The common request on its shortest path: a JSON `POST /graphql` of one query or mutation from a
 * non-browser client (an agent, the worker, the CLI). It runs through the same Envelop instance as every
 * other request (Yoga's `getEnveloped`: parse and validation caches, limits, guard, error codes, masked
 * errors) and its result is written by Yoga's own `processRegularResult` (status codes, headers,
 * serialisation), but without adapting the Node request and response to Fetch objects and back, which
 * was most of the per-request floor. Anything else (GET, SSE, multipart, batches, browsers, bodies
 * without a length or over the limit, unparsable documents, subscriptions) goes to Yoga untouched; a
 * body already read is handed over as `req.body`, which Yoga's server adapter reads instead of the stream.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { getOperationAST } from "graphql";
import { processRegularResult, type YogaServerInstance } from "graphql-yoga";

type Accepted = "application/json" | "application/graphql-response+json";

const REGULAR: readonly Accepted[] = ["application/graphql-response+json", "application/json"];

/**
 * The media type Yoga's result processors would answer a single (non-streamed) result with, found the
 * way Yoga finds it (graphql-yoga's accept.js and use-result-processor.js: the regular processor is
 * consulted last, and its last match wins), or null when no regular type matches and Yoga must decide.
 */
export function acceptedMediaType(accept: string | undefined): Accepted | null {
  const asked: string[] = [];
  for (const part of (accept || "*/*").replace(/\s/g, "").toLowerCase().split(",")) {
    const [type, ...params] = part.split(";");
    if (!type) continue;
    const charset = params.find((p) => p.includes("charset=")) ?? "charset=utf-8";
    if (charset === "charset=utf-8") asked.push(type);
  }
  let chosen: Accepted | null = null;
  for (const type of asked.reverse()) {
    const [pre, suf] = type.split("/");
    for (const offered of REGULAR) {
      const [oPre, oSuf] = offered.split("/");
      if ((pre === "*" || pre === oPre) && (suf === "*" || suf === oSuf)) chosen = offered;
    }
  }
  return chosen;
}

/** The whole body, or null when the client went away before sending it. */
function readBody(req: IncomingMessage, length: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let ended = false;
    req.on("data", (c: Buffer) => {
      size += c.length;
      chunks.push(c);
    });
    req.on("end", () => {
      ended = true;
      resolve(size === length && chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    });
    req.on("error", () => resolve(null));
    req.on("close", () => {
      if (!ended) resolve(null);
    });
  });
}

interface Params {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  extensions?: Record<string, unknown>;
}

function plainParams(body: unknown): Params | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  const p = body as Record<string, unknown>;
  for (const k of Object.keys(p)) if (!["query", "operationName", "variables", "extensions"].includes(k)) return null;
  if (typeof p.query !== "string" || !p.query) return null;
  if (p.operationName != null && typeof p.operationName !== "string") return null;
  if (p.variables != null && (typeof p.variables !== "object" || Array.isArray(p.variables))) return null;
  if (p.extensions != null && (typeof p.extensions !== "object" || Array.isArray(p.extensions))) return null;
  return p as unknown as Params;
}

/** Collects what Yoga's result processor builds, instead of a Fetch Response. */
class CapturedResponse {
  readonly headers: Record<string, string> = {};
  readonly status: number;
  constructor(
    readonly body: string | null,
    init?: { status?: number; headers?: Record<string, string> | Headers },
  ) {
    this.status = init?.status ?? 200;
    const h = init?.headers;
    if (h instanceof Headers) {
      h.forEach((v, k) => {
        this.headers[k] = v;
      });
    } else if (h) Object.assign(this.headers, h);
  }
}
const captureAPI = { Response: CapturedResponse } as unknown as Parameters<typeof processRegularResult>[1];

export interface FastPathOptions {
  /** Largest body taken (MC_MAX_BODY_BYTES); larger ones go to Yoga, which refuses them. */
  maxBodyBytes: number;
  /** Who is calling, from the Authorization header. */
  /** Authenticates within the rate limits (`rateLimited` says why a caller is over one). */
  authenticate(
    header: string | undefined,
    req: IncomingMessage,
  ): Promise<{ viewer: unknown; authFailure?: string; rateLimited?: string }>;
}

/**
 * Answers `req` when it is the plain case; resolves false (having touched nothing but, maybe, the body,
 * kept in `req.body`) when Yoga should.
 */
export function createGraphQLFastPath(
  // biome-ignore lint/suspicious/noExplicitAny: Yoga's server context type is the app's own
  yoga: YogaServerInstance<any, any>,
  options: FastPathOptions,
) {
  return async function fastPath(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<boolean> {
    if (req.method !== "POST" || req.url !== "/graphql" || req.headers.origin !== undefined) return false;
    const accepted = acceptedMediaType(req.headers.accept);
    if (!accepted) return false;
    const length = Number(req.headers["content-length"]);
    if (!Number.isInteger(length) || length <= 0 || length > options.maxBodyBytes || req.headers["transfer-encoding"])
      return false;
    const raw = await readBody(req, length);
    if (!raw) {
      res.destroy();
      return true;
    }
    const handOver = () => {
      (req as IncomingMessage & { body?: unknown }).body = raw;
      return false;
    };
    let executing = false;
    try {
      return await answer(raw, accepted, handOver);
    } catch {
      // Something unexpected before execution (the database down while authenticating, say): Yoga
      // answers the same request with its own error handling. Once the operation has run it must not
      // run again: the answer is a masked error.
      if (res.headersSent) return true;
      if (!executing) return handOver();
      res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
      res.end(
        JSON.stringify({ errors: [{ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }),
      );
      return true;
    }

    async function answer(raw: Buffer, accepted: Accepted, handOver: () => boolean): Promise<boolean> {
      let params: Params | null;
      try {
        params = plainParams(JSON.parse(raw.toString("utf8")));
      } catch {
        return handOver();
      }
      if (!params) return handOver();
      const auth = await options.authenticate(req.headers.authorization, req);
      const enveloped = yoga.getEnveloped({
        req,
        requestId,
        params,
        viewer: auth.viewer,
        authFailure: auth.authFailure,
        rateLimited: auth.rateLimited,
        limitsChecked: true,
      });
      let document: ReturnType<typeof enveloped.parse>;
      try {
        document = enveloped.parse(params.query);
      } catch {
        return handOver();
      }
      const operation = getOperationAST(document, params.operationName ?? undefined);
      if (!operation || operation.operation === "subscription") return handOver();
      const errors = enveloped.validate(enveloped.schema, document);
      executing = errors.length === 0;
      const result =
        errors.length > 0
          ? { errors }
          : await enveloped.execute({
              schema: enveloped.schema,
              document,
              contextValue: await enveloped.contextFactory(),
              variableValues: params.variables ?? undefined,
              operationName: params.operationName ?? undefined,
            });
      const out = (await processRegularResult(
        result as Parameters<typeof processRegularResult>[0],
        captureAPI,
        accepted,
      )) as unknown as CapturedResponse;
      res.writeHead(out.status, out.headers);
      res.end(out.body);
      return true;
    }
  };
}

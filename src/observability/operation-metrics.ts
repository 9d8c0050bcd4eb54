/**
 * GraphQL operation metrics under the names of envelop's prometheus plugin (`graphql_envelop_request`,
 * `graphql_envelop_request_duration`, `graphql_envelop_error_result`, labelled by operation name and
 * type), so dashboards written for `@graphql-yoga/plugin-prometheus` read them unchanged.
 *
 * Why not that plugin itself: measured in `npm run bench -- claims`, it cost 30 us of server CPU per
 * `{ __typename }` request (0.26-0.27 -> 0.29-0.30 ms, against a bare node:http floor of 0.09 ms: the
 * request floor went past issue 13's 3x) and up to 0.1 ms per claim + complete cycle, building label
 * parameter objects and filtering its phase handlers on every request. Here an operation's label values
 * are worked out once per parsed document (Yoga's parser cache hands out the same document object), and a
 * request costs a clock read, one counter increment and one histogram observation.
 */
import { type DocumentNode, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import { Counter, Histogram, type Registry } from "prom-client";

interface Series {
  labels: { operationName: string; operationType: string };
}

function isAsyncIterable(x: unknown): boolean {
  return typeof x === "object" && x !== null && Symbol.asyncIterator in x;
}

export function useOperationMetrics(registry: Registry): Plugin {
  const registers = [registry];
  const requests = new Counter({
    name: "graphql_envelop_request",
    help: "GraphQL operations executed or subscribed on this instance, by operation name and type.",
    labelNames: ["operationName", "operationType"],
    registers,
  });
  const duration = new Histogram({
    name: "graphql_envelop_request_duration",
    help: "Time executing a GraphQL operation on this instance, in seconds (parsing and validation are cached).",
    labelNames: ["operationName", "operationType"],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const errors = new Counter({
    name: "graphql_envelop_error_result",
    help: "GraphQL operations on this instance whose result held errors, by operation and phase (validate, execute, subscribe).",
    labelNames: ["operationName", "operationType", "phase"],
    registers,
  });

  const byDocument = new WeakMap<DocumentNode, Map<string, Series>>();
  const seriesOf = (document: DocumentNode, operationName: string | null | undefined): Series => {
    let byName = byDocument.get(document);
    if (!byName) {
      byName = new Map();
      byDocument.set(document, byName);
    }
    const key = operationName ?? "";
    let series = byName.get(key);
    if (!series) {
      const op = getOperationAST(document, operationName);
      series = { labels: { operationName: op?.name?.value ?? "Anonymous", operationType: op?.operation ?? "unknown" } };
      byName.set(key, series);
    }
    return series;
  };

  return {
    onValidate({ params, context }) {
      return ({ result }) => {
        if (!result.length) return;
        const name = (context as { params?: { operationName?: string | null } }).params?.operationName;
        errors.inc({ ...seriesOf(params.documentAST, name).labels, phase: "validate" });
      };
    },
    onExecute({ args }) {
      const series = seriesOf(args.document, args.operationName);
      const start = performance.now();
      return {
        onExecuteDone({ result }) {
          requests.inc(series.labels);
          duration.observe(series.labels, (performance.now() - start) / 1000);
          if (!isAsyncIterable(result) && (result as { errors?: unknown[] }).errors?.length) {
            errors.inc({ ...series.labels, phase: "execute" });
          }
        },
      };
    },
    onSubscribe({ args }) {
      const series = seriesOf(args.document, args.operationName);
      requests.inc(series.labels);
      return {
        onSubscribeError() {
          errors.inc({ ...series.labels, phase: "subscribe" });
        },
      };
    },
  };
}

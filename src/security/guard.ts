/**
 * The one guard every operation passes, on every transport (Yoga runs it for HTTP and SSE, and the
 * WebSocket server executes through the same Envelop plugins): authentication, the role table, agent
 * scoping, per-key rate limits, and an audit entry for audited admin operations.
 */
import {
  type ExecutionArgs,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  getArgumentValues,
  getOperationAST,
  Kind,
  type SelectionSetNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import type { AppContext } from "../context.js";
import { recordActivity, sqlTransact } from "../services/context.js";
import { authorize, type Rule } from "./roles.js";

function refuse(code: string, message: string, status: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

function rootFields(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  out: FieldNode[],
  seen = new Set<string>(),
) {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) out.push(sel);
    else if (sel.kind === Kind.INLINE_FRAGMENT) rootFields(sel.selectionSet, fragments, out, seen);
    else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      const f = fragments.get(sel.name.value);
      if (f) rootFields(f.selectionSet, fragments, out, seen);
    }
  }
  return out;
}

/** The refusal for this operation, or null plus the audited fields when it may run. */
function check(args: ExecutionArgs): { error: GraphQLError } | { audited: string[] } {
  const ctx = args.contextValue as unknown as AppContext;
  const viewer = ctx.viewer;
  // Decided with the context (the counters may live in Redis): security/rate-limits.ts.
  if (ctx.rateLimited) return { error: refuse("RATE_LIMITED", ctx.rateLimited, 429) };
  if (!viewer) {
    return {
      error: refuse(
        "UNAUTHENTICATED",
        ctx.authFailure ??
          "an API key is required: send Authorization: Bearer <key> (connectionParams.authorization over WebSocket)",
        401,
      ),
    };
  }
  const op = getOperationAST(args.document, args.operationName);
  if (!op) return { audited: [] };
  const root = args.schema.getRootType(op.operation);
  if (!root) return { audited: [] };
  const fragments = new Map(
    args.document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const audited: string[] = [];
  for (const node of rootFields(op.selectionSet, fragments, [])) {
    const name = node.name.value;
    if (name.startsWith("__")) continue;
    const def = root.getFields()[name];
    if (!def) continue;
    let fieldArgs: Record<string, unknown> = {};
    try {
      fieldArgs = getArgumentValues(def, node, args.variableValues ?? {});
    } catch {
      // Bad argument values are reported by execution with their own message.
    }
    const decision = authorize(viewer, `${root.name}.${name}`, fieldArgs);
    if (!decision.ok) return { error: refuse(decision.code, decision.message, 403) };
    if ((decision.rule as Rule).audit) audited.push(`${root.name}.${name}`);
  }
  return { audited };
}

async function audit(ctx: AppContext, fields: string[]) {
  const viewer = ctx.viewer!;
  await sqlTransact(ctx.deps, (unit) =>
    recordActivity(unit, {
      type: "audit.admin_operation",
      actor: ctx.actor,
      summary: `${viewer.role} key "${viewer.name}" called ${fields.join(", ")}`,
      after: { keyId: viewer.keyId, fields },
    }),
  );
}

export function useGuard(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const verdict = check(args);
      if ("error" in verdict) {
        setResultAndStopExecution({ errors: [verdict.error] });
        return;
      }
      if (verdict.audited.length) {
        return {
          onExecuteDone({ result }) {
            if ("errors" in result && result.errors?.length) return;
            return audit(args.contextValue as unknown as AppContext, verdict.audited);
          },
        };
      }
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const verdict = check(args);
      if ("error" in verdict) setResultAndStopExecution({ errors: [verdict.error] });
    },
  };
}

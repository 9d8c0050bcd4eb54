/**
 * Limits on what one operation may ask for, as validation rules (so they apply to HTTP, SSE and
 * WebSocket alike and before anything executes): depth, aliases, directives and an estimated cost.
 * The token limit is enforced by the parser. Each refusal is QUERY_TOO_COMPLEX with the number found
 * and the limit.
 */
import {
  type ArgumentNode,
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLObjectType,
  type GraphQLOutputType,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";

export interface LimitOptions {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
}

function tooComplex(message: string, data: Record<string, number | string>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "QUERY_TOO_COMPLEX", http: { status: 400 }, ...data } });
}

function fragmentsOf(ctx: ValidationContext): Map<string, FragmentDefinitionNode> {
  return new Map(
    ctx
      .getDocument()
      .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

interface Shape {
  /** Nesting below this selection set (a set of leaves is 1). */
  depth: number;
  aliases: number;
  directives: number;
}

/**
 * Depth, aliases and directives of a selection set. Each fragment is measured once and reused, so a
 * "fragment bomb" (fragments spreading each other twice over) costs linear time, not exponential; a
 * fragment cycle contributes nothing here (another rule reports it).
 */
function measure(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  memo: Map<string, Shape | null>,
): Shape {
  const acc: Shape = { depth: 1, aliases: 0, directives: 0 };
  const add = (inner: Shape, extraDepth: number) => {
    acc.depth = Math.max(acc.depth, inner.depth + extraDepth);
    acc.aliases += inner.aliases;
    acc.directives += inner.directives;
  };
  for (const sel of set.selections) {
    acc.directives += sel.directives?.length ?? 0;
    if (sel.kind === Kind.FIELD) {
      if (sel.alias) acc.aliases++;
      if (sel.selectionSet) add(measure(sel.selectionSet, fragments, memo), 1);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      add(measure(sel.selectionSet, fragments, memo), 0);
    } else {
      const name = sel.name.value;
      if (!memo.has(name)) {
        const frag = fragments.get(name);
        memo.set(name, null); // in progress: a cycle back here adds nothing
        if (frag) {
          const inner = measure(frag.selectionSet, fragments, memo);
          memo.set(name, { ...inner, directives: inner.directives + (frag.directives?.length ?? 0) });
        }
      }
      const inner = memo.get(name);
      if (inner) add(inner, 0);
    }
  }
  return acc;
}

/** Size a list field is assumed to return: its `first`/`limit` argument, else this. */
const DEFAULT_LIST_SIZE = 20;

function listFactor(type: GraphQLOutputType, args: readonly ArgumentNode[]): number {
  let t = type;
  if (isNonNullType(t)) t = t.ofType;
  const sized = args.find((a) => a.name.value === "first" || a.name.value === "limit");
  const n = sized?.value.kind === Kind.INT ? Number(sized.value.value) : null;
  if (isListType(t)) return n ?? DEFAULT_LIST_SIZE;
  if (getNamedType(t).name.endsWith("Connection")) return n ?? DEFAULT_LIST_SIZE;
  return 1;
}

/** Estimated cost of a selection set; fragments are costed once per type (memo), cycles count 0. */
function cost(
  set: SelectionSetNode,
  parent: GraphQLObjectType | null,
  fragments: Map<string, FragmentDefinitionNode>,
  ctx: ValidationContext,
  memo: Map<string, number | null>,
): number {
  let total = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const def = parent?.getFields()[sel.name.value];
      if (!def) {
        total += 1;
        continue;
      }
      const named = getNamedType(def.type);
      const child = isObjectType(named)
        ? named
        : isInterfaceType(named)
          ? (ctx.getSchema().getPossibleTypes(named)[0] ?? null)
          : null;
      const inner = sel.selectionSet ? cost(sel.selectionSet, child, fragments, ctx, memo) : 0;
      // A connection's size is counted once, at the connection; its edges/nodes lists add no factor.
      const inConnection =
        parent.name.endsWith("Connection") && (sel.name.value === "edges" || sel.name.value === "nodes");
      total += 1 + (inConnection ? 1 : listFactor(def.type, sel.arguments ?? [])) * inner;
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const cond = sel.typeCondition ? ctx.getSchema().getType(sel.typeCondition.name.value) : parent;
      total += cost(sel.selectionSet, isObjectType(cond) ? cond : parent, fragments, ctx, memo);
    } else {
      const name = sel.name.value;
      if (!memo.has(name)) {
        memo.set(name, null);
        const frag = fragments.get(name);
        if (frag) {
          const cond = ctx.getSchema().getType(frag.typeCondition.name.value);
          memo.set(name, cost(frag.selectionSet, isObjectType(cond) ? cond : parent, fragments, ctx, memo));
        }
      }
      total += memo.get(name) ?? 0;
    }
  }
  return total;
}

export function limitsRule(limits: LimitOptions) {
  return (ctx: ValidationContext): ASTVisitor => ({
    OperationDefinition(op) {
      const fragments = fragmentsOf(ctx);
      const shape = measure(op.selectionSet, fragments, new Map());
      const acc = { ...shape, directives: shape.directives + (op.directives?.length ?? 0) };
      const checks = [
        [acc.depth, limits.maxDepth, "depth", `nests ${acc.depth} levels deep`],
        [acc.aliases, limits.maxAliases, "aliases", `uses ${acc.aliases} aliases`],
        [acc.directives, limits.maxDirectives, "directives", `uses ${acc.directives} directives`],
      ] as const;
      for (const [found, limit, what, says] of checks) {
        if (found > limit) {
          ctx.reportError(tooComplex(`the operation ${says}; at most ${limit} are accepted`, { [what]: found, limit }));
          return;
        }
      }
      const root = ctx.getSchema().getRootType(op.operation) ?? null;
      const total = cost(op.selectionSet, root, fragments, ctx, new Map());
      if (total > limits.maxCost) {
        ctx.reportError(
          tooComplex(
            `the operation's estimated cost is ${total}; at most ${limits.maxCost} is accepted (ask for smaller pages with first/limit)`,
            { cost: total, limit: limits.maxCost },
          ),
        );
      }
    },
  });
}

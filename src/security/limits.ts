/**
 * Limits on what one operation may ask for, as validation rules (so they apply to HTTP, SSE and
 * WebSocket alike and before anything executes): depth, aliases, directives and an estimated cost.
 * The token limit is enforced by the parser. Each refusal is QUERY_TOO_COMPLEX with the number found
 * and the limit. One rule on names rides along: no `__proto__` response name (protoResponseName).
 */
import {
  type ArgumentNode,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLObjectType,
  type GraphQLOutputType,
  getIntrospectionQuery,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
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

function fragmentsOf(doc: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
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
      // An introspection field's selection has bounds of its own (checkIntrospection).
      if (sel.selectionSet && !INTROSPECTION_ROOTS.has(sel.name.value))
        add(measure(sel.selectionSet, fragments, memo), 1);
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

/**
 * Introspection. The standard introspection query (graphql-js `getIntrospectionQuery`, which GraphiQL,
 * graphql-codegen and every client generator send) nests 13-15 levels through its `ofType` chain, past
 * any depth limit an API would choose, so `__schema` and `__type` selections are bounded by their own
 * shape instead: at most MAX_INTROSPECTION_ROOTS of them per operation (no alias floods), no deeper than
 * the standard query's deepest variant (plus a margin for other generators' longer `ofType` chains), and
 * along any one path each list of the schema (`types`, `fields`, `interfaces`, ...) at most once. That
 * last rule is what refuses the hostile shapes (`fields { type { fields { type { ... } } } }`), whose
 * size multiplies with every repetition; the standard query never repeats one.
 */
const INTROSPECTION_ROOTS = new Set(["__schema", "__type"]);
const INTROSPECTION_LISTS = new Set([
  "types",
  "fields",
  "inputFields",
  "interfaces",
  "possibleTypes",
  "enumValues",
  "directives",
  "args",
]);
export const MAX_INTROSPECTION_ROOTS = 3;
/** How much deeper than the standard query an introspection selection may go. */
const INTROSPECTION_DEPTH_MARGIN = 4;

/** The depth of the standard introspection query's `__schema` selection, with every option on. */
const STANDARD_INTROSPECTION_DEPTH = (() => {
  const doc = parse(
    getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    }),
  );
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const root = op?.kind === Kind.OPERATION_DEFINITION ? op.selectionSet.selections[0] : undefined;
  if (root?.kind !== Kind.FIELD || !root.selectionSet) throw new Error("unexpected introspection query shape");
  // `measure` leaves introspection roots out, so measure what is under __schema, plus __schema itself.
  return measure(root.selectionSet, fragmentsOf(doc), new Map()).depth + 1;
})();
export const MAX_INTROSPECTION_DEPTH = STANDARD_INTROSPECTION_DEPTH + INTROSPECTION_DEPTH_MARGIN;

/** Why an operation's introspection is refused, or null. */
function checkIntrospection(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
): { message: string; data: Record<string, number | string> } | null {
  let problem: { message: string; data: Record<string, number | string> } | null = null;
  // Introspection selections are small (the standard query visits about 200); a budget keeps a fragment
  // bomb under __schema from costing exponential time here.
  let steps = 0;
  const STEPS = 10_000;
  /** Walks a selection under an introspection root: `lists` are the list fields on the path so far. */
  const walk = (s: SelectionSetNode, lists: readonly string[], depth: number, visiting: Set<string>) => {
    for (const sel of s.selections) {
      if (problem) return;
      if (++steps > STEPS) {
        problem = { message: "the operation's introspection is too large to accept", data: { steps: STEPS } };
        return;
      }
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        if (!sel.selectionSet) continue;
        if (depth + 1 > MAX_INTROSPECTION_DEPTH) {
          problem = {
            message: `the operation's introspection nests more than ${MAX_INTROSPECTION_DEPTH} levels deep; the standard introspection query needs ${STANDARD_INTROSPECTION_DEPTH}`,
            data: { depth: depth + 1, limit: MAX_INTROSPECTION_DEPTH },
          };
          return;
        }
        if (INTROSPECTION_LISTS.has(name) && lists.includes(name)) {
          problem = {
            message: `the operation's introspection asks for "${name}" inside "${name}" (${[...lists, name].join(" > ")}); the standard introspection query asks for each list once per path`,
            data: { field: name },
          };
          return;
        }
        walk(sel.selectionSet, INTROSPECTION_LISTS.has(name) ? [...lists, name] : lists, depth + 1, visiting);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, lists, depth, visiting);
      } else {
        const frag = fragments.get(sel.name.value);
        if (!frag || visiting.has(frag.name.value)) continue; // a cycle is reported by another rule
        walk(frag.selectionSet, lists, depth, new Set([...visiting, frag.name.value]));
      }
    }
  };
  /** Introspection roots in a fragment, counted once per fragment (linear even for fragment bombs). */
  const rootsIn = new Map<string, number>();
  /** Counts (and walks) the introspection roots of a selection, fragments included. */
  const find = (s: SelectionSetNode): number => {
    let roots = 0;
    for (const sel of s.selections) {
      if (problem) return roots;
      if (sel.kind === Kind.FIELD) {
        if (INTROSPECTION_ROOTS.has(sel.name.value)) {
          roots++;
          if (sel.selectionSet) walk(sel.selectionSet, [], 1, new Set());
        } else if (sel.selectionSet) {
          roots += find(sel.selectionSet);
        }
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        roots += find(sel.selectionSet);
      } else {
        const name = sel.name.value;
        if (!rootsIn.has(name)) {
          rootsIn.set(name, 0); // in progress: a cycle back here counts nothing
          const frag = fragments.get(name);
          rootsIn.set(name, frag ? find(frag.selectionSet) : 0);
        }
        roots += rootsIn.get(name)!;
      }
    }
    return roots;
  };
  const roots = find(set);
  if (problem) return problem;
  if (roots > MAX_INTROSPECTION_ROOTS) {
    return {
      message: `the operation asks for __schema or __type ${roots} times; at most ${MAX_INTROSPECTION_ROOTS} are accepted`,
      data: { introspections: roots, limit: MAX_INTROSPECTION_ROOTS },
    };
  }
  return null;
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

/**
 * A response name `__proto__` (an alias: no field has that name) is refused. It is valid GraphQL, but
 * the server's executor builds response objects as plain objects (scripts/build.mjs: V8 keeps
 * null-prototype ones in its slow dictionary mode), where that key would set the prototype.
 */
function protoResponseName(node: FieldNode): GraphQLError | null {
  if ((node.alias ?? node.name).value !== "__proto__") return null;
  return new GraphQLError("`__proto__` cannot be a response name; choose another alias", {
    nodes: node,
    extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
  });
}

export function limitsRule(limits: LimitOptions) {
  return (ctx: ValidationContext): ASTVisitor => ({
    Field(node) {
      const refused = protoResponseName(node);
      if (refused) ctx.reportError(refused);
    },
    OperationDefinition(op) {
      const fragments = fragmentsOf(ctx.getDocument());
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
      const introspection = checkIntrospection(op.selectionSet, fragments);
      if (introspection) {
        ctx.reportError(tooComplex(introspection.message, introspection.data));
        return;
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

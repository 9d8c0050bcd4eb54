/**
 * Connection types named after their node (`TaskConnection`, `TaskConnectionEdge`), as the contract and
 * clients expect, rather than after the field that returns them (Pothos's default, `QueryTasksConnection`).
 * One type serves every field that lists the same node, so one client fragment fits them all.
 */
import { builder } from "./builder.js";

/** A shared connection of `node` with `totalCount`, for `t.prismaConnection`/`t.relatedConnection`. */
export function nodeConnection<Node extends Parameters<typeof builder.connectionObject>[0]["type"]>(
  node: Node,
  name: string,
) {
  return builder.connectionObject(
    {
      type: node,
      name: `${name}Connection`,
      fields: (t) => ({
        totalCount: t.int({
          // The Prisma plugin answers a selection of only totalCount without loading the page.
          extensions: { pothosPrismaTotalCount: true },
          resolve: (parent) => {
            // prismaConnection leaves a loader here, relatedConnection the count it selected.
            const total = (parent as unknown as { totalCount: number | (() => number | Promise<number>) }).totalCount;
            return typeof total === "function" ? total() : total;
          },
        }),
      }),
    },
    { name: `${name}ConnectionEdge` },
  );
}

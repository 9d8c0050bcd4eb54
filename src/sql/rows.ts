/**
 * Rows read on the driver path, decoded to exactly what Prisma returns for the same model (Date for
 * DateTime, boolean for Boolean, number for Int and Float), so a row from either path can be handed to
 * the Pothos resolvers and the event snapshots. The column types come from the Prisma datamodel: the
 * schema stays the one source of truth.
 */

import { getDatamodel } from "../generated/pothos-types.js";
import type { Agent, Task, TaskOutput } from "../generated/prisma/client.js";
import { raw, type Sql } from "./sql.js";

type Decoder = (value: unknown) => unknown;

const toDate: Decoder = (v) => (v == null ? null : v instanceof Date ? v : new Date(v as string | number));
const toBool: Decoder = (v) => (v == null ? null : v === true || v === 1 || v === 1n || v === "1" || v === "t");
const toNumber: Decoder = (v) => (v == null ? null : Number(v));

const DECODERS: Record<string, Decoder> = { DateTime: toDate, Boolean: toBool, Int: toNumber, Float: toNumber };

export interface ModelShape {
  /** Columns and how to decode those that need it. */
  decoders: [string, Decoder][];
  /** Every scalar column name (to whitelist column names in SET clauses). */
  columns: ReadonlySet<string>;
}

const models = getDatamodel().datamodel.models as Record<
  string,
  { fields: readonly { name: string; kind: string; type: string }[] }
>;

function shapeOf(model: string): ModelShape {
  const fields = (models[model]?.fields ?? []).filter((f) => f.kind === "scalar" || f.kind === "enum");
  if (!fields.length) throw new Error(`no model ${model} in the datamodel`);
  return {
    decoders: fields.filter((f) => DECODERS[f.type]).map((f) => [f.name, DECODERS[f.type]!]),
    columns: new Set(fields.map((f) => f.name)),
  };
}

const shapes = new Map<string, ModelShape>();

export function modelShape(model: string): ModelShape {
  let shape = shapes.get(model);
  if (!shape) {
    shape = shapeOf(model);
    shapes.set(model, shape);
  }
  return shape;
}

/**
 * The columns a Prisma `select` asks for (its scalar keys that are columns of `model`), plus `always`;
 * null (every column) when there is no select. Only datamodel names come out, so they are safe as
 * identifiers.
 */
export function selectedColumns(
  model: string,
  select: Record<string, unknown> | undefined,
  always: readonly string[] = ["id"],
): string[] | null {
  if (!select) return null;
  const columns = modelShape(model).columns;
  const out = new Set(always);
  for (const [k, v] of Object.entries(select)) if (v === true && columns.has(k)) out.add(k);
  return [...out].sort();
}

/** The quoted table name of `model`, refused unless the datamodel has it (safe as an identifier). */
export function tableOf(model: string): Sql {
  modelShape(model);
  return raw(`"${model}"`);
}

/** `t."a", t."b"` for `columns`, or `t.*` for null (every column). */
export function columnList(alias: string, columns: readonly string[] | null): string {
  return columns ? columns.map((c) => `${alias}."${c}"`).join(", ") : `${alias}.*`;
}

/** Decodes `row` (in place) to the Prisma shape of `model`. */
export function decodeRow<T>(model: string, row: Record<string, unknown>): T {
  for (const [name, decode] of modelShape(model).decoders) {
    if (name in row) row[name] = decode(row[name]);
  }
  return row as T;
}

export const decodeTask = (row: Record<string, unknown>) => decodeRow<Task>("Task", row);

/**
 * A task row read with its assignee count in an `assigneeCount` column (claims and releases need it to
 * tell ASSIGNED from INBOX), split into the task and the count.
 */
export function decodeTaskWithAssignees(row: Record<string, unknown>): { task: Task; assignees: number } {
  const { assigneeCount, ...rest } = row;
  return { task: decodeTask(rest), assignees: count(assigneeCount) };
}
export const decodeAgent = (row: Record<string, unknown>) => decodeRow<Agent>("Agent", row);
export const decodeOutput = (row: Record<string, unknown>) => decodeRow<TaskOutput>("TaskOutput", row);

/** A COUNT(*) or other integer that one driver returns as bigint or string. */
export const count = (value: unknown): number => Number(value ?? 0);

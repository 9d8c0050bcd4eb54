/**
 * The status vocabulary as SQL literals, generated from the domain's constants so a status is spelled
 * in one place (src/domain) and never repeated as a string in a statement.
 */
import { AgentStatus } from "../domain/enums.js";
import { SignOff } from "../domain/sign-off.js";
import { CLAIMABLE_STATUSES, FINISHED_STATUSES, TaskStatus } from "../domain/task-status.js";
import { literal, raw, type Sql } from "./sql.js";

type Literals<T extends Record<string, string>> = { readonly [K in keyof T]: Sql };

function literals<T extends Record<string, string>>(values: T): Literals<T> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, literal(v)])) as Literals<T>;
}

function list(values: readonly string[]): Sql {
  return raw(`(${values.map((v) => literal(v).strings[0]).join(", ")})`);
}

/** `Task.status` literals: `TS.IN_PROGRESS` is `'IN_PROGRESS'`. */
export const TS = literals(TaskStatus);
/** `Task.signOff` literals: `SO.PENDING` is `'PENDING'`. */
export const SO = literals(SignOff);
/** `Agent.status` literals. */
export const AS = literals(AgentStatus);
/** `('DONE', 'SKIPPED')`: dependency statuses that let dependents go. */
export const FINISHED = list(FINISHED_STATUSES);
/** `('INBOX', 'ASSIGNED', 'BLOCKED')`: statuses of a task that has not started. */
export const UNSTARTED = list([TaskStatus.INBOX, TaskStatus.ASSIGNED, TaskStatus.BLOCKED]);
/** `('INBOX', 'ASSIGNED')`: statuses a claim takes a task from. */
export const CLAIMABLE = list(CLAIMABLE_STATUSES);

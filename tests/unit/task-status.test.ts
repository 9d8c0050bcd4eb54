import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assertTransition,
  canTransition,
  isTerminal,
  needsReview,
  TASK_STATUSES,
  type TaskStatus,
  TERMINAL_STATUSES,
  TRANSITIONS,
} from "../../src/domain/task-status.js";
import { InvalidTransitionError } from "../../src/errors.js";

/** The contract's diagram, written out independently of TRANSITIONS. */
const EXPECTED = new Set([
  "INBOX>ASSIGNED",
  "INBOX>IN_PROGRESS",
  "INBOX>BLOCKED",
  "INBOX>CANCELLED",
  "INBOX>SKIPPED",
  "ASSIGNED>INBOX",
  "ASSIGNED>IN_PROGRESS",
  "ASSIGNED>BLOCKED",
  "ASSIGNED>CANCELLED",
  "ASSIGNED>SKIPPED",
  "IN_PROGRESS>ASSIGNED",
  "IN_PROGRESS>INBOX",
  "IN_PROGRESS>REVIEW",
  "IN_PROGRESS>DONE",
  "IN_PROGRESS>FAILED",
  "IN_PROGRESS>BLOCKED",
  "IN_PROGRESS>CANCELLED",
  "IN_PROGRESS>SKIPPED",
  "REVIEW>DONE",
  "REVIEW>ASSIGNED",
  "REVIEW>INBOX",
  "REVIEW>FAILED",
  "REVIEW>CANCELLED",
  "REVIEW>SKIPPED",
  "BLOCKED>ASSIGNED",
  "BLOCKED>INBOX",
  "BLOCKED>CANCELLED",
  "BLOCKED>SKIPPED",
]);

describe("task state machine", () => {
  it.each(TASK_STATUSES.flatMap((from) => TASK_STATUSES.map((to) => [from, to] as const)))(
    "%s -> %s follows the contract",
    (from, to) => {
      const legal = EXPECTED.has(`${from}>${to}`);
      expect(canTransition(from, to)).toBe(legal);
      if (legal) expect(() => assertTransition(from, to)).not.toThrow();
      else {
        try {
          assertTransition(from, to);
          expect.unreachable();
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidTransitionError);
          const e = error as InvalidTransitionError;
          expect(e.extensions.code).toBe("INVALID_TRANSITION");
          expect(e.extensions.allowed).toEqual(TRANSITIONS[from]);
          for (const allowed of TRANSITIONS[from]) expect(e.message).toContain(allowed);
        }
      }
    },
  );

  it("has exactly four terminal states, none with a way out", () => {
    expect([...TERMINAL_STATUSES].sort()).toEqual(["CANCELLED", "DONE", "FAILED", "SKIPPED"]);
    for (const s of TERMINAL_STATUSES) expect(TRANSITIONS[s]).toEqual([]);
    for (const s of TASK_STATUSES.filter((x) => !isTerminal(x))) {
      expect(canTransition(s, "CANCELLED")).toBe(true);
      expect(canTransition(s, "SKIPPED")).toBe(true);
    }
  });

  it("never reaches an illegal state or loses a task under random operations", () => {
    // A tiny model of the server: a map of tasks, operations that try moves; an illegal move must throw
    // and leave the task as it was.
    const op = fc.record({ task: fc.nat(4), to: fc.constantFrom(...TASK_STATUSES) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const tasks: TaskStatus[] = ["INBOX", "INBOX", "INBOX", "INBOX", "INBOX"];
        const history: TaskStatus[][] = tasks.map((s) => [s]);
        for (const { task, to } of ops) {
          const from = tasks[task]!;
          try {
            assertTransition(from, to);
            tasks[task] = to;
            history[task]!.push(to);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidTransitionError);
            expect(tasks[task]).toBe(from);
          }
        }
        expect(tasks).toHaveLength(5);
        for (const h of history) {
          for (let i = 1; i < h.length; i++) expect(EXPECTED.has(`${h[i - 1]}>${h[i]}`)).toBe(true);
          const firstTerminal = h.findIndex((s) => isTerminal(s));
          if (firstTerminal >= 0) expect(h.length - 1).toBe(firstTerminal);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("applies the review rule", () => {
    expect(needsReview({ requiresReview: false, agentLevel: "SPECIALIST" })).toBe(false);
    expect(needsReview({ requiresReview: false, agentLevel: "LEAD" })).toBe(false);
    expect(needsReview({ requiresReview: false, agentLevel: "INTERN" })).toBe(true);
    expect(needsReview({ requiresReview: true, agentLevel: "LEAD" })).toBe(true);
    expect(needsReview({ requiresReview: true, agentLevel: "SPECIALIST" })).toBe(true);
  });
});

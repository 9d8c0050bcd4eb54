import { describe, expect, it } from "vitest";
import { interpolate, nextOccurrence, previousOccurrence, scheduleError } from "../../src/domain/cron.js";
import { parseMentions } from "../../src/domain/mentions.js";
import { BUILT_IN_PRICES, costOf, priceFor } from "../../src/domain/pricing.js";
import { buildPrompt, buildReviewPrompt, parseVerdict } from "../../src/domain/prompt.js";
import { routeModel } from "../../src/domain/routing.js";
import { ftsQuery } from "../../src/services/documents.js";

const agent = { name: "ada", role: "writer", specialties: ["docs", "api"], systemPrompt: "Write plainly." };
const task = {
  id: "task_x",
  title: "Write the guide",
  description: "Cover auth.",
  priority: "HIGH",
  tags: ["docs"],
  attempts: 2,
  maxAttempts: 3,
};

describe("buildPrompt", () => {
  it("puts identity, project, PRD, task, dependency deliverables, feedback and the last error in order", () => {
    const p = buildPrompt({
      agent,
      task,
      project: { name: "Launch", description: "Ship v1.", prd: "Must support SSO." },
      deliverables: [{ taskTitle: "Research", title: "Result: Research", content: "Users want SSO." }],
      reviews: [
        { verdict: "APPROVED", feedback: "fine", at: "2026-01-01T00:00:00Z" },
        { verdict: "REJECTED", feedback: "Mention API keys.", at: "2026-01-02T00:00:00Z" },
      ],
      lastError: "timed out",
    });
    expect(p.system).toBe(
      "You are @ada, writer, an agent of Mission Control.\nYour specialties: docs, api.\n\nWrite plainly.",
    );
    const order = [
      "# Project: Launch",
      "Must support SSO.",
      "# Task: Write the guide",
      "Attempt 2 of 3.",
      "Cover auth.",
      "### Research: Result: Research",
      "Users want SSO.",
      "1. (2026-01-02T00:00:00Z) Mention API keys.",
      "timed out",
    ];
    let at = -1;
    for (const piece of order) {
      const i = p.user.indexOf(piece);
      expect(i, piece).toBeGreaterThan(at);
      at = i;
    }
    expect(p.user).not.toContain("fine");
  });

  it("leaves out empty sections and clips huge documents", () => {
    const p = buildPrompt({
      agent: { ...agent, specialties: [], systemPrompt: "" },
      task: { ...task, attempts: 1, description: "" },
      deliverables: [{ taskTitle: "A", title: "B", content: "x".repeat(50) }],
      maxDocumentChars: 10,
    });
    expect(p.user).not.toContain("# Project");
    expect(p.user).not.toContain("Attempt");
    expect(p.user).not.toContain("Review feedback");
    expect(p.user).toContain("[... 40 more characters cut]");
    expect(p.system).toBe("You are @ada, writer, an agent of Mission Control.");
  });

  it("asks reviewers for a VERDICT line and parses it", () => {
    const r = buildReviewPrompt({ reviewer: agent, task, deliverable: "the guide" });
    expect(r.user).toContain("the guide");
    expect(r.user).toContain("VERDICT: APPROVED");
    expect(parseVerdict("VERDICT: REJECTED\nAdd examples.")).toEqual({
      verdict: "REJECTED",
      feedback: "Add examples.",
    });
    expect(parseVerdict("Looks good.\n\n**Verdict: approved**")).toEqual({
      verdict: "APPROVED",
      feedback: "Looks good.",
    });
    expect(parseVerdict("VERDICT: REJECTED\nfirst\nVERDICT: APPROVED")?.verdict).toBe("APPROVED");
    expect(parseVerdict("I approve of this.")).toBeNull();
  });
});

describe("routeModel", () => {
  const cfg = { complexModel: "big", routineModel: "small" };
  it("sends critical work and complex signals to the complex tier", () => {
    expect(routeModel({ title: "Update docs", description: "", priority: "CRITICAL" }, "mid", cfg)).toMatchObject({
      tier: "complex",
      model: "big",
    });
    expect(
      routeModel({ title: "Investigate the race condition", description: "", priority: "LOW" }, "mid", cfg),
    ).toMatchObject({ tier: "complex", model: "big" });
  });
  it("sends only low-priority chores to the routine tier", () => {
    expect(routeModel({ title: "Fix typo in README", description: "", priority: "LOW" }, "mid", cfg)).toMatchObject({
      tier: "routine",
      model: "small",
    });
    expect(routeModel({ title: "Fix typo in README", description: "", priority: "MEDIUM" }, "mid", cfg)).toMatchObject({
      tier: "default",
      model: "mid",
    });
  });
  it("matches whole words, takes configured keywords, and falls back to the agent model", () => {
    expect(routeModel({ title: "Redesigned logo", description: "", priority: "MEDIUM" }, "mid", cfg).tier).toBe(
      "default",
    );
    expect(
      routeModel({ title: "Triage tickets", description: "", priority: "LOW" }, "mid", {
        ...cfg,
        routineKeywords: ["triage"],
      }).tier,
    ).toBe("routine");
    expect(routeModel({ title: "Design the schema", description: "", priority: "HIGH" }, "mid", {})).toMatchObject({
      tier: "complex",
      model: "mid",
    });
    expect(routeModel({ title: "x", description: "", priority: "HIGH" }, null, {}).model).toBeNull();
  });
});

describe("mentions", () => {
  it("finds @names and @all, not e-mail addresses, without trailing dots", () => {
    expect(parseMentions("@bob and @carl-2, see a@b.com. Also @all. And @bob.")).toEqual({
      names: ["bob", "carl-2"],
      all: true,
    });
    expect(parseMentions("no mentions")).toEqual({ names: [], all: false });
  });
});

describe("pricing", () => {
  it("matches the longest model prefix and prices per million tokens", () => {
    expect(priceFor("gpt-4o-mini-2024-07-18", BUILT_IN_PRICES)).toEqual(BUILT_IN_PRICES["gpt-4o-mini"]);
    expect(priceFor("gpt-4o-2024-08-06", BUILT_IN_PRICES)).toEqual(BUILT_IN_PRICES["gpt-4o"]);
    expect(costOf("claude-sonnet-4-5", 1_000_000, 1_000_000, BUILT_IN_PRICES)).toBe(18);
    expect(costOf("mystery", 1000, 1000, BUILT_IN_PRICES)).toBe(0);
  });
});

describe("cron helpers", () => {
  it("validates and steps through schedules in a timezone", () => {
    expect(scheduleError("0 9 * * 1-5", "America/New_York")).toBeNull();
    expect(scheduleError("0 9 * * 1-5", "Nowhere/City")).toMatch(/IANA/);
    expect(scheduleError("0 25 * * *", "UTC")).toMatch(/not a valid cron expression/);
    const from = new Date("2026-03-07T15:00:00Z"); // a Saturday
    expect(nextOccurrence("0 9 * * 1-5", "America/New_York", from)?.toISOString()).toBe("2026-03-09T13:00:00.000Z");
    expect(previousOccurrence("0 * * * *", "UTC", new Date("2026-03-07T15:00:00Z"))?.toISOString()).toBe(
      "2026-03-07T15:00:00.000Z",
    );
    expect(interpolate("report {{date}} at {{occurrence}}", new Date("2026-03-07T23:30:00Z"), "Asia/Tokyo")).toBe(
      "report 2026-03-08 at 2026-03-07T23:30:00.000Z",
    );
  });
});

describe("ftsQuery", () => {
  it("quotes every word so no FTS5 syntax gets through", () => {
    expect(ftsQuery('deploy* OR "x" NEAR(a b) -c')).toBe('"deploy" "OR" "x" "NEAR" "a" "b" "c"');
    expect(ftsQuery("!!")).toBeNull();
  });
});

/**
 * The prompt an executor receives: pure, so what an agent is told is testable without a server. Sections
 * appear in a fixed order and empty ones are left out, so two runs of one task see the same text apart
 * from what changed (new review feedback, a finished dependency's deliverable).
 */

export interface PromptAgent {
  name: string;
  role: string;
  specialties: readonly string[];
  systemPrompt: string;
}

export interface PromptTask {
  id: string;
  title: string;
  description: string;
  priority: string;
  tags: readonly string[];
  attempts: number;
  maxAttempts: number;
}

export interface PromptProject {
  name: string;
  description: string;
  /** The project's PRD: its latest document titled "PRD" (or tagged so), when there is one. */
  prd?: string | null;
}

export interface PromptDeliverable {
  taskTitle: string;
  title: string;
  content: string;
}

export interface PromptFeedback {
  verdict: string;
  feedback: string;
  at: string;
}

export interface PromptKnowledge {
  type: string;
  title: string;
  content: string;
}

/** Most characters of knowledge a prompt carries in all (each document is also clipped on its own). */
export const KNOWLEDGE_BUDGET = 12_000;

export interface PromptInput {
  agent: PromptAgent;
  task: PromptTask;
  project?: PromptProject | null;
  deliverables?: readonly PromptDeliverable[];
  /** The project's PROTOCOL documents and the RESEARCH/DELIVERABLE documents most relevant to the task. */
  knowledge?: readonly PromptKnowledge[];
  reviews?: readonly PromptFeedback[];
  /** The latest error when this is a retry. */
  lastError?: string | null;
  /** Cap on each embedded document, in characters; longer ones are cut with a marker. */
  maxDocumentChars?: number;
  /** What to reply with, instead of the task's result (a planning task answers with its plan). */
  finish?: string;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}\n[... ${text.length - max} more characters cut]`;
}

export interface BuiltPrompt {
  /** Who the agent is: for executors with a system role (openai, claude-code --append-system-prompt). */
  system: string;
  /** What to do now. */
  user: string;
}

export function buildPrompt(input: PromptInput): BuiltPrompt {
  const max = input.maxDocumentChars ?? 20_000;
  const { agent, task } = input;
  const system: string[] = [
    `You are @${agent.name}${agent.role ? `, ${agent.role}` : ""}, an agent of Mission Control.`,
  ];
  if (agent.specialties.length) system.push(`Your specialties: ${agent.specialties.join(", ")}.`);
  if (agent.systemPrompt.trim()) system.push("", agent.systemPrompt.trim());

  const user: string[] = [];
  if (input.project) {
    user.push(`# Project: ${input.project.name}`);
    if (input.project.description.trim()) user.push("", input.project.description.trim());
    if (input.project.prd?.trim())
      user.push("", "## Product requirements (PRD)", "", clip(input.project.prd.trim(), max));
    user.push("");
  }
  user.push(`# Task: ${task.title}`, "", `Priority: ${task.priority}`);
  if (task.tags.length) user.push(`Tags: ${task.tags.join(", ")}`);
  if (task.attempts > 1) user.push(`Attempt ${task.attempts} of ${task.maxAttempts}.`);
  if (task.description.trim()) user.push("", task.description.trim());

  const deliverables = input.deliverables ?? [];
  if (deliverables.length) {
    user.push("", "## Inputs from the tasks this one depends on");
    for (const d of deliverables) user.push("", `### ${d.taskTitle}: ${d.title}`, "", clip(d.content.trim(), max));
  }

  const knowledge = input.knowledge ?? [];
  if (knowledge.length) {
    // Listed by title first, so whoever reads Task.prompt sees what was injected and why.
    user.push(
      "",
      "## Project knowledge (the project's protocols, and the documents most relevant to this task)",
      "",
      ...knowledge.map((k) => `- ${k.type}: ${k.title}`),
    );
    let left = KNOWLEDGE_BUDGET;
    for (const k of knowledge) {
      if (left <= 0) break;
      const body = clip(k.content.trim(), Math.min(max, left));
      left -= body.length;
      user.push("", `### ${k.type}: ${k.title}`, "", body);
    }
  }

  const rejections = (input.reviews ?? []).filter((r) => r.verdict === "REJECTED" && r.feedback.trim());
  if (rejections.length) {
    user.push("", "## Review feedback on earlier attempts (address every point)");
    rejections.forEach((r, i) => {
      user.push("", `${i + 1}. (${r.at}) ${r.feedback.trim()}`);
    });
  }
  if (input.lastError?.trim())
    user.push("", "## The previous attempt failed with", "", clip(input.lastError.trim(), 4000));

  user.push(
    "",
    "## When you finish",
    "",
    input.finish ??
      "Reply with the complete result of the task. It is stored as the task's deliverable and handed to the tasks that depend on it.",
  );
  return { system: system.join("\n"), user: user.join("\n") };
}

/** System and task prompt as one text, for executors that read a single prompt (stdin of a shell command). */
export function promptText(p: BuiltPrompt): string {
  return `${p.system}\n\n${p.user}\n`;
}

export interface ReviewPromptInput {
  reviewer: PromptAgent;
  task: PromptTask;
  /** What the agent delivered (the task's result). */
  deliverable: string | null;
  earlierReviews?: readonly PromptFeedback[];
  maxDocumentChars?: number;
}

/** The prompt of an automatic review: judge the deliverable, answer with a VERDICT line. */
export function buildReviewPrompt(input: ReviewPromptInput): BuiltPrompt {
  const max = input.maxDocumentChars ?? 40_000;
  const base = buildPrompt({ agent: input.reviewer, task: input.task });
  const user: string[] = [
    `# Review: ${input.task.title}`,
    "",
    "You are reviewing work another agent delivered for this task.",
    "",
    "## The task",
    "",
    input.task.description.trim() || "(no description)",
    "",
    "## What was delivered",
    "",
    input.deliverable?.trim() ? clip(input.deliverable.trim(), max) : "(nothing was delivered)",
  ];
  const earlier = (input.earlierReviews ?? []).filter((r) => r.feedback.trim());
  if (earlier.length) {
    user.push("", "## Earlier reviews");
    for (const r of earlier) user.push("", `- ${r.verdict}: ${r.feedback.trim()}`);
  }
  user.push(
    "",
    "## Your answer",
    "",
    "Start with one line `VERDICT: APPROVED` or `VERDICT: REJECTED`, then your feedback. A rejection must say what to change.",
  );
  return { system: base.system, user: user.join("\n") };
}

/** Reads `VERDICT: APPROVED|REJECTED` (the last one wins) and the feedback around it; null without one. */
export function parseVerdict(text: string): { verdict: "APPROVED" | "REJECTED"; feedback: string } | null {
  const matches = [...text.matchAll(/^[\s>*#_`-]*VERDICT\s*[:=-]\s*\**\s*(APPROVED|REJECTED)\b.*$/gim)];
  const last = matches.at(-1);
  if (!last) return null;
  const verdict = last[1]!.toUpperCase() as "APPROVED" | "REJECTED";
  const feedback = text.replace(last[0], "").trim();
  return { verdict, feedback };
}

/**
 * The shapes of the API's inputs, declared on the input types and arguments (`validate:`, checked by
 * @pothos/plugin-validation before the resolver runs): how long a text may be, which integers are
 * accepted. The numbers are the domain's (`LIMITS`, domain/validate.ts); what a value means (slugs,
 * labels, cron expressions, state transitions) stays in domain/. A failure is BAD_USER_INPUT naming the
 * argument's path (`input.title`, `inputs.2.maxAttempts`), with `max` or `min` when a bound was passed.
 */
import { z } from "zod";
import { LIMITS } from "../domain/validate.js";
import { BadInputError } from "../errors.js";

interface Issue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

/** What zod adds to a standard-schema issue. */
type ZodDetail = { code?: string; maximum?: unknown; minimum?: unknown };

const tooLong = (max: number) => (issue: { input?: unknown }) =>
  `is ${typeof issue.input === "string" ? issue.input.length : "too many"} characters long; at most ${max} are accepted`;

/** A text that must say something: trimmed, then 1 to `max` characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: "must not be empty" })
    .max(max, { error: tooLong(max) });

/** A text that may be empty or left out: at most `max` characters. */
export const optionalText = (max: number) =>
  z
    .string()
    .max(max, { error: tooLong(max) })
    .nullish();

/** An integer from `min` to `max`. */
export const intRange = (min: number, max: number) => {
  const error = (i: { input?: unknown }) => `must be an integer from ${min} to ${max}, got ${String(i.input)}`;
  return z.number().int({ error }).min(min, { error }).max(max, { error }).nullish();
};

/** A list of labels (tags, specialties): at most LIMITS.tags entries; each label's form is the domain's. */
export const labels = () =>
  z
    .array(z.string())
    .max(LIMITS.tags, {
      error: (i) => `has ${(i.input as unknown[]).length} entries; at most ${LIMITS.tags} are accepted`,
    })
    .nullish();

/** The plugin's `validationError`: the first issue as BAD_USER_INPUT naming its path. */
export function inputError(result: { issues: ReadonlyArray<Issue> }): BadInputError {
  const issue = result.issues[0]! as Issue & ZodDetail;
  const field = (issue.path ?? []).map((k) => String(typeof k === "object" ? k.key : k)).join(".");
  const bounds: Record<string, unknown> = {};
  if (issue.code === "too_big" && typeof issue.maximum === "number") bounds.max = issue.maximum;
  if (issue.code === "too_small" && typeof issue.minimum === "number" && issue.minimum > 1) bounds.min = issue.minimum;
  const message = issue.code === "invalid_type" ? `is not valid (${issue.message})` : issue.message;
  return new BadInputError(field ? `${field} ${message}` : message, field ? { field, ...bounds } : bounds);
}

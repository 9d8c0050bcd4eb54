/** Input rules shared by services: each throws BAD_USER_INPUT naming the field and what is accepted. */
import { BadInputError } from "../errors.js";

export const LIMITS = {
  title: 200,
  description: 50_000,
  name: 64,
  tag: 64,
  tags: 50,
  note: 5_000,
  outputChunk: 1_000_000,
  result: 5_000_000,
} as const;

export function requireText(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw new BadInputError(`${field} must not be empty`, { field });
  if (trimmed.length > max) {
    throw new BadInputError(`${field} is ${trimmed.length} characters long; at most ${max} are accepted`, {
      field,
      max,
    });
  }
  return trimmed;
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value.length > max) {
    throw new BadInputError(`${field} is ${value.length} characters long; at most ${max} are accepted`, {
      field,
      max,
    });
  }
  return value;
}

const SLUG = /^[a-z0-9][a-z0-9._-]*$/;

/** Agent names are unique slugs: they are what `@mentions` and the worker CLI use. */
export function requireSlug(field: string, value: string): string {
  const v = value.trim();
  if (!SLUG.test(v) || v.length > LIMITS.name) {
    throw new BadInputError(
      `${field} "${value}" is not a valid slug: use 1-${LIMITS.name} lowercase letters, digits, '.', '_' or '-', starting with a letter or digit`,
      { field },
    );
  }
  return v;
}

const LABEL = /^[a-z0-9][a-z0-9._+#/-]*$/;

/** Tags and specialties: lowercase labels, deduplicated and sorted so they compare as sets. */
export function normalizeLabels(field: string, values: readonly string[] | null | undefined): string[] {
  if (!values) return [];
  if (values.length > LIMITS.tags) {
    throw new BadInputError(`${field} has ${values.length} entries; at most ${LIMITS.tags} are accepted`, { field });
  }
  const out = new Set<string>();
  for (const raw of values) {
    const v = raw.trim().toLowerCase();
    if (!LABEL.test(v) || v.length > LIMITS.tag) {
      throw new BadInputError(
        `${field} entry "${raw}" is not valid: use 1-${LIMITS.tag} characters from a-z 0-9 . _ + # / -, starting with a letter or digit`,
        { field },
      );
    }
    out.add(v);
  }
  return [...out].sort();
}

export function requireIntInRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadInputError(`${field} must be an integer from ${min} to ${max}, got ${value}`, { field, min, max });
  }
  return value;
}

/** Reads a JSON list column. */
export function parseList(json: string): string[] {
  const v = JSON.parse(json) as unknown;
  return Array.isArray(v) ? v.map(String) : [];
}

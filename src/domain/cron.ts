/**
 * Cron expressions (5 fields, or 6 with seconds first) read in an IANA timezone. Pure wrappers over
 * cron-parser that turn its errors into one readable reason.
 */
import { CronExpressionParser } from "cron-parser";

export function validTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Why `schedule` in `tz` is not usable, or null when it is. */
export function scheduleError(schedule: string, tz: string): string | null {
  if (!validTimezone(tz)) return `timezone "${tz}" is not an IANA timezone (for example "UTC" or "Europe/Paris")`;
  const fields = schedule.trim().split(/\s+/);
  if (fields.length < 5 || fields.length > 6) {
    return `"${schedule}" has ${fields.length} fields; a schedule has 5 (minute hour day month weekday) or 6 (seconds first)`;
  }
  try {
    const e = CronExpressionParser.parse(schedule, { tz, currentDate: new Date() });
    e.next();
    return null;
  } catch (error) {
    return `"${schedule}" is not a valid cron expression: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * The shortest gap, in seconds, between consecutive occurrences of `schedule` among the next `samples`
 * from `from` (null when it has fewer than two). A burst (`0-5 0 * * * *`) counts by its closest pair.
 */
export function shortestInterval(schedule: string, tz: string, from: Date, samples = 400): number | null {
  try {
    const e = CronExpressionParser.parse(schedule, { tz, currentDate: from });
    let previous = e.next().getTime();
    let shortest = Number.POSITIVE_INFINITY;
    for (let i = 1; i < samples && e.hasNext(); i++) {
      const at = e.next().getTime();
      shortest = Math.min(shortest, at - previous);
      previous = at;
      if (shortest <= 1000) break;
    }
    return Number.isFinite(shortest) ? shortest / 1000 : null;
  } catch {
    return null;
  }
}

/** The first occurrence strictly after `after`, or null when the expression has none. */
export function nextOccurrence(schedule: string, tz: string, after: Date): Date | null {
  try {
    return CronExpressionParser.parse(schedule, { tz, currentDate: after }).next().toDate();
  } catch {
    return null;
  }
}

/** The latest occurrence at or before `at`, or null. */
export function previousOccurrence(schedule: string, tz: string, at: Date): Date | null {
  try {
    // cron-parser's prev() is strictly before currentDate; nudge by 1 ms to include `at` itself.
    return CronExpressionParser.parse(schedule, { tz, currentDate: new Date(at.getTime() + 1) })
      .prev()
      .toDate();
  } catch {
    return null;
  }
}

/** `{{occurrence}}` (ISO time) and `{{date}}` (YYYY-MM-DD in the job's timezone) in a task template text. */
export function interpolate(text: string, occurrence: Date, tz: string): string {
  const date = new Intl.DateTimeFormat("en-CA", {
    timeZone: tz,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(occurrence);
  return text.replaceAll("{{occurrence}}", occurrence.toISOString()).replaceAll("{{date}}", date);
}

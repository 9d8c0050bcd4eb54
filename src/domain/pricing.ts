/**
 * Token prices, USD per million tokens, for computing cost when a report leaves it out. The built-in
 * table covers common models as published by their vendors at the time of writing; operators override or
 * extend it with MC_PRICES. A model matches the longest entry it starts with ("gpt-4o-mini-2024-07-18"
 * takes the "gpt-4o-mini" price). Unknown models cost 0 and are reported as unpriced.
 */
export interface Price {
  input: number;
  output: number;
}

export const BUILT_IN_PRICES: Readonly<Record<string, Price>> = {
  "gpt-4o": { input: 2.5, output: 10 },
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
  "gpt-4.1": { input: 2, output: 8 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
  "gpt-4.1-nano": { input: 0.1, output: 0.4 },
  o3: { input: 2, output: 8 },
  "o4-mini": { input: 1.1, output: 4.4 },
  "claude-opus-4": { input: 15, output: 75 },
  "claude-sonnet-4": { input: 3, output: 15 },
  "claude-3-5-haiku": { input: 0.8, output: 4 },
  "claude-haiku-4": { input: 1, output: 5 },
};

export function priceFor(model: string, table: Readonly<Record<string, Price>>): Price | null {
  let best: string | null = null;
  for (const key of Object.keys(table)) {
    if (model === key || model.startsWith(key)) {
      if (!best || key.length > best.length) best = key;
    }
  }
  return best ? table[best]! : null;
}

export function costOf(
  model: string,
  inputTokens: number,
  outputTokens: number,
  table: Readonly<Record<string, Price>>,
): number {
  const price = priceFor(model, table);
  if (!price) return 0;
  return (inputTokens * price.input + outputTokens * price.output) / 1_000_000;
}

/** Start of the UTC day and month containing `now`: the budget windows. */
export function budgetWindows(now: Date): { dayStart: Date; monthStart: Date } {
  return {
    dayStart: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())),
    monthStart: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
  };
}

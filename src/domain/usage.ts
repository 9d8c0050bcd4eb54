/** What a run or an agent reports it used: a model's tokens, and its cost when it knows it. */
export interface UsageInput {
  model: string;
  inputTokens: number;
  outputTokens: number;
  /** USD; priced from the table (domain/pricing.ts, MC_PRICES) when absent. */
  costUsd?: number | null;
}

import { type DestinationStream, type Logger, pino } from "pino";

export type { Logger };

/**
 * Structured JSON logs, one object per line, on stdout (or `destination`). Fields that carry credentials
 * are censored wherever a log call would include them; the code never logs a secret on purpose either.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "mission-control" },
      redact: {
        paths: [
          "authorization",
          "*.authorization",
          "headers.authorization",
          "*.headers.authorization",
          "secret",
          "*.secret",
          "token",
          "*.token",
          "apiKey",
          "*.apiKey",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

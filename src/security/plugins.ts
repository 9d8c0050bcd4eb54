/** Envelop plugin applying the document limits: tokens at parse time, the rest as validation rules. */
import { GraphQLError, parse } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Config } from "../config.js";
import { limitsRule } from "./limits.js";

export function useLimits(config: Config): Plugin {
  const rule = limitsRule(config);
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxTokens: config.maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError && /more tha[nt] \d+ tokens/.test(error.message)) {
            throw new GraphQLError(
              `the document has more than ${config.maxTokens} tokens; at most ${config.maxTokens} are accepted`,
              {
                extensions: { code: "QUERY_TOO_COMPLEX", http: { status: 400 }, limit: config.maxTokens },
              },
            );
          }
          throw error;
        }
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
      if (config.auth === "off") return;
      // Field suggestions would map the schema for someone guessing without a key.
      return ({ result }) => {
        for (const error of result) {
          if (/ Did you mean /.test(error.message)) {
            (error as { message: string }).message = error.message.replace(/ Did you mean .*$/, "");
          }
        }
      };
    },
  };
}

/**
 * `openai`: any OpenAI-compatible `/chat/completions` endpoint with `stream: true`. Streamed deltas become
 * MESSAGE chunks; the final usage chunk (`stream_options.include_usage`) is recorded. Outbound requests go
 * through the SSRF guard (private, loopback, link-local and metadata targets refused unless
 * MC_OUTBOUND_ALLOW lists them).
 *
 * Agent config: `{ "baseUrl": "https://api.openai.com/v1", "apiKeyEnv": "OPENAI_API_KEY",
 * "temperature": 0.2, "maxTokens": 4000 }`. The key is read from the named environment variable of the
 * server, which must end in `_API_KEY` and not start with `MC_` (so a config cannot send the server's own
 * secrets anywhere).
 */
import type { Config } from "../config.js";
import type { UsageInput } from "../domain/usage.js";
import { outboundRequest, readBody } from "../security/outbound.js";
import { type Executor, failure } from "./types.js";

const KEY_ENV = /^(?!MC_)[A-Z][A-Z0-9_]*_API_KEY$/;

interface StreamChunk {
  model?: string;
  choices?: { delta?: { content?: string | null }; finish_reason?: string | null }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
  error?: { message?: string };
}

export function createOpenAiExecutor(serverConfig: Config): Executor {
  const policy = { allow: serverConfig.outboundAllow };
  return {
    backend: "openai",
    // One request with its own timeout (MC_HTTP_TIMEOUT_SECONDS), then the usage is recorded.
    maxRunSeconds: () => serverConfig.httpTimeoutSeconds + 10,
    validateConfig(config) {
      if (typeof config.baseUrl !== "string" || !/^https?:\/\//.test(config.baseUrl)) {
        return 'config.baseUrl must be the http(s) base URL of an OpenAI-compatible API, e.g. "https://api.openai.com/v1"';
      }
      if (config.apiKeyEnv !== undefined && (typeof config.apiKeyEnv !== "string" || !KEY_ENV.test(config.apiKeyEnv))) {
        return "config.apiKeyEnv must name an environment variable ending in _API_KEY (not MC_*)";
      }
      return null;
    },
    async run(input, ctx) {
      const bad = this.validateConfig(input.agentConfig);
      if (bad) return failure(bad, false);
      const cfg = input.agentConfig as {
        baseUrl: string;
        apiKeyEnv?: string;
        temperature?: number;
        maxTokens?: number;
        model?: string;
      };
      const model = input.model ?? cfg.model ?? null;
      if (!model) return failure("no model: set the agent's model (or config.routing models)", false);
      const apiKey = cfg.apiKeyEnv ? process.env[cfg.apiKeyEnv] : undefined;
      if (cfg.apiKeyEnv && !apiKey)
        return failure(`environment variable ${cfg.apiKeyEnv} is not set on the server`, false);
      const body = JSON.stringify({
        model,
        stream: true,
        stream_options: { include_usage: true },
        messages: [
          { role: "system", content: input.prompt.system },
          { role: "user", content: input.prompt.user },
        ],
        ...(typeof cfg.temperature === "number" ? { temperature: cfg.temperature } : {}),
        ...(typeof cfg.maxTokens === "number" ? { max_tokens: cfg.maxTokens } : {}),
      });
      const url = `${cfg.baseUrl.replace(/\/+$/, "")}/chat/completions`;
      const timeout = AbortSignal.timeout(serverConfig.httpTimeoutSeconds * 1000);
      const signal = AbortSignal.any([ctx.signal, timeout]);
      let content = "";
      let usage: UsageInput[] = [];
      let reportedModel = model;
      try {
        const res = await outboundRequest(
          url,
          {
            method: "POST",
            headers: {
              "content-type": "application/json",
              accept: "text/event-stream",
              ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
            },
            body,
            signal,
          },
          policy,
        );
        const status = res.statusCode ?? 0;
        if (status < 200 || status >= 300) {
          const text = await readBody(res, 4000);
          // 429 and 5xx are worth another attempt; other 4xx (bad key, unknown model) are not.
          return failure(`${url} answered HTTP ${status}: ${text.slice(0, 1000)}`, status === 429 || status >= 500);
        }
        let buffer = "";
        res.setEncoding("utf8");
        for await (const piece of res) {
          buffer += piece as string;
          let nl = buffer.indexOf("\n");
          while (nl >= 0) {
            const line = buffer.slice(0, nl).replace(/\r$/, "");
            buffer = buffer.slice(nl + 1);
            nl = buffer.indexOf("\n");
            if (!line.startsWith("data:")) continue;
            const data = line.slice(5).trim();
            if (!data || data === "[DONE]") continue;
            let chunk: StreamChunk;
            try {
              chunk = JSON.parse(data) as StreamChunk;
            } catch {
              continue;
            }
            if (chunk.error) return failure(`the model reported an error: ${chunk.error.message ?? "unknown"}`, true);
            if (chunk.model) reportedModel = chunk.model;
            const delta = chunk.choices?.[0]?.delta?.content;
            if (delta) {
              content += delta;
              ctx.onOutput("MESSAGE", delta);
            }
            if (chunk.usage) {
              usage = [
                {
                  model: reportedModel,
                  inputTokens: chunk.usage.prompt_tokens ?? 0,
                  outputTokens: chunk.usage.completion_tokens ?? 0,
                },
              ];
            }
          }
        }
      } catch (error) {
        if (ctx.signal.aborted) return failure("stopped", false, { aborted: true, usage });
        if (timeout.aborted)
          return failure(`no complete answer within ${serverConfig.httpTimeoutSeconds} s`, true, { usage });
        const message = error instanceof Error ? error.message : String(error);
        return failure(`request to ${url} failed: ${message}`, !/may not reach|private|not allowed/.test(message), {
          usage,
        });
      }
      if (ctx.signal.aborted) return failure("stopped", false, { aborted: true, usage });
      return { ok: true, result: content || null, usage };
    },
  };
}

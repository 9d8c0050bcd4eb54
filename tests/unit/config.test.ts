/**
 * The settings table (src/config.ts) is the one source of configuration: each setting's default as the
 * README shows it is the default it parses to, every variable is named once, and a bad value is a
 * ConfigError naming the variable. (The README's copy is checked for drift by `npm run schema:check`.)
 */
import { describe, expect, it } from "vitest";
import { ConfigError, configTable, environmentHelp, loadConfig, SETTINGS } from "../../src/config.js";

describe("the settings table", () => {
  const defaults = loadConfig({}) as unknown as Record<string, unknown>;

  it("names every variable once and documents each setting", () => {
    const envs = Object.values(SETTINGS).map((s) => s.env);
    expect(new Set(envs).size).toBe(envs.length);
    for (const s of Object.values(SETTINGS)) expect(s.doc.length, s.env).toBeGreaterThan(10);
    expect(configTable().split("\n")).toHaveLength(envs.length + 2);
  });

  it("parses each shown default to the default itself", () => {
    for (const [key, s] of Object.entries(SETTINGS)) {
      const shown = /^`([^`]*)`$/.exec(s.shown)?.[1];
      if (shown === undefined || "from" in s) continue; // "unset", "empty", "1 MiB", derived ones
      const parsed = loadConfig({ [s.env]: shown }) as unknown as Record<string, unknown>;
      expect(parsed[key], s.env).toEqual(defaults[key]);
    }
    expect(defaults.maxBodyBytes).toBe(1024 * 1024);
    expect(defaults.shellEnvAllow).toEqual(["PATH", "HOME", "LANG", "TZ"]);
    expect(loadConfig({ MC_SHELL_ENV_ALLOW: "" }).shellEnvAllow).toEqual([]);
  });

  it("refuses a bad value with a ConfigError naming the variable", () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ PORT: "70000" }, /^PORT must be an integer between 0 and 65535, got "70000"$/],
      [{ MC_SCHEDULER: "perhaps" }, /^MC_SCHEDULER must be true or false/],
      [{ MC_ADMIN_KEY: "short" }, /^MC_ADMIN_KEY must be at least 16 characters long$/],
      [{ MC_SIGN_OFF_LEVELS: "boss" }, /^MC_SIGN_OFF_LEVELS must list agent levels/],
      [{ OTEL_EXPORTER_OTLP_ENDPOINT: "grpc://collector" }, /^OTEL_EXPORTER_OTLP_ENDPOINT must be an http\(s\) URL/],
      [{ MC_PRICES: "{" }, /^MC_PRICES must be JSON/],
    ];
    for (const [env, message] of cases) {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(message);
    }
  });

  it("lists the settings marked for --help with their defaults", () => {
    const help = environmentHelp();
    for (const s of Object.values(SETTINGS)) {
      if ("help" in s && s.help) expect(help, s.env).toContain(s.env);
    }
    expect(help).toContain("PORT [4000]");
    expect(help).not.toContain("MC_MAX_DEPTH");
  });
});

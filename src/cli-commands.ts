/**
 * The command line as a table: each command with its options, from which both parsing (node's
 * `parseArgs`, strict) and every help text are made, so a flag cannot exist without its help line. `main`
 * in cli.ts only runs what `parseCommandLine` decided.
 */
import { parseArgs } from "node:util";
import { environmentHelp } from "./config.js";

export interface OptionSpec {
  type: "string" | "boolean";
  /** What the value is called in the help (`--agent NAME`). */
  value?: string;
  default?: string;
  required?: boolean;
  description: string;
}

export interface CommandSpec {
  name: "serve" | "migrate" | "worker" | "mcp" | "help";
  summary: string;
  /** More about the command, after its usage line. */
  details?: string;
  options: Record<string, OptionSpec>;
}

const CLIENT_OPTIONS: Record<string, OptionSpec> = {
  url: {
    type: "string",
    value: "URL",
    description: "the server's GraphQL URL (default MC_URL, else http://127.0.0.1:4000/graphql)",
  },
  "api-key": { type: "string", value: "KEY", description: "an API key (default MC_API_KEY)" },
};

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "serve",
    summary: "Apply pending migrations and serve GraphQL on http://HOST:PORT/graphql (the default command)",
    details: "Configured by environment variables (below, and README.md's table). Stops gracefully on SIGINT/SIGTERM.",
    options: {},
  },
  {
    name: "migrate",
    summary: "Apply pending migrations to DATABASE_URL and exit",
    options: {},
  },
  {
    name: "worker",
    summary: "Run a command as an agent: claim its tasks, run the command for each, complete or fail them",
    details:
      "The task's prompt is on the command's stdin, the task id in MC_TASK_ID; exit 0 completes the task with\nits stdout, anything else fails it. On SIGINT/SIGTERM (or when the process that started it dies) it\nstops its commands, releases what it holds and exits 0.",
    options: {
      ...CLIENT_OPTIONS,
      agent: { type: "string", value: "NAME", required: true, description: "the agent to work as (name or id)" },
      exec: { type: "string", value: '"COMMAND"', required: true, description: "the command to run per task" },
      concurrency: { type: "string", value: "N", default: "1", description: "tasks run at once" },
      poll: {
        type: "string",
        value: "SECONDS",
        default: "2",
        description: "wait between claims when there is no work",
      },
      timeout: { type: "string", value: "SECONDS", default: "3600", description: "longest a command may run" },
      heartbeat: {
        type: "string",
        value: "SECONDS",
        default: "30",
        description: "heartbeat interval (keeps the lease)",
      },
      "max-output": {
        type: "string",
        value: "BYTES",
        default: "10000000",
        description: "most output stored per task (head and tail kept)",
      },
    },
  },
  {
    name: "mcp",
    summary: "Speak the Model Context Protocol over stdio (tools for tasks, output, messages, documents)",
    details: "For Claude Code: claude mcp add mission-control -- npx mission-control mcp --api-key KEY",
    options: { ...CLIENT_OPTIONS },
  },
  { name: "help", summary: "Show this help, or a command's: help COMMAND", options: {} },
];

/** Generated from the settings table (src/config.ts), so it cannot disagree with what is read. */
const ENVIRONMENT = environmentHelp();

const HELP_OPTION = "  -h, --help                 show this help";

function optionLines(options: Record<string, OptionSpec>): string[] {
  const lines = Object.entries(options).map(([name, o]) => {
    const flag = `  --${name}${o.value ? ` ${o.value}` : ""}`;
    const notes = [o.required ? "required" : null, o.default !== undefined ? `default ${o.default}` : null].filter(
      Boolean,
    );
    return `${flag.padEnd(29)}${o.description}${notes.length ? ` (${notes.join(", ")})` : ""}`;
  });
  return [...lines, HELP_OPTION];
}

function usageLine(c: CommandSpec): string {
  const required = Object.entries(c.options)
    .filter(([, o]) => o.required)
    .map(([name, o]) => `--${name} ${o.value ?? ""}`.trim());
  const optional = Object.keys(c.options).length > required.length ? " [options]" : "";
  return `Usage: mission-control ${c.name}${required.length ? ` ${required.join(" ")}` : ""}${optional}`;
}

export function commandHelp(c: CommandSpec): string {
  const parts = [`${usageLine(c)}\n\n${c.summary}.`];
  if (c.details) parts.push(c.details);
  parts.push(`Options:\n${optionLines(c.options).join("\n")}`);
  if (c.name === "serve" || c.name === "migrate") parts.push(ENVIRONMENT);
  return `${parts.join("\n\n")}\n`;
}

export function generalHelp(): string {
  const commands = COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join("\n");
  return `Mission Control: the GraphQL control plane for fleets of AI agents.

Usage: mission-control [command] [options]

Commands:
${commands}

Run "mission-control COMMAND --help" for a command's options.

${ENVIRONMENT}
`;
}

export type CommandLine =
  | { kind: "help"; text: string }
  | { kind: "error"; message: string; usage: string }
  | { kind: "run"; command: CommandSpec["name"]; values: Record<string, string | boolean | undefined> };

/** What the arguments ask for: a help text, a usage error (exit 2), or a command with its options. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const first = argv[0];
  if (first === undefined || first.startsWith("-")) {
    if (first === "-h" || first === "--help") return { kind: "help", text: generalHelp() };
    if (first !== undefined) return { kind: "error", message: `unknown option ${first}`, usage: generalHelp() };
  }
  const name = first ?? "serve";
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) return { kind: "error", message: `unknown command "${name}"`, usage: generalHelp() };
  if (command.name === "help") {
    if (argv[1] === "--help" || argv[1] === "-h") return { kind: "help", text: generalHelp() };
    const about = argv[1] ? COMMANDS.find((c) => c.name === argv[1]) : undefined;
    if (argv[1] && !about) return { kind: "error", message: `unknown command "${argv[1]}"`, usage: generalHelp() };
    return { kind: "help", text: about ? commandHelp(about) : generalHelp() };
  }
  const usage = commandHelp(command);
  let values: Record<string, string | boolean | undefined>;
  try {
    const options = Object.fromEntries(
      Object.entries(command.options).map(([k, o]) => [
        k,
        { type: o.type, ...(o.default !== undefined ? { default: o.default } : {}) },
      ]),
    );
    values = parseArgs({
      args: argv.slice(1) as string[],
      options: { ...options, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    }).values as Record<string, string | boolean | undefined>;
  } catch (error) {
    // node's messages ("Unknown option '--x'. To specify a positional argument…") shortened to their first sentence.
    const message = (error instanceof Error ? error.message : String(error)).split(". ")[0]!.replace(/\.$/, "");
    return { kind: "error", message: message.charAt(0).toLowerCase() + message.slice(1), usage };
  }
  if (values.help) return { kind: "help", text: usage };
  for (const [k, o] of Object.entries(command.options)) {
    if (o.required && !values[k])
      return { kind: "error", message: `${command.name} needs --${k} ${o.value ?? ""}`.trim(), usage };
  }
  return { kind: "run", command: command.name, values };
}

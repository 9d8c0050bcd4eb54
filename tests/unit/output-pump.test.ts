import { describe, expect, it } from "vitest";
import { createOutputPump } from "../../src/execution/output-pump.js";

describe("output pump", () => {
  const collecting = (slow = false) => {
    const written: { kind: string; content: string }[] = [];
    const pump = createOutputPump(async (kind, content) => {
      if (slow) await new Promise((r) => setTimeout(r, 5));
      written.push({ kind, content });
      return undefined;
    });
    return { pump, written };
  };

  it("keeps a character whose surrogate halves arrive in two chunks whole", async () => {
    const { pump, written } = collecting();
    pump.push("MESSAGE", "smile \ud83d");
    await new Promise((r) => setTimeout(r, 10)); // the first chunk is written before the second arrives
    pump.push("MESSAGE", "\ude00 done");
    await pump.flush();
    expect(written.map((w) => w.content)).toEqual(["smile ", "\ud83d\ude00 done"]);
    for (const w of written) expect(w.content.isWellFormed()).toBe(true);
  });

  it("holds a half back per kind, and writes a half that never got its other half at the flush", async () => {
    const { pump, written } = collecting(true);
    pump.push("STDOUT", "out \ud83d");
    pump.push("STDERR", "err");
    pump.push("STDOUT", "\ude00");
    pump.push("STDERR", " \ud83d");
    await pump.flush();
    const of = (kind: string) =>
      written
        .filter((w) => w.kind === kind)
        .map((w) => w.content)
        .join("");
    expect(of("STDOUT")).toBe("out \ud83d\ude00");
    expect(of("STDERR")).toBe("err \ud83d");
  });
});

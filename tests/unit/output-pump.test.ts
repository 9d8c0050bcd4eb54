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

  it("caps output: the head to its budget exactly, the newest tail, and a note of what was dropped", async () => {
    const written: { kind: string; content: string }[] = [];
    const pump = createOutputPump(
      async (kind, content) => {
        written.push({ kind, content });
        return undefined;
      },
      { maxBytes: 100 },
    );
    pump.push("SYSTEM", "started");
    for (let i = 0; i < 30; i++) pump.push("STDOUT", `${String(i).padStart(2, "0")}-é-\n`); // 7 bytes each
    await pump.flush();
    const out = written
      .filter((w) => w.kind === "STDOUT")
      .map((w) => w.content)
      .join("");
    const notes = written.filter((w) => w.kind === "SYSTEM").map((w) => w.content);
    const all = Array.from({ length: 30 }, (_, i) => `${String(i).padStart(2, "0")}-é-\n`).join("");
    const bytes = Buffer.from(all);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(100);
    expect(Buffer.byteLength(out)).toBeGreaterThanOrEqual(98); // never a character split to fit
    expect(out.startsWith(bytes.subarray(0, 49).toString())).toBe(true); // 49: 7 lines exactly
    expect(out.endsWith("28-é-\n29-é-\n")).toBe(true);
    expect(out.isWellFormed()).toBe(true);
    expect(out).not.toContain("\ufffd");
    expect(notes[0]).toBe("started");
    expect(notes[1]).toMatch(/output passed/);
    expect(notes[2]).toMatch(new RegExp(`dropped ${bytes.length - Buffer.byteLength(out)} bytes`));
  });
});

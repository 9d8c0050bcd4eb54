/**
 * `dist/cli.js`: starts the CLI bundle (`dist/cli.cjs`) from V8's code cache of it.
 *
 * Node 20 compiles an ES module from its source on every start (`module.enableCompileCache` arrived in
 * Node 22), and compiling the 3 MB bundle, with the lexing of the CommonJS packages it imports, was the
 * largest part of a cold start after node's own. So the CLI is bundled as CommonJS and compiled here
 * with `vm.Script`, whose `cachedData` lets V8 skip the parse and the compilation of every function the
 * last start compiled while loading. Measured on one machine, interleaved: 541-572 ms to `/ready`
 * from the ES module bundle, 382-400 ms from the cache.
 *
 * The cache (`dist/cli.cache`) is written by the first start that finds none it can use, right after
 * the bundle's top level ran; it begins with the SHA-256 of the source it was made from, and V8 refuses
 * data of another V8 version or other V8 flags itself, so a rebuilt bundle or another node just writes
 * it again. It is written to a temporary file and renamed (two processes starting at once each write a
 * whole one), and not at all where `dist/` is read-only: the bundle then compiles from its source, as
 * before.
 */
import { createHash } from "node:crypto";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const DIGEST_BYTES = 32;

const dir = path.dirname(fileURLToPath(import.meta.url));
const file = path.join(dir, "cli.cjs");
const cacheFile = path.join(dir, "cli.cache");

const source = readFileSync(file, "utf8");
const digest = createHash("sha256").update(source).digest();

function readCache(): Buffer | undefined {
  try {
    const data = readFileSync(cacheFile);
    return data.length > DIGEST_BYTES && digest.equals(data.subarray(0, DIGEST_BYTES))
      ? data.subarray(DIGEST_BYTES)
      : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(script: vm.Script): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([digest, script.createCachedData()]));
    renameSync(temporary, cacheFile);
  } catch {
    rmSync(temporary, { force: true });
  }
}

/** In a function, so that the cache's bytes are garbage once V8 has read them. */
function start(): void {
  const cachedData = readCache();
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const run = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: { exports: object },
    filename: string,
    dirname: string,
  ) => void;
  const cjs = { exports: {} };
  run.call(cjs.exports, cjs.exports, createRequire(file), cjs, file, dir);
  // After the top level ran, before the server starts: what it compiled is in the cache, and the heap
  // settings the server makes at start (src/heap.ts) change V8's flags, which V8 checks cached data against.
  if (!cachedData || script.cachedDataRejected) writeCache(script);
}

start();

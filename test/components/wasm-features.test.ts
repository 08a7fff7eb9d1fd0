import {expect, test} from "vitest";
import {wasmExceptions} from "../../src/components/wasm-features.ts";

test("wasmExceptions() is true on an engine with exception handling (Node's), with DuckDB's own probe", () => {
  expect(wasmExceptions()).toBe(true);
});

test("wasmExceptions(wasm) is false when the engine rejects the probe or throws while validating it", () => {
  const seen: number[][] = [];
  const rejecting = {validate: (bytes: BufferSource) => (seen.push([...new Uint8Array(bytes as ArrayBuffer)]), false)};
  expect(wasmExceptions(rejecting)).toBe(false);
  // The probe is a whole module ("\0asm", version 1) whose one function holds a `try` (opcode 6).
  expect(seen[0].slice(0, 8)).toEqual([0, 97, 115, 109, 1, 0, 0, 0]);
  expect(seen[0]).toContain(6);
  const throwing = {
    validate: () => {
      throw new TypeError("no WebAssembly");
    }
  };
  expect(wasmExceptions(throwing)).toBe(false);
});

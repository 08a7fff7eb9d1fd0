import {describe, expect, it} from "vitest";
import {workerResourceLimits} from "../../loaders/run/extract-parallel.ts";

describe("workerResourceLimits", () => {
  it("keeps the memory budget as the old generation and bounds the young generation at 16 MB (issue 15)", () => {
    expect(workerResourceLimits(4096)).toEqual({maxOldGenerationSizeMb: 4096, maxYoungGenerationSizeMb: 16});
    expect(workerResourceLimits(300).maxOldGenerationSizeMb).toBe(300);
  });
});

import {describe, expect, it} from "vitest";
import {summariseProfile, type CpuProfile} from "../../bench/profile-summary.ts";

const frame = (functionName: string, url = "", lineNumber = 0, columnNumber = 0) => ({
  functionName,
  url,
  lineNumber,
  columnNumber
});

/** (root) → main → f → f (recursion), and (root) → (idle); five samples 1, 2, 3, 4 and 0 ms long. */
const profile: CpuProfile = {
  nodes: [
    {id: 1, callFrame: frame("(root)"), children: [2, 5]},
    {id: 2, callFrame: frame("main", "file:///x/run.ts", 0, 9), children: [3]},
    {id: 3, callFrame: frame("f", "file:///x/f.ts", 2, 4), children: [4]},
    {id: 4, callFrame: frame("f", "file:///x/f.ts", 2, 4)},
    {id: 5, callFrame: frame("(idle)")}
  ],
  samples: [3, 4, 2, 5, 2],
  timeDeltas: [0, 1000, 2000, 3000, 4000]
};

describe("summariseProfile(profile)", () => {
  it("gives each function's self and total milliseconds, a recursive one counted once per sample", () => {
    expect(summariseProfile(profile)).toEqual({
      functions: [
        {name: "(idle)", where: "", self_ms: 4, total_ms: 4},
        {name: "main", where: "run.ts:1:10", self_ms: 3, total_ms: 6},
        {name: "f", where: "f.ts:3:5", self_ms: 3, total_ms: 3}
      ],
      sampled_ms: 10,
      idle_ms: 4
    });
  });

  it("gives no functions for a profile without samples", () => {
    expect(summariseProfile({...profile, samples: [], timeDeltas: []})).toEqual({
      functions: [],
      sampled_ms: 0,
      idle_ms: 0
    });
  });
});

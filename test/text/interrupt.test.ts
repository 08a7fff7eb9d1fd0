import {afterEach, describe, expect, test} from "vitest";
import {extractDocument} from "../../loaders/extract-document.ts";
import {Interrupted, setInterrupt} from "../../loaders/text/interrupt.ts";
import {segment} from "../../loaders/text/segment.ts";

const source = {
  source_file: "plan.txt",
  sha256: "",
  format: "txt" as const,
  raw: "2024年法治政府建设工作要点\n一、加强党的领导\n(一)落实第一责任人职责。(牵头单位:区司法局)\n",
  warnings: []
};

describe("checkInterrupt: a document asked to stop stops at its next stage or cut", () => {
  afterEach(() => setInterrupt(() => false));

  test("unasked, the document comes out", () => {
    expect(extractDocument(source).items.length).toBeGreaterThan(0);
    expect(segment("行政复议")).toEqual(["行政复议"]);
  });

  test("asked before a stage, extractDocument throws Interrupted", () => {
    setInterrupt(() => true);
    expect(() => extractDocument(source)).toThrow(Interrupted);
  });

  test("asked during the stages, it stops at the next one (the fourth question here)", () => {
    let asked = 0;
    setInterrupt(() => ++asked > 3);
    expect(() => extractDocument(source)).toThrow("extraction stopped (over its time budget)");
    expect(asked).toBe(4);
  });

  test("asked before a cut, segment throws instead of calling nodejieba", () => {
    setInterrupt(() => true);
    expect(() => segment("行政复议")).toThrow(Interrupted);
  });
});

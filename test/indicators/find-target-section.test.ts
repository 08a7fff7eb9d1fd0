import {describe, expect, it} from "vitest";
import {findTargetSection} from "../../loaders/indicators/find-target-section.ts";

describe("findTargetSection(text, year) finds where a report's next steps begin", () => {
  const cases: [string, number | null, string | null][] = [
    ["一、成效\n办理20件。\n三、下一步工作打算\n继续推进。", 2020, "三、下一步工作打算"],
    ["一、成效\n办理20件。\n四、2024年工作安排\n继续推进。", 2023, "四、2024年工作安排"],
    ["一、成效\n办理20件。\n(三)今后工作思路\n继续推进。", 2023, "(三)今后工作思路"],
    ["办理20件。2024年,某市人民政府将全面贯彻。", 2023, "2024年,某市人民政府将全面贯彻。"],
    ["办理20件。下一步,我们将继续推进。", 2023, "下一步,我们将继续推进。"],
    // The report's own year, an earlier year, or a passing mention do not open the next steps.
    ["一、2023年工作开展情况\n办理20件。", 2023, null],
    ["2023年,我市将法治建设纳入考核。", 2023, null],
    ["为下一步工作奠定基础。", 2023, null],
    ["", 2023, null]
  ];
  for (const [text, year, expected] of cases) {
    it(`findTargetSection(${JSON.stringify(text)}, ${year}) starts at ${JSON.stringify(expected)}`, () => {
      const at = findTargetSection(text, year);
      expect(at == null ? null : text.slice(at, at + (expected ?? "").length)).toBe(expected);
    });
  }

  it("a later-year sentence needs the document's year to compare with", () => {
    expect(findTargetSection("办理20件。2024年,某市将推进。", null)).toBeNull();
  });
});

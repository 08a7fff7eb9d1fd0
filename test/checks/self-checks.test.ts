import {describe, expect, test} from "vitest";
import {extractAssignments} from "../../loaders/assignments/extract-assignments.ts";
import {selfCheckWarnings, selfChecks} from "../../loaders/checks/self-checks.ts";
import {parseOutline} from "../../loaders/outline/parse-outline.ts";

function check(text: string) {
  const items = parseOutline("d", text, "task_plan");
  return selfChecks(text, items, extractAssignments("d", text, items));
}

describe("selfChecks(text, items, assignments)", () => {
  test("counts unit markers and numbered lines, and how many the extraction took up", () => {
    const text =
      "一、加强立法\n1.完善立法机制。(市司法局牵头,市政府办配合)\n2.加强备案审查。\n牵头单位:市司法局\n3.健全听证制度。";
    // One marker per marking: the bracket (closed by 配合) and the 牵头单位: line.
    expect(check(text)).toEqual({unit_markers: 2, unit_markers_assigned: 2, numbered_lines: 4, numbered_items: 4});
  });

  test("sees markers the grammar could not read, and numbered lines the outline did not take", () => {
    // "牵头单位:" with no unit after it, and labels out of sequence (一、 then 5. 9. 12.).
    const text = "一、加强立法\n5.完善立法机制。\n牵头单位:\n9.加强备案审查。\n12.健全听证制度。";
    const checks = check(text);
    expect(checks).toEqual({unit_markers: 1, unit_markers_assigned: 0, numbered_lines: 4, numbered_items: 1});
    expect(selfCheckWarnings(checks)).toEqual([
      "low unit coverage: units found for 0 of 1 unit markers; check the assignments",
      "low outline coverage: 1 items from 4 numbered lines; check the numbering"
    ]);
  });

  test("gives zeros and no warning for an empty text", () => {
    const checks = selfChecks("", [], []);
    expect(checks).toEqual({unit_markers: 0, unit_markers_assigned: 0, numbered_lines: 0, numbered_items: 0});
    expect(selfCheckWarnings(checks)).toEqual([]);
  });
});

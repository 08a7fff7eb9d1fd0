import {describe, expect, test} from "vitest";
import {comparabilityNote, facetRows} from "../../src/components/indicator-rows.ts";

describe("facetRows(facets)", () => {
  test("gives [] when every list is empty", () => {
    expect(facetRows({doc_types: [], years: [], units: [], kinds: []})).toEqual([]);
  });

  test("carries exactly the facets' values, so comparabilityNote judges boxes as it judges their points", () => {
    const facets = {
      doc_types: ["annual_report", "task_plan"],
      years: [2021, 2022, 2023],
      units: ["件"],
      kinds: ["actual"]
    };
    const rows = facetRows(facets);
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2021, 2022, 2023]));
    expect(new Set(rows.map((r) => r.doc_type))).toEqual(new Set(["annual_report", "task_plan"]));
    expect(comparabilityNote(rows, "en")).toBe(
      "Compare with care: values come from different genres (annual reports, plans): reports give results, plans give goals; they are about different years (2021, 2022, 2023)."
    );
  });
});

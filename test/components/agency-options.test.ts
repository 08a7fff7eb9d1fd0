import {describe, expect, test} from "vitest";
import {agencyOptions} from "../../src/components/agency-options.ts";

describe("agencyOptions(summary)", () => {
  test("lists named agencies by assignments, most first and ties by id, without collective units", () => {
    const agencies = [
      {agency_id: "justice", name_zh: "司法局", name_en: "", kind: "government" as const},
      {agency_id: "finance", name_zh: "财政局", name_en: "", kind: "government" as const},
      {agency_id: "audit", name_zh: "审计局", name_en: "", kind: "government" as const},
      {agency_id: "towns", name_zh: "各镇", name_en: "", kind: "collective" as const}
    ];
    const assignments = {justice: 3, towns: 9, finance: 5, audit: 3};
    expect(agencyOptions({agencies, assignments})).toEqual(["finance", "audit", "justice"]);
  });

  test("gives [] for an empty summary", () => {
    expect(agencyOptions({agencies: [], assignments: {}})).toEqual([]);
  });
});

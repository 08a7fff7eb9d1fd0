import {describe, expect, test} from "vitest";
import {agencyTable} from "../../loaders/assignments/agency-table.ts";
import type {Assignment} from "../../loaders/types.ts";

const row = (agency_raw: string, agency_id: string): Assignment => ({
  doc_id: "d",
  item_id: "d:1",
  role: "lead",
  agency_raw,
  agency_id,
  is_collective: agency_id.startsWith("collective:"),
  char_start: 0,
  char_end: agency_raw.length,
  form: "unit-line"
});

describe("agencyTable(assignments)", () => {
  const table = agencyTable([
    row("东胜区司法局", "justice_bureau"),
    row("辽阳市法制办", "justice_bureau"),
    row("东胜区司法局", "justice_bureau"),
    row("各镇、街道", "collective:townships_streets"),
    row("区网络安全应急指挥中心", "unknown:网络安全应急指挥中心")
  ]);

  test("gives one row per agency_id, sorted by id", () => {
    expect(table.map((agency) => agency.agency_id)).toEqual([
      "collective:townships_streets",
      "justice_bureau",
      "unknown:网络安全应急指挥中心"
    ]);
  });

  test("names a known agency from the alias table, with the raw spellings seen and those of the file", () => {
    const justice = table[1];
    expect([justice.name_zh, justice.name_en, justice.kind]).toEqual(["司法局", "Justice Bureau", "government"]);
    expect(justice.aliases).toContain("东胜区司法局");
    expect(justice.aliases).toContain("辽阳市法制办");
    expect(justice.aliases).toContain("法制办公室");
    expect(justice.aliases.filter((alias) => alias === "东胜区司法局")).toHaveLength(1);
  });

  test("names a collective unit from its rule and an unknown agency from its id", () => {
    expect(table[0]).toEqual({
      agency_id: "collective:townships_streets",
      name_zh: "各乡镇(街道)",
      name_en: "All townships and sub-districts",
      kind: "collective",
      aliases: ["各镇、街道"]
    });
    expect(table[2]).toEqual({
      agency_id: "unknown:网络安全应急指挥中心",
      name_zh: "网络安全应急指挥中心",
      name_en: "Cybersecurity Emergency Command Center",
      kind: "government",
      aliases: ["区网络安全应急指挥中心"]
    });
  });

  test("null and [] return []", () => {
    expect(agencyTable(null)).toEqual([]);
    expect(agencyTable([])).toEqual([]);
  });
});

import {describe, expect, test} from "vitest";
import {partitionPath} from "../../loaders/tables/partition-path.ts";

describe("partitionPath(table, province, year)", () => {
  test.each([
    ["items", "内蒙古自治区", 2023, "items/province=内蒙古自治区/year=2023"],
    ["documents", null, null, "documents/province=__HIVE_DEFAULT_PARTITION__/year=__HIVE_DEFAULT_PARTITION__"],
    ["texts", "", 2020, "texts/province=__HIVE_DEFAULT_PARTITION__/year=2020"],
    ["items", "a/b=c", 2020, "items/province=a%2Fb%3Dc/year=2020"]
  ])("%s, %j, %j → %s", (table, province, year, expected) =>
    expect(partitionPath(table, province, year)).toBe(expected)
  );
});

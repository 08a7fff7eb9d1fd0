import {expect, it} from "vitest";
import {nearestByYear} from "../../loaders/site/nearest-by-year.ts";

const list = [
  {slug: "a", year: 2015},
  {slug: "b", year: 2020},
  {slug: "c", year: 2022},
  {slug: "d", year: 2022},
  {slug: "e", year: 2024},
  {slug: "f", year: 2024}
];
/** The same order by sorting everything: distance in years, then slug. */
const bySort = (year: number, skip: string | null, n: number) =>
  list
    .filter((e) => e.slug !== skip)
    .sort((x, y) => Math.abs(x.year - year) - Math.abs(y.year - year) || (x.slug < y.slug ? -1 : 1))
    .slice(0, n);

it("nearestByYear(list, year, skip, n) takes the nearest years first, ties by slug across both sides", () => {
  expect(nearestByYear(list, 2023, null, 4).map((e) => e.slug)).toEqual(["c", "d", "e", "f"]);
  expect(nearestByYear(list, 2022, "c", 3).map((e) => e.slug)).toEqual(["d", "b", "e"]);
  expect(nearestByYear(list, 2030, null, 2).map((e) => e.slug)).toEqual(["e", "f"]);
  expect(nearestByYear(list, 2000, "a", 1).map((e) => e.slug)).toEqual(["b"]);
});

it("nearestByYear gives what a full sort gives, for every year, skip and n", () => {
  for (let year = 2010; year <= 2028; ++year)
    for (const skip of [null, "a", "c", "f"])
      for (const n of [0, 1, 3, 6]) expect(nearestByYear(list, year, skip, n)).toEqual(bySort(year, skip, n));
});

it("nearestByYear on an empty list gives []", () => {
  expect(nearestByYear([], 2020, null, 3)).toEqual([]);
});

/**
 * GB/T 2260 codes whose county-level divisions belong to the province itself, not to a prefecture: the first two
 * digits of the four municipalities (北京 11, 天津 12, 上海 31, 重庆 50: their districts and counties, 1101xx,
 * 5002xx and retired ones such as 310230 崇明县, sit under a placeholder "市辖区"/"县" that is no jurisdiction), and
 * the prefecture digits 90 that the standard gives to 省直辖县级行政区划 (济源 419001, 仙桃 429004, 五指山 469001,
 * 石河子 659001). A new case is one entry.
 */
export const provinceCountyRules: {name: string; test: (adcode: string) => boolean}[] = [
  {name: "municipality", test: (adcode) => ["11", "12", "31", "50"].includes(adcode.slice(0, 2))},
  {name: "province-administered county", test: (adcode) => adcode.slice(2, 4) === "90"}
];

/**
 * The GB/T 2260 code one level up: a county-level 150602 → its prefecture 150600; a prefecture 150600 → its
 * province 150000; a district or county of a municipality (110101, 310115, 500101, 500229) or a county-level unit
 * administered by its province (429004) → the province (provinceCountyRules). A province (xx0000), a malformed or a
 * missing code gives null.
 */
export function parentAdcode(adcode: string | null | undefined): string | null {
  if (adcode == null || !/^\d{6}$/.test(adcode) || adcode.endsWith("0000")) return null;
  const province = `${adcode.slice(0, 2)}0000`;
  if (adcode.endsWith("00") || provinceCountyRules.some((r) => r.test(adcode))) return province;
  return `${adcode.slice(0, 4)}00`;
}

/**
 * The codes that contain a six-digit adcode, nearest first, by parentAdcode: 150602 → ["150600", "150000"],
 * 110101 → ["110000"]; a province, or anything that is not six digits, gives [].
 */
export function ancestorAdcodes(adcode: string | null | undefined): string[] {
  const ancestors: string[] = [];
  for (let code = parentAdcode(adcode); code != null; code = parentAdcode(code)) ancestors.push(code);
  return ancestors;
}

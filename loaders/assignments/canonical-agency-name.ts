/** Whitespace of any width, including the ideographic space. */
const SPACE = /[\s\u3000]+/g;

/** An aside in round brackets of either width, one level of nesting: "(州行政服务中心)", "(市)". */
const ASIDE = /[(（](?:[^()（）]|[(（][^()（）]*[)）])*[)）]/g;

/** The lookup key of an agency name: whitespace and (…) asides removed, a leading 中共 dropped, 人民政府 read as 政府; null and "" return "". */
export function canonicalAgencyName(raw: string | null | undefined): string {
  if (raw == null) return "";
  return String(raw)
    .replace(SPACE, "")
    .replace(ASIDE, "")
    .replace(/^中共/, "")
    .replace(/人民政府/g, "政府");
}

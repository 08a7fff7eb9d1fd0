import {canonicalAgencyName} from "./canonical-agency-name.ts";
import {normaliseAgency} from "./normalise-agency.ts";

/** How the name of an organ ends: 局, 委, 办, 中心, 政府, 部门, 街道… */
export const AGENCY_ENDING =
  /(局|委|办|部|院|会|室|厅|署|中心|所|队|站|府|处|组|团|联|社|馆|台|庭|公司|部门|单位|机关|机构|街道|镇|乡|苏木|嘎查|社区)$/;

/** Whether a piece of text reads as the name of an agency or collective unit (known, collective, or ending like an organ); "" returns false. */
export function isAgencyName(raw: string | null | undefined): boolean {
  // "市法制办等", "局等": 等 closes an open list and belongs to the name as written.
  const name = canonicalAgencyName(raw)?.replace(/等$/, "");
  if (name === "") return false;
  if (!normaliseAgency(name).agency_id.startsWith("unknown:")) return true;
  return AGENCY_ENDING.test(name);
}

import {lookupAgency} from "./lookup-agency.ts";
import {LEVEL_CHARS, placeNames} from "../metadata/place-names.ts";

/** Words that begin with a level character but are not a place: 市场监督管理局 is not 市 + 场监督管理局. */
const NOT_A_PLACE = /^(市场|市民|市容|市政(?!府)|区域|县域|[省市区县州旗盟]级)/;

/**
 * The jurisdiction text at the start of a canonical agency name: the run cut to find a known agency, else GB/T 2260
 * division names and a lone level character (区司法局 → 区, 内蒙古自治区鄂尔多斯市X局 → 内蒙古自治区鄂尔多斯市); "" when none.
 */
export function leadingPlace(name: string): string {
  if (!name) return "";
  const known = lookupAgency(name);
  if (known) return known.place;
  const {names, maxLength} = placeNames();
  let place = "";
  let rest = name;
  for (;;) {
    const division = longestDivision(rest, names, maxLength);
    if (division) {
      place += division;
      rest = rest.slice(division.length);
    } else {
      if (rest.length > 1 && LEVEL_CHARS.has(rest[0]) && !NOT_A_PLACE.test(rest)) place += rest[0];
      return place;
    }
  }
}

function longestDivision(text: string, names: Set<string>, maxLength: number): string | null {
  for (let n = Math.min(maxLength, text.length - 1); n >= 2; --n) {
    const head = text.slice(0, n);
    if (names.has(head)) return head;
  }
  return null;
}

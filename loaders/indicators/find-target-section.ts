/** A heading line that opens a report's plans part: "三、下一步工作打算", "四、2024年工作安排", "今后工作思路". */
const HEADING =
  /(?:^|\n)[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|[0-9]+[、.．])?[ \t\u3000]*[^\n。]{0,12}?(?:(下一步|下步|今后|明年)|([0-9]{4})年度?)的?(?:工作)?(?:打算|安排|计划|思路|重点|举措|目标|展望|谋划|设想|工作|努力方向)[^\n。]{0,20}(?=\n|$)/g;
/** A sentence that turns to the future: "2024年,某市将…", "下一步,我们将…". */
const SENTENCE =
  /(?:^|[。！？!?\n])[ \t\u3000]*(?:(下一步|下步|今后|明年)[,，]|([0-9]{4})年度?[,，]?[^。\n]{0,40}?(?:将|计划|力争|打算|着力))/g;

/**
 * Returns the offset where an annual report's "next steps" part begins (a 下一步/今后/<later year>工作打算 heading, or a
 * sentence opening with a year after `year` and 将/计划…), or null when there is none; empty text returns null.
 */
export function findTargetSection(text: string | null | undefined, year: number | null): number | null {
  if (text == null || text === "") return null;
  let best: number | null = null;
  for (const re of [HEADING, SENTENCE]) {
    for (const m of text.matchAll(re)) {
      const later = m[2] == null ? m[1] != null : year != null && Number(m[2]) > year;
      if (later) {
        const at = m.index + (/^[。！？!?\n]/.test(m[0]) ? 1 : 0);
        if (best == null || at < best) best = at;
        break;
      }
    }
  }
  return best;
}

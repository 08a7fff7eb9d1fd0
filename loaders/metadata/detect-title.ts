import {matchLabel} from "../text/match-label.ts";
import {LABEL_SOURCE} from "../text/unit-vocabulary.ts";

/** Words a document title ends with (or contains, for 印发 notices). */
const GENRE =
  /(?:方案|意见|报告|要点|计划|通知|办法|规划|决定|总结|规定|细则|纲要|清单|措施|安排|分工|情况|通报|公告|通告|批复|函|决议|条例|制度|指引|标准|目录)/;
const SENTENCE = /[。;!?]|[,:].{12,}/;
const SALUTATION = /:\s*$/;
const DATE_LINE = /^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九十]{4}年.{1,6}日)$/;
/** An issuer's letterhead ("某县人民政府文件") or a document number line above a title. */
const HEADER_LINE = /(?:人民政府|办公室|办公厅|委员会|文件|号)$|[〔[]\d{4}[〕\]]/;
/** A unit label opening a line (牵头单位…): a unit line, never a title. */
const UNIT_LABEL = new RegExp(`^(?:${LABEL_SOURCE})`);
/** Lines read from the top of the text. */
const MAX_LINES = 8;

/**
 * The document title: among the first lines of the cleaned text, the first that is 5–100 characters long, is not a
 * sentence, salutation, date, outline heading or metadata line, and names a genre (方案, 意见, 报告, 要点, 通知…);
 * a title broken over two lines is joined. Returns null when no line qualifies, and for empty input.
 */
export function detectTitle(text: string): string | null {
  if (text == null || text === "") return null;
  const lines = text
    .split("\n", 60)
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .slice(0, MAX_LINES);
  for (let i = 0; i < lines.length; ++i) {
    const line = lines[i];
    if (!isTitleLike(line)) continue;
    if (GENRE.test(line.slice(-6)) || /^关于.*的通知$/.test(line)) return line;
    const next = lines[i + 1];
    if (next && continuesTitle(line, next)) return line + next;
  }
  return null;
}

/** A title's second line: short, ending in a genre word, not a title of its own; the first line is no header. */
function continuesTitle(line: string, next: string): boolean {
  return (
    next.length >= 2 &&
    next.length <= 30 &&
    line.length + next.length <= 100 &&
    !SENTENCE.test(next) &&
    GENRE.test(next.slice(-6)) &&
    !next.startsWith("关于") &&
    !HEADER_LINE.test(line)
  );
}

function isTitleLike(line: string): boolean {
  return (
    line.length >= 5 &&
    line.length <= 100 &&
    !SENTENCE.test(line) &&
    !SALUTATION.test(line) &&
    !DATE_LINE.test(line) &&
    matchLabel(line) == null &&
    !UNIT_LABEL.test(line)
  );
}

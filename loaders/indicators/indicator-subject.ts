/** Words that open a clause but are not part of what is counted. */
const LEAD =
  /^(?:[(（][一二三四五六七八九十0-9]+[)）]|[一二三四五六七八九十]+、|[0-9]+[.、．)）](?![0-9])|[、，,；;：:和及与或并且\s“”"]|[0-9]{4}年度?|全年共计|全年共|全年|年内共|年内|共计|累计|合计|总计|共|先后|其中|分别|同比|另|确保|力争|争取|做到|实现|推动)+/;
/** Verbs and bounds between the subject and its number. */
const TRAIL =
  /(?:共计|共|累计|合计|总计|达到|达|为|约|近|超过|逾|分别|有|了|是|增至|提高到|提高至|提升到|提升至|压缩至|压缩到|缩短至|降至|降低到|不少于|不低于|不超过|至少|完成|均|保持在|控制在|保持|下降|上升|增长|提高|降低|[\s，,、:：])+$/;
/** What may follow the unit before the counted noun ("70%以上的政务服务事项"). */
const POST_LEAD = /^(?:以上|以下|左右|之内|以内|内|的|[\s“”"])+/;
/** The counted noun after the unit stops at the first verb, conjunction or list mark. */
const POST_CUT =
  /(研究|进行|开展|提供|签订|参加|参与|作出|实施|纳入|用于|实现|提出|发布|荣获|换发|开设|接受|报送|举行|的|和|与|及|等|、|[0-9０-９])/;
/** Closing marks left over when the noun is cut inside a quotation or bracket. */
const CLOSERS = /[)）”"」』】\]》]+$/;
const MAX = 24;

/**
 * Picks the phrase a number counts, as written: the words before it in its clause ("办理行政复议案件" in
 * "办理行政复议案件435件"), or the noun after the unit when only a verb precedes ("召开6次政府常务会议"); rates prefer
 * the words before; empty input returns "".
 */
export function indicatorSubject(
  before: string | null | undefined,
  after: string | null | undefined,
  family: string
): string {
  const pre = trimBefore(before ?? "");
  const post = trimAfter(after ?? "");
  if (family === "rate") return pre.length > 2 || post === "" ? pre : post;
  return post.length >= 2 ? post : pre || post;
}

function trimBefore(s: string): string {
  let out = s;
  for (let prev = ""; prev !== out;) ((prev = out), (out = out.replace(LEAD, "").replace(TRAIL, "")));
  return out.length > MAX ? out.slice(-MAX) : out;
}

function trimAfter(s: string): string {
  const rest = s.replace(POST_LEAD, "");
  const cut = POST_CUT.exec(rest);
  const noun = (cut ? rest.slice(0, cut.index) : rest).replace(CLOSERS, "").trim();
  return noun.length > MAX ? noun.slice(0, MAX) : noun;
}

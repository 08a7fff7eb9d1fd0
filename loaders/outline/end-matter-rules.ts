/** A line that ends the outline's last span: signature, date, attachment or page furniture after the body. */
export interface EndMatterRule {
  name: string;
  /**
   * "end" lines cut the span of the item before them wherever they occur after the first item; "closing" lines (a
   * concluding paragraph) cut only in the trailing text after the last item.
   */
  kind: "end" | "closing";
  /** Tested against a line with surrounding whitespace removed. */
  pattern: RegExp;
  /** When true, short issuer lines just above (e.g. "某某市人民政府办公室") join the end matter. */
  issuer?: boolean;
}

const CN_DIGIT = "[〇零一二三四五六七八九]";
const CN_SMALL = "[一二三四五六七八九十]";

/** End-matter line rules, tried in order. */
export const endMatterRules: EndMatterRule[] = [
  {
    name: "date",
    kind: "end",
    pattern: /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(印发|发布)?$/,
    issuer: true
  },
  {
    name: "date-cn",
    kind: "end",
    pattern: new RegExp(`^${CN_DIGIT}{4}年${CN_SMALL}{1,2}月${CN_SMALL}{1,3}日(印发|发布)?$`),
    issuer: true
  },
  {name: "date-iso", kind: "end", pattern: /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/, issuer: true},
  {name: "attachment", kind: "end", pattern: /^(附件|附表)\s*[0-9０-９一二三四五六七八九十]*\s*([:：].*)?$/},
  {name: "cc", kind: "end", pattern: /^(抄送|抄报|主送)[:：]/},
  {name: "no-body", kind: "end", pattern: /^[(（]此(页无正文|件[^)）]*)[)）]$/},
  {name: "source-link", kind: "end", pattern: /^(原文链接|相关链接|相关热词|相关文章|相关阅读|附件下载)/},
  {
    name: "page-furniture",
    kind: "end",
    pattern: /^(扫一扫|打印本页|关闭窗口|【打印】|【关闭】|分享到|责任编辑|网站地图)/
  },
  {name: "copyright", kind: "end", pattern: /^(版权所有|Copyright|©|Powered by)/i},
  {
    name: "summary",
    kind: "closing",
    pattern: /^(综上所述|综上|总之|总的来看|综合来看|总体来看|总体而言|回顾[^,，。]{0,10}[,，])/
  },
  {name: "exhortation", kind: "closing", pattern: /^(全[省市区县州旗盟])?各(级|地)各(部门|单位)/}
];

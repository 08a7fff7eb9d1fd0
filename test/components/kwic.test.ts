/** kwic and searchCounts: hits of /search in context, filtered, sorted and counted per jurisdiction × year. */
import {describe, expect, it} from "vitest";
import {
  filterHits,
  hitPage,
  kwicColumns,
  kwicHeaders,
  kwicPage,
  kwicRows,
  sortHits,
  sortKwic
} from "../../src/components/kwic.ts";
import {
  countLevel,
  searchCounts,
  searchCountsCsvHeaders,
  searchCountsHeaders
} from "../../src/components/search-counts.ts";

const docs = [
  {
    doc_id: "a",
    title: "A",
    jurisdiction: "东胜区",
    jurisdiction_en: "Dongsheng",
    province: "内蒙古自治区",
    year: 2022,
    doc_type: "task_plan",
    chars: 30
  },
  {
    doc_id: "b",
    title: "B",
    jurisdiction: "鄂尔多斯市",
    jurisdiction_en: "Ordos",
    province: "内蒙古自治区",
    year: 2023,
    doc_type: "annual_report",
    chars: 12
  },
  {
    doc_id: "c",
    title: "C",
    jurisdiction: "东胜区",
    jurisdiction_en: "Dongsheng",
    province: "内蒙古自治区",
    year: 2022,
    doc_type: "annual_report",
    chars: 6
  }
];
const texts = new Map([
  [0, "一、完善行政复议制度。二、推进行政复议体制改革,行政复议"],
  [1, "全年办理行政复议案件12件"],
  [2, "行政复议机关"]
]);
const hits = [
  {doc: 0, start: 4, end: 8},
  {doc: 0, start: 15, end: 19},
  {doc: 0, start: 24, end: 28},
  {doc: 1, start: 4, end: 8},
  {doc: 2, start: 0, end: 4}
];

describe("kwicRows(hits, docs, texts)", () => {
  const rows = kwicRows(hits, docs, texts, {context: 4});

  it("gives each hit its document, offsets, the hit and up to `context` characters either side", () => {
    expect(rows[0]).toEqual({
      doc_id: "a",
      char_start: 4,
      char_end: 8,
      left: "一、完善",
      hit: "行政复议",
      right: "制度。二",
      jurisdiction: "东胜区",
      jurisdiction_en: "Dongsheng",
      year: 2022,
      doc_type: "task_plan",
      title: "A"
    });
    expect(rows.map((r) => [r.left, r.hit, r.right])).toEqual([
      ["一、完善", "行政复议", "制度。二"],
      ["二、推进", "行政复议", "体制改革"],
      ["制改革,", "行政复议", ""],
      ["全年办理", "行政复议", "案件12"],
      ["", "行政复议", "机关"]
    ]);
  });

  it("leaves out hits in documents whose text is not given", () => {
    expect(kwicRows(hits, docs, new Map([[1, texts.get(1)!]])).map((r) => r.doc_id)).toEqual(["b"]);
    expect(kwicRows([], docs, texts)).toEqual([]);
  });

  it("takes 20 characters by default", () => {
    expect(kwicRows([hits[2]], docs, texts)[0].left).toBe(texts.get(0)!.slice(4, 24));
  });
});

describe("filterHits(hits, docs, filter)", () => {
  it("keeps the hits of documents of the jurisdiction, year and type asked for; no filter keeps all", () => {
    expect(filterHits(hits, docs, {}).length).toBe(5);
    expect(filterHits(hits, docs, {jurisdiction: "东胜区"}).map((h) => h.doc)).toEqual([0, 0, 0, 2]);
    expect(filterHits(hits, docs, {year: "2023"}).map((h) => h.doc)).toEqual([1]);
    expect(filterHits(hits, docs, {year: 2022, type: "annual_report"}).map((h) => h.doc)).toEqual([2]);
    expect(filterHits(hits, docs, {jurisdiction: "东胜区", type: "work_points"})).toEqual([]);
  });
});

describe("sortKwic(rows, by)", () => {
  const rows = kwicRows(hits, docs, texts, {context: 4});
  const order = (by: string | null) => sortKwic(rows, by).map((r) => `${r.doc_id}${r.char_start}`);

  it("sorts the left context from the hit outwards (by its last character first)", () => {
    // the left contexts end in "" (c0), "," (a24), 善 U+5584 (a4), 理 U+7406 (b4), 进 U+8FDB (a15)
    expect(order("left")).toEqual(["c0", "a24", "a4", "b4", "a15"]);
  });

  it("sorts by right context, jurisdiction, year or type, ties in corpus order", () => {
    // the right contexts start "" (a24), 体 U+4F53 (a15), 制 U+5236 (a4), 机 U+673A (c0), 案 U+6848 (b4)
    expect(order("right")).toEqual(["a24", "a15", "a4", "c0", "b4"]);
    expect(order("jurisdiction")).toEqual(["a4", "a15", "a24", "c0", "b4"]);
    expect(order("year")).toEqual(["a4", "a15", "a24", "c0", "b4"]);
    expect(order("type")).toEqual(["b4", "c0", "a4", "a15", "a24"]);
  });

  it("keeps the corpus order for position, null or an unknown key, and returns a new array", () => {
    expect(order("position")).toEqual(["a4", "a15", "a24", "b4", "c0"]);
    expect(order("nonsense")).toEqual(order(null));
    expect(sortKwic(rows, "left")).not.toBe(rows);
  });
});

describe("sortHits(hits, docs, by) and hitPage(ordered, {size, more})", () => {
  const key = (list: {doc: number; start: number}[]) => list.map((h) => `${"abc"[h.doc]}${h.start}`);

  it("orders hits by the documents' jurisdiction, year or type before any context is read, ties in corpus order", () => {
    expect(key(sortHits(hits, docs, "type"))).toEqual(["b4", "c0", "a4", "a15", "a24"]);
    expect(key(sortHits(hits, docs, "year"))).toEqual(["a4", "a15", "a24", "c0", "b4"]);
    expect(key(sortHits(hits, docs, "jurisdiction"))).toEqual(["a4", "a15", "a24", "c0", "b4"]);
  });

  it("keeps the corpus order for orders that need the contexts (left, right) and for position, as a new array", () => {
    for (const by of ["left", "right", "position", null]) expect(sortHits(hits, docs, by)).toEqual(hits);
    expect(sortHits(hits, docs, "left")).not.toBe(hits);
  });

  it("pages the ordered hits and names the documents whose texts that page needs, once each in order", () => {
    expect(hitPage(hits, {size: 2})).toEqual({hits: hits.slice(0, 2), docs: [0]});
    expect(hitPage(sortHits(hits, docs, "type"), {size: 2})).toEqual({hits: [hits[3], hits[4]], docs: [1, 2]});
    expect(hitPage(hits, {size: 2, more: 1}).docs).toEqual([0, 1]);
    expect(hitPage(hits, {size: 50}).hits).toHaveLength(5);
    expect(hitPage([], {size: 50})).toEqual({hits: [], docs: []});
  });
});

describe("kwicPage(hits, docs, texts, by)", () => {
  const textsOf = (ds: number[]) => new Map(ds.map((d) => [d, texts.get(d)!]));

  it("gives the rows of the hits whose texts have arrived, and says whether every hit of the page has its row", () => {
    const page = hitPage(hits, {size: 50});
    expect(kwicPage(page.hits, docs, textsOf([0]), "position")).toEqual({
      rows: kwicRows(hits.slice(0, 3), docs, texts),
      complete: false
    });
    expect(kwicPage(page.hits, docs, textsOf([0, 1]), "position").complete).toBe(false);
    expect(kwicPage(page.hits, docs, texts, "position")).toEqual({rows: kwicRows(hits, docs, texts), complete: true});
    expect(kwicPage(hitPage(hits, {size: 3}).hits, docs, textsOf([0]), "position").complete).toBe(true);
    expect(kwicPage([], docs, new Map(), "left")).toEqual({rows: [], complete: true});
  });

  it("in corpus order and by jurisdiction, year or type, the first documents' rows are the first rows of the full page", () => {
    for (const by of ["position", "jurisdiction", "year", "type"]) {
      const page = hitPage(sortHits(hits, docs, by), {size: 4});
      const full = kwicPage(page.hits, docs, texts, by).rows;
      expect(full).toHaveLength(4);
      for (let n = 1; n <= page.docs.length; n += 1) {
        const {rows} = kwicPage(page.hits, docs, textsOf(page.docs.slice(0, n)), by);
        expect(rows, `${by}, ${n} documents`).toEqual(full.slice(0, rows.length));
        expect(rows.length).toBe(page.hits.filter((h) => page.docs.slice(0, n).includes(h.doc)).length);
      }
    }
  });

  it("by context, the rows that have arrived are sorted among themselves, and the full page is as sortKwic gives it", () => {
    for (const by of ["left", "right"]) {
      const page = hitPage(sortHits(hits, docs, by), {size: 50});
      const full = sortKwic(kwicRows(page.hits, docs, texts), by);
      expect(kwicPage(page.hits, docs, texts, by).rows).toEqual(full);
      const partial = kwicPage(page.hits, docs, textsOf([0, 1]), by).rows;
      expect(partial).toEqual(full.filter((r) => r.doc_id !== "c"));
      expect(partial).toHaveLength(4);
    }
  });
});

describe("searchCounts(hits, docs, {by}) and countLevel(docs)", () => {
  it("counts hits and documents per jurisdiction × year, sorted by jurisdiction then year", () => {
    expect(searchCounts(hits, docs)).toEqual([
      {place: "东胜区", place_en: "Dongsheng", year: 2022, hits: 4, documents: 2},
      {place: "鄂尔多斯市", place_en: "Ordos", year: 2023, hits: 1, documents: 1}
    ]);
    expect(searchCounts([], docs)).toEqual([]);
  });

  it('keeps an unknown jurisdiction (null) apart from one named "null" (joined string keys merged them)', () => {
    const named = (jurisdiction: string | null, year: number | null) => ({...docs[0], jurisdiction, year});
    const odd = [named(null, 2022), named("null", 2022), named(null, null), named("null", 2022)];
    expect(searchCounts([{doc: 0}, {doc: 1}, {doc: 2}, {doc: 3}, {doc: 3}] as typeof hits, odd)).toEqual([
      {place: "null", place_en: "Dongsheng", year: 2022, hits: 3, documents: 2},
      {place: null, place_en: "Dongsheng", year: 2022, hits: 1, documents: 1},
      {place: null, place_en: "Dongsheng", year: null, hits: 1, documents: 1}
    ]);
  });

  it("counts per province × year when asked, the English name from the province table", () => {
    expect(searchCounts(hits, docs, {by: "province"})).toEqual([
      {place: "内蒙古自治区", place_en: "Inner Mongolia", year: 2022, hits: 4, documents: 2},
      {place: "内蒙古自治区", place_en: "Inner Mongolia", year: 2023, hits: 1, documents: 1}
    ]);
  });

  it("counts by province only when the corpus names more jurisdictions than the limit", () => {
    expect(countLevel(docs)).toBe("jurisdiction");
    expect(countLevel(docs, 2)).toBe("jurisdiction");
    expect(countLevel(docs, 1)).toBe("province");
  });
});

describe("kwicHeaders(lang)", () => {
  it("labels every CSV column in Chinese, the documents' columns with the schema's labels; none in English", () => {
    const zh = kwicHeaders("zh");
    expect(kwicColumns.map((c) => zh[c])).toEqual([
      "文件编号",
      "起始位置",
      "结束位置",
      "左侧语境",
      "命中",
      "右侧语境",
      "地区",
      "年度",
      "类型"
    ]);
    expect(kwicHeaders("en")).toEqual({});
  });
});

describe("searchCountsCsvHeaders(level, lang) and searchCountsHeaders(level, lang)", () => {
  it("name the place column after the level, in both languages", () => {
    expect(searchCountsCsvHeaders("province", "en")).toEqual({place: "province", place_en: "province_en"});
    expect(searchCountsCsvHeaders("jurisdiction", "zh")).toEqual({
      place: "地区",
      place_en: "地区(英文)",
      year: "年度",
      hits: "命中数",
      documents: "文件数"
    });
    expect(searchCountsHeaders("province", "zh").place).toBe("省份");
    expect(searchCountsHeaders("jurisdiction", "en")).toEqual({
      place: "Jurisdiction",
      year: "Year",
      hits: "Hits",
      documents: "Documents"
    });
  });
});

import {expect, test} from "vitest";
import {csvRows} from "../../loaders/read/read-data-csv.ts";
import {neutraliseCell, toCsv} from "../../src/components/csv.ts";

test("neutraliseCell(text) prefixes ' to text starting with = + - @ tab or CR, and leaves plain numbers", () => {
  const cases: [string, string][] = [
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["+1+1", "'+1+1"],
    ["-1+1", "'-1+1"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["-5", "-5"],
    ["+3.2", "+3.2"],
    ["-1e3", "-1e3"],
    ["司法局", "司法局"],
    ["a=b", "a=b"],
    ["", ""]
  ];
  expect(cases.map(([text]) => [text, neutraliseCell(text)])).toEqual(cases);
});

test("toCsv(rows, columns, headers) neutralises formulas in cells and headers, keeps numbers, quotes per RFC 4180", () => {
  const csv = toCsv(
    [
      {issuer: "=cmd|' /C calc'!A0", value: -5, note: '@x, "y"'},
      {issuer: "东胜区人民政府", value: 3.5, note: "\r\n=1"}
    ],
    ["issuer", "value", "note"],
    {note: "=note"}
  );
  expect(csv).toBe(
    "issuer,value,'=note\r\n" + '\'=cmd|\' /C calc\'!A0,-5,"\'@x, ""y"""\r\n' + '东胜区人民政府,3.5,"\'\r\n=1"\r\n'
  );
  expect(csvRows(csv)).toEqual([
    ["issuer", "value", "'=note"],
    ["'=cmd|' /C calc'!A0", "-5", '\'@x, "y"'],
    ["东胜区人民政府", "3.5", "'\r\n=1"]
  ]);
});

test("toCsv gives the header line alone for no rows", () => {
  expect(toCsv([], ["a", "b"])).toBe("a,b\r\n");
});

test("csvRows(text) splits cells at commas and line ends outside quotes, unescapes doubled quotes, drops a BOM", () => {
  expect(csvRows('\ufeffa,"b,1"\r\n"say ""hi""",x"y,z"w\n\n,\nlast')).toEqual([
    ["a", "b,1"],
    ['say "hi"', "xy,zw"],
    [""],
    ["", ""],
    ["last"]
  ]);
  expect(csvRows("")).toEqual([]);
  expect(() => csvRows('a\r\nb,"c\r\nd')).toThrow("unclosed quote starting on line 2");
});

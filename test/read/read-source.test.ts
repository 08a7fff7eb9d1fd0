import {mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import iconv from "iconv-lite";
import {afterAll, describe, expect, it} from "vitest";
import {decodeEntities} from "../../loaders/read/decode-entities.ts";
import {decodeText} from "../../loaders/read/decode-text.ts";
import {ExtractError} from "../../loaders/read/extract-error.ts";
import {htmlToText} from "../../loaders/read/html-to-text.ts";
import {looksBinary} from "../../loaders/read/looks-binary.ts";
import {readSource} from "../../loaders/read/read-source.ts";
import {docxWithParagraphs, docxWithTable} from "../support/docx-fixture.ts";

const dir = mkdtempSync(join(tmpdir(), "read-source-test-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractError);
    return (error as ExtractError).problem;
  }
  throw new Error("expected an ExtractError");
}

const SAMPLE = "关于印发《2024年法治政府建设工作要点》的通知\n(一)加强党对法治政府建设的领导。";

describe("readSource(path)", () => {
  it("reads a seed .txt as UTF-8 with the sha256 of its bytes", async () => {
    const source = await readSource("seeds/ordos-2023-report.txt");
    expect(source.format).toBe("txt");
    expect(source.sha256).toBe("ab5d669093a4763b1cc6c2d89264db751b7102d5054a4b071ac72ae1219f4daf");
    expect(source.raw.length).toBe(3803);
    expect(source.raw.startsWith("2023年,鄂尔多斯市深入贯彻习近平法治思想")).toBe(true);
    expect(source.warnings).toEqual([]);
    expect(source.source_file).toBe("seeds/ordos-2023-report.txt");
  });

  it.each([
    ["UTF-8 with BOM", "bom8.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]), []],
    ["UTF-16LE with BOM", "bom16le.txt", iconv.encode(SAMPLE, "utf-16le", {addBOM: true}), []],
    [
      "UTF-16BE with BOM",
      "bom16be.txt",
      Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SAMPLE, "utf-16be")]),
      []
    ],
    ["GBK without BOM", "gbk.txt", iconv.encode(SAMPLE, "gbk"), ["decoded as GB18030"]],
    ["GB18030 without BOM", "gb18030.txt", iconv.encode(SAMPLE, "gb18030"), ["decoded as GB18030"]],
    ["an unknown extension that decodes as text", "notes.dat", Buffer.from(SAMPLE), []]
  ])("decodes %s", async (_, name, bytes, warnings) => {
    const source = await readSource(file(name, bytes));
    expect(source.raw).toBe(SAMPLE);
    expect(source.format).toBe("txt");
    expect(source.warnings).toEqual(warnings);
  });

  it.each([
    ["an empty file", "empty.txt", Buffer.alloc(0), "empty file"],
    [
      "a file with NUL bytes",
      "binary.txt",
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 0x08, 0xff, 0xfe]),
      "binary file, not text"
    ],
    ["control characters", "control.bin", Buffer.from("\x01\x02\x03\x04\x05\x06abc\x07\x08"), "binary file, not text"],
    ["only whitespace", "blank.txt", Buffer.from(" \n\u3000\n\t "), "no text after decoding"],
    [
      "HTML without text",
      "empty.html",
      Buffer.from("<html><script>var a = 1;</script><p> </p></html>"),
      "no text after decoding"
    ],
    ["a .docx that is not a zip", "fake.docx", Buffer.from("not a zip"), "not a valid .docx (not a zip archive)"]
  ])("throws ExtractError for %s", async (_, name, bytes, problem) => {
    expect(await problemOf(readSource(file(name, bytes)))).toBe(problem);
  });

  it("throws for a file over the size limit before reading it (50 MiB → 52.4 MB > 20 MB)", async () => {
    const path = file("huge.txt", "");
    truncateSync(path, 50 * 1024 * 1024); // sparse: no 50 MB written
    expect(await problemOf(readSource(path))).toBe("file too large: 52.4 MB > 20 MB limit");
    const two = file("two.txt", "");
    truncateSync(two, 2_000_000);
    expect(await problemOf(readSource(two, {maxBytes: 1_500_000}))).toBe("file too large: 2.0 MB > 1.5 MB limit");
  });

  it("throws for a missing file", async () => {
    expect(await problemOf(readSource(join(dir, "missing.txt")))).toBe("cannot read file: no such file (ENOENT)");
  });

  it("strips an .html page: script and style content do not survive, blocks become lines, entities are decoded", async () => {
    const html = `<!DOCTYPE html><html><head><title>标题</title><style>p{color:red}</style></head><body>
      <nav>首页 政务公开</nav><!-- 注释 -->
      <h1>平城区2020年法治政府建设报告</h1>
      <script type="text/javascript">document.write("恶意脚本");</script>
      <p>一、基本情况&nbsp;&ldquo;放管服&rdquo;改革</p><div>区司
      法局<br>牵头单位:区司法局</div></body></html>`;
    const source = await readSource(file("page.html", html));
    expect(source.format).toBe("html");
    expect(source.raw).toBe(
      "平城区2020年法治政府建设报告\n一、基本情况\u00a0“放管服”改革\n区司 法局\n牵头单位:区司法局"
    );
    expect(source.raw).not.toContain("恶意脚本");
  });

  it("strips an HTML page saved as .txt, with a warning", async () => {
    const source = await readSource(
      file("page.txt", "<!doctype html><html><body><p>第一段</p><p>第二段</p></body></html>")
    );
    expect(source).toMatchObject({
      format: "html",
      raw: "第一段\n第二段",
      warnings: ["HTML markup in a .txt file; stripped"]
    });
  });

  it("reads a .docx table as one line per row with a tab between cells (empty cells kept inside a row)", async () => {
    const path = file(
      "ledger.docx",
      docxWithTable([
        ["序号", "工作任务", "牵头单位", "责任单位"],
        ["1", "健全重大行政决策程序制度", "县司法局", "县政府办"],
        ["2", "加强行政复议规范化建设", "县司法局", ""]
      ])
    );
    const source = await readSource(path);
    expect(source.raw).toBe(
      "序号\t工作任务\t牵头单位\t责任单位\n1\t健全重大行政决策程序制度\t县司法局\t县政府办\n2\t加强行政复议规范化建设\t县司法局"
    );
  });

  it("reads a .docx with mammoth (through HTML), one paragraph per line", async () => {
    const path = file(
      "plan.docx",
      docxWithParagraphs(["关于印发《工作要点》的通知", "(一)加强党的领导。", "牵头单位:区司法局"])
    );
    const source = await readSource(path);
    expect(source.format).toBe("docx");
    expect(source.raw.trim()).toBe("关于印发《工作要点》的通知\n(一)加强党的领导。\n牵头单位:区司法局");
  });
});

describe("decodeText(bytes)", () => {
  it("returns empty text for empty bytes", () => {
    expect(decodeText(new Uint8Array())).toEqual({text: "", encoding: "utf-8", warnings: []});
  });
  it("recognises UTF-16LE without a BOM by its NUL bytes", () => {
    expect(decodeText(iconv.encode("Report 2023: 法治政府建设", "utf-16le"))).toEqual({
      text: "Report 2023: 法治政府建设",
      encoding: "utf-16le",
      warnings: ["decoded as UTF-16LE (no byte-order mark)"]
    });
  });
  it("keeps valid UTF-8 as UTF-8", () => {
    expect(decodeText(Buffer.from("东胜区")).encoding).toBe("utf-8");
  });

  const seed = readFileSync("seeds/dongsheng-2022-plan.txt", "utf8");

  it("decodes nearly valid UTF-8 (one byte cut off mid-character) as UTF-8 with U+FFFD, naming the byte offset", () => {
    const bytes = Buffer.from(seed.slice(0, 1000));
    const damaged = Buffer.concat([bytes.subarray(0, 301), bytes.subarray(302)]);
    const decoded = decodeText(damaged);
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.warnings).toEqual([
      "invalid UTF-8 at byte 300; decoded as UTF-8 with U+FFFD in their place (a truncated or damaged file?)"
    ]);
    expect(decoded.text.slice(0, 50)).toBe(seed.slice(0, 50));
    expect(decoded.text.match(/\uFFFD/g)).toHaveLength(1);
  });

  it("still decodes GBK as GB18030, however many bytes are invalid UTF-8", () => {
    const text = seed.slice(0, 2000).replace(/[^\u4e00-\u9fff\n]/g, "");
    expect(decodeText(iconv.encode(text, "gbk"))).toEqual({
      text,
      encoding: "gb18030",
      warnings: ["decoded as GB18030"]
    });
  });

  it.each(["utf-16le", "utf-16be"] as const)(
    "recognises mostly-Chinese %s without a BOM (few NUL bytes)",
    (encoding) => {
      // eslint-disable-next-line no-control-regex -- all ASCII, NUL included, is dropped
      const chinese = seed.slice(0, 3000).replace(/[\x00-\x7f]/g, "");
      expect(decodeText(iconv.encode(chinese, encoding))).toEqual({
        text: chinese,
        encoding,
        warnings: [`decoded as ${encoding.toUpperCase()} (no byte-order mark)`]
      });
    }
  );
});

describe("looksBinary(bytes)", () => {
  it.each([
    ["empty", [], false],
    ["text", [...Buffer.from("abc\n\t中文")], false],
    ["a NUL byte", [0x41, 0x00, 0x42], true],
    ["over 10% control bytes", [0x01, 0x41, 0x41, 0x41, 0x41], true]
  ])("%s → %s", (_, bytes, expected) => {
    expect(looksBinary(Uint8Array.from(bytes as number[]))).toBe(expected);
  });
});

describe("htmlToText(html)", () => {
  it.each([
    ["", ""],
    ["<p>a</p><p>b</p>", "a\nb"],
    ["<table><tr><td>索引号</td><td>0001</td></tr></table>", "索引号\t0001"],
    [
      "<table><tr><td><p>序号</p></td><td><p>牵头单位</p></td></tr><tr><td>1</td><td><p>县司法局</p><p>县政府办</p></td><td></td><td>长期</td></tr></table>",
      "序号\t牵头单位\n1\t县司法局 县政府办\t\t长期"
    ],
    ["<script>alert('<p>x</p>')</script>正文", "正文"],
    ["<SCRIPT src=x>unclosed", ""],
    ['<a href="x>y">链接</a>', "链接"],
    ["第一行<br/>第二行", "第一行\n第二行"],
    ["<p>a</p>\n\n\n<p></p><p></p><p>b</p>", "a\nb"],
    ["<header>网站名</header><p>正文</p>", "网站名\n正文"],
    ['<a title="a<b">链接</a>', "链接"],
    ["a < b 且 c > d", "a < b 且 c > d"],
    ["<!-- 注释 -->正文<!-- 未闭合", "正文"],
    ["<?xml version='1.0'?>正文", "正文"],
    ["<![CDATA[x]]>正文", "正文"]
  ])("htmlToText(%j) → %j", (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it.each([
    ["<a ", "<a "],
    ["<!", "<!"],
    ["<?", "<?"],
    ['<a "', '<a "'],
    ["<p title='", "<p title='"]
  ])("strips 300 KB of %j repeated in well under 10 s (quadratic, it took 51 s; now about 0.2 s)", (unit, kept) => {
    // A wide bound on purpose: the test machine is shared; the quadratic version is 5 times over it.
    const html = unit.repeat(Math.ceil(300_000 / unit.length));
    const t0 = performance.now();
    const text = htmlToText(html);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(text.startsWith(kept.trim())).toBe(true);
  });
});

describe("decodeEntities(text)", () => {
  it.each([
    ["", ""],
    ["a&amp;b", "a&b"],
    ["&#8220;&#x201D;", "“”"],
    ["&ldquo;放管服&rdquo;", "“放管服”"],
    ["&unknown; &#0;", "&unknown; &#0;"],
    ["&lt;p&gt;", "<p>"]
  ])("decodeEntities(%j) → %j", (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

import {writeFileSync} from "node:fs";
import type {Browser} from "playwright-core";

/** Page furniture of a test PDF: a running header and a footer, each with `#` standing for the page number. */
export interface PdfLayout {
  header?: string;
  footer?: string;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The text as an A4 HTML page: one paragraph per line, indented two characters as in printed documents; blank lines stay. */
export function textPage(text: string): string {
  const paragraphs = text
    .split(/\r?\n/)
    .map((line) => (line.trim() === "" ? `<p class="blank">&nbsp;</p>` : `<p>${escape(line.trim())}</p>`));
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body{font-family:"Noto Serif CJK SC",serif;font-size:16pt;line-height:1.5;margin:0}
p{margin:0;text-indent:2em}
</style></head><body>${paragraphs.join("\n")}</body></html>`;
}

/**
 * Prints the text to an A4 PDF with headless Chromium (real fonts, real text layer), with the running header and
 * footer on every page (`#` becomes the page number), and writes it to `path`; returns the page count.
 */
export async function textToPdf(browser: Browser, text: string, path: string, layout: PdfLayout = {}): Promise<number> {
  const template = (content: string | undefined, align: string) =>
    `<div style="font-size:11pt;width:100%;text-align:${align};font-family:'Noto Sans CJK SC'">${escape(
      content ?? ""
    ).replace("#", '<span class="pageNumber"></span>')}</div>`;
  const page = await browser.newPage();
  try {
    await page.setContent(textPage(text));
    const pdf = await page.pdf({
      format: "A4",
      displayHeaderFooter: Boolean(layout.header || layout.footer),
      headerTemplate: template(layout.header, "center"),
      footerTemplate: template(layout.footer, "center"),
      margin: {top: "30mm", bottom: "25mm", left: "28mm", right: "26mm"}
    });
    writeFileSync(path, pdf);
    return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  } finally {
    await page.close();
  }
}

/**
 * A scan: the text rendered to a PNG and printed as an image-only A4 page (no text layer), written to `path`; with
 * `before`, that text is printed as a text page first, so only the second page is a scan.
 */
export async function imagePdf(browser: Browser, text: string, path: string, before?: string): Promise<void> {
  const page = await browser.newPage({viewport: {width: 794, height: 1123}});
  try {
    await page.setContent(textPage(text));
    const png = (await page.screenshot({type: "png"})).toString("base64");
    const image = `<img style="display:block;width:170mm" src="data:image/png;base64,${png}">`;
    const html =
      before === undefined
        ? `<!doctype html><html><body style="margin:0">${image}</body></html>`
        : textPage(before).replace("</body>", `<div style="break-before:page">${image}</div></body>`);
    await page.setContent(html);
    writeFileSync(path, await page.pdf({format: "A4"}));
  } finally {
    await page.close();
  }
}

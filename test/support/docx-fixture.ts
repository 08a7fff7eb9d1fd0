import {crc32, deflateRawSync} from "node:zlib";

/** One entry of a zip archive: deflated when asked, with a declared uncompressed size that may lie. */
export interface ZipEntry {
  name: string;
  data: Buffer;
  deflate?: boolean;
  declaredSize?: number;
}

/** Builds a zip archive with stored (uncompressed) entries: enough for a .docx fixture, using only Node. */
export function zipStored(files: Record<string, string>): Buffer {
  return zipArchive(Object.entries(files).map(([name, content]) => ({name, data: Buffer.from(content, "utf8")})));
}

/** Builds a zip archive of the entries (stored, or deflated when asked), using only Node. */
export function zipArchive(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const {name, data: content, deflate, declaredSize} of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = deflate ? deflateRawSync(content) : content;
    const size = declaredSize ?? content.length;
    const crc = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(deflate ? 8 : 0, 8); // stored or deflated
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A minimal .docx whose body has one paragraph per string. */
export function docxWithParagraphs(paragraphs: string[]): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join("");
  return zipStored(docxParts(body));
}

/** A minimal .docx whose body is one table, one row per array of cell texts ("" leaves a cell empty). */
export function docxWithTable(rows: string[][]): Buffer {
  const cell = (t: string) =>
    `<w:tc>${t === "" ? "<w:p/>" : `<w:p><w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r></w:p>`}</w:tc>`;
  return zipStored(docxParts(`<w:tbl>${rows.map((row) => `<w:tr>${row.map(cell).join("")}</w:tr>`).join("")}</w:tbl>`));
}

/**
 * A .docx whose word/document.xml body is `repeat` copies of `xml`, deflated (a few KB on disk for millions of
 * copies), optionally declaring `declaredSize` as its uncompressed size: the docx bombs of issue 10.
 */
export function docxBomb(xml: string, repeat: number, declaredSize?: number): Buffer {
  const parts = docxParts(xml.repeat(repeat));
  return zipArchive(
    Object.entries(parts).map(([name, content]) => ({
      name,
      data: Buffer.from(content, "utf8"),
      deflate: true,
      declaredSize: name === "word/document.xml" ? declaredSize : undefined
    }))
  );
}

function docxParts(body: string): Record<string, string> {
  return {
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
  };
}

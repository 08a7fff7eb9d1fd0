import {saveBlob} from "./save-blob.js";
import {writeZip} from "./write-zip.js";

/** What a page needs of the release manifest (src/data/release-summary.json: the documents as a count). */
export interface ReleaseInfo {
  build_id: string;
  documents: number;
  tables: {name: string; rows: number}[];
}

/** src/data/release-files.json: the release's text files and its tables, in zip order. */
export interface ReleaseFileList {
  entries: {name: string; text: string}[];
  tables: {name: string; file: string}[];
}

/** Where the release link reads its parts (the page fetches them): the file list, and each table's Parquet bytes by name. */
export interface ReleaseSources {
  files: () => Promise<ReleaseFileList>;
  table: (name: string) => Promise<Uint8Array>;
}

/** The zip of a release from its file list and each table's bytes: byte for byte the archive releaseFiles describes. */
export async function releaseZip({files, table}: ReleaseSources): Promise<Uint8Array> {
  const {entries, tables} = await files();
  const bytes = await Promise.all(tables.map(({name}) => table(name)));
  return writeZip([
    ...entries.map(({name, text}) => ({name, data: text})),
    ...tables.map(({file}, k) => ({name: file, data: bytes[k]}))
  ]);
}

/**
 * The download link of the versioned data release: names the build and, when clicked, zips the release in the page
 * (releaseZip over the site's own Parquet files, so the site holds no second copy) and saves it as
 * fazhi-compare-<build id>.zip. While packing, and on an error (one line), it says so after its label
 * (data-state: packing, ready or error); a click while packing does nothing, a click after an error tries again.
 */
export function releaseLink(
  release: ReleaseInfo,
  sources: ReleaseSources,
  {lang = "zh"}: {lang?: "zh" | "en"} = {}
): HTMLAnchorElement {
  const en = lang === "en";
  const a = document.createElement("a");
  a.className = "release-link";
  a.href = "#";
  a.dataset.build = release.build_id;
  a.textContent = en
    ? `Download the data (build ${release.build_id}): ${release.tables.length} Parquet tables, data dictionary, manifest, citation`
    : `下载数据(版本 ${release.build_id})：${release.tables.length} 个 Parquet 表、数据字典、清单与引用格式`;
  const status = document.createElement("span");
  status.className = "release-status";
  status.setAttribute("aria-live", "polite");
  a.append(status);
  const filename = `fazhi-compare-${release.build_id}.zip`;
  let zip: Promise<Uint8Array> | undefined;
  a.addEventListener("click", async (event) => {
    event.preventDefault();
    if (a.dataset.state === "packing") return;
    a.dataset.state = "packing";
    status.textContent = en ? " — Packing…" : " — 正在打包…";
    try {
      zip ??= releaseZip(sources);
      saveBlob(new Blob([(await zip) as Uint8Array<ArrayBuffer>], {type: "application/zip"}), filename);
      a.dataset.state = "ready";
      status.textContent = "";
    } catch (error) {
      zip = undefined;
      a.dataset.state = "error";
      const message = error instanceof Error ? error.message : String(error);
      status.textContent = en ? ` — Could not pack the data: ${message}` : ` — 打包失败：${message}`;
    }
  });
  return a;
}

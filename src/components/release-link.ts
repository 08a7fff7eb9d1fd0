/** What a page needs of the release manifest (src/data/release-summary.json: the documents as a count). */
export interface ReleaseInfo {
  build_id: string;
  documents: number;
  tables: {name: string; rows: number}[];
}

/**
 * The download link of the versioned data release (src/data/release.zip): names the build, and saves as
 * fazhi-compare-<build id>.zip. A missing href gives a link to "#".
 */
export function releaseLink(
  release: ReleaseInfo,
  href: string | null | undefined,
  {lang = "zh"}: {lang?: "zh" | "en"} = {}
): HTMLAnchorElement {
  const a = document.createElement("a");
  a.className = "release-link";
  a.href = href ?? "#";
  a.download = `fazhi-compare-${release.build_id}.zip`;
  a.dataset.build = release.build_id;
  a.textContent =
    lang === "en"
      ? `Download the data (build ${release.build_id}): ${release.tables.length} Parquet tables, data dictionary, manifest, citation`
      : `下载数据(版本 ${release.build_id})：${release.tables.length} 个 Parquet 表、数据字典、清单与引用格式`;
  return a;
}

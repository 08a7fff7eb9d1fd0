import {siteTable} from "../site-table.ts";
import {releaseFiles} from "./release-files.ts";
import {releaseTableSchemas} from "../../tables/table-schemas.ts";

/** The data release of the site's corpus: every table of releaseTableSchemas (extraction and site tables), with its manifest and citation. */
export async function siteRelease(): Promise<ReturnType<typeof releaseFiles>> {
  const tables = [];
  for (const {name} of releaseTableSchemas) tables.push({name, bytes: await siteTable(name)});
  return releaseFiles(tables);
}

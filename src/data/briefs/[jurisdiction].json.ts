// One jurisdiction's brief (/brief/<slug>): everything the page shows, precomputed by loaders/brief-data.ts.
import {parseArgs} from "node:util";
import {briefData, type BriefTables} from "../../../loaders/brief-data.ts";
import {indicatorCatalogue} from "../../../loaders/indicator-catalogue.ts";
import {readParquetRows} from "../../../loaders/read-parquet.ts";
import {siteTable} from "../../../loaders/site-table.ts";

const {values} = parseArgs({options: {jurisdiction: {type: "string"}}});
const read = async <T>(name: string) => readParquetRows<T>(await siteTable(name));
const tables: BriefTables = {
  documents: await read("documents"),
  indicators: await read("indicators"),
  assignments: await read("assignments"),
  agencies: await read("agencies"),
  coverage: await read("coverage"),
  topics: await read("topics"),
  catalogue: indicatorCatalogue
};
process.stdout.write(JSON.stringify(briefData(tables, values.jurisdiction!)));

// The data dictionary: every Parquet table (the extraction's and the site's) with its columns, types and descriptions (loaders/tables/table-schemas.ts).
import {releaseTableSchemas} from "../../loaders/tables/table-schemas.ts";

process.stdout.write(JSON.stringify(releaseTableSchemas));

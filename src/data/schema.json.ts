// The data dictionary: every Parquet table with its columns, types and descriptions (loaders/tables/table-schemas.ts).
import {tableSchemas} from "../../loaders/tables/table-schemas.ts";

process.stdout.write(JSON.stringify(tableSchemas));

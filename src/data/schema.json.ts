// The data dictionary: every Parquet table with its columns, types and descriptions (loaders/table-schemas.ts).
import {tableSchemas} from "../../loaders/table-schemas.ts";

process.stdout.write(JSON.stringify(tableSchemas));

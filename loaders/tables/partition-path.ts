/** The value Hive, Spark and DuckDB read back as NULL. */
export const HIVE_NULL = "__HIVE_DEFAULT_PARTITION__";

/**
 * The hive-style folder of a table's partition, `<table>/province=<p>/year=<y>`, readable with
 * `read_parquet('<out>/<table>/**\/*.parquet', hive_partitioning = true)`. Null, undefined or empty values become
 * `__HIVE_DEFAULT_PARTITION__`; "/", "\\", "=", "%" and control characters are percent-encoded like Hive does.
 */
export function partitionPath(
  table: string,
  province: string | null | undefined,
  year: number | null | undefined
): string {
  return `${table}/province=${hiveValue(province)}/year=${hiveValue(year)}`;
}

function hiveValue(value: string | number | null | undefined): string {
  if (value == null || value === "" || (typeof value === "number" && !Number.isFinite(value))) return HIVE_NULL;
  return String(value).replace(
    // Control characters are among those escaped on purpose (Hive escapes them in partition paths too).
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f/\\=%:#?*"'<>|[\]^{}]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}

/**
 * How to cite one quoted figure or assignment: "<jurisdiction> <title>, <doc_number>, quoted at chars a–b;
 * dataset fazhi-compare build <build id>". Missing document fields are left out; a missing row gives the dataset only.
 */
export function figureCitation(
  doc: {jurisdiction?: string | null; title?: string | null; doc_number?: string | null} | null | undefined,
  row: {char_start: number; char_end: number} | null | undefined,
  buildId: string
): string {
  const dataset = `dataset fazhi-compare build ${buildId}`;
  if (row == null) return dataset;
  const name = [doc?.jurisdiction, doc?.title].filter(Boolean).join(" ");
  return `${[name, doc?.doc_number].filter(Boolean).join(", ")}, quoted at chars ${row.char_start}–${row.char_end}; ${dataset}`;
}

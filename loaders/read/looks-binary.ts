/** Share of control bytes (other than tab, newline, carriage return, form feed, escape) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.1;
/** Bytes inspected: enough to see a header, cheap on a 20 MB file. */
const SAMPLE = 64 * 1024;

/** Whether bytes are binary rather than text: a NUL byte, or more than 10% control bytes, in the first 64 KB; empty input returns false. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes == null || bytes.length === 0) return false;
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; ++i) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) ++control;
  }
  return control / n > MAX_CONTROL_SHARE;
}

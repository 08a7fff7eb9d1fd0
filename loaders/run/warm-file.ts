import {readFile} from "node:fs/promises";

/**
 * Starts reading a file in the background and forgets the bytes, so that the operating system has it cached when it
 * is read for real — file I/O overlaps the extraction of the document before it. Errors are ignored (the real read
 * reports them); an empty path does nothing.
 */
export function warmFile(path: string): void {
  if (path) readFile(path).catch(() => {});
}

/**
 * Cooperative stopping of a document's extraction. A worker thread over its time budget cannot be terminated while it
 * is inside nodejieba's native code (that aborts the whole process), so the extraction asks, between stages and
 * around every cut, whether it should stop; the worker thread answers from its retirement flag. On the main thread
 * nothing is ever asked to stop.
 */
let shouldStop: () => boolean = () => false;

/** Thrown where the extraction of a document stops because it was asked to. */
export class Interrupted extends Error {
  constructor() {
    super("extraction stopped (over its time budget)");
    this.name = "Interrupted";
  }
}

/** Sets the question asked between stages: true stops the document at hand with Interrupted. */
export function setInterrupt(ask: () => boolean): void {
  shouldStop = ask;
}

/** Throws Interrupted when the extraction has been asked to stop. */
export function checkInterrupt(): void {
  if (shouldStop()) throw new Interrupted();
}

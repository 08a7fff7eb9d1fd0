import {printable} from "./printable.ts";

/** A one-line progress bar on a TTY stream; on a non-TTY stream it prints a line every 5 % (or every document for short runs). */
export function progressBar(stream: NodeJS.WriteStream, {width = 30} = {}) {
  let lastPct = -1;
  const t0 = performance.now();
  return {
    update(done: number, total: number, label = "") {
      const pct = total ? Math.floor((done / total) * 100) : 100;
      const elapsed = (performance.now() - t0) / 1000;
      const rate = elapsed > 0 ? done / elapsed : 0;
      const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      const line = `${done}/${total} docs ${pct}% ${rate.toFixed(1)} docs/s eta ${eta}s ${printable(label)}`;
      if (stream.isTTY) {
        const filled = Math.round((pct / 100) * width);
        stream.write(
          `\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${line}`.slice(0, (stream.columns ?? 120) - 1) +
            "\x1b[K"
        );
      } else if (total <= 20 || pct >= lastPct + 5 || done === total) {
        stream.write(`extract: ${line}\n`);
        lastPct = pct;
      }
    },
    done() {
      if (stream.isTTY) stream.write("\n");
    }
  };
}

import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {tableSchema} from "../../loaders/tables/table-schemas.ts";
import {toParquet} from "../../loaders/tables/write-parquet.ts";
import {
  bench,
  benchTargets,
  busyNote,
  cutCause,
  distBytes,
  formatDistBytes,
  formatMemoryAtPeak,
  formatReport,
  formatTargets,
  largeCause,
  machineCpuSeconds,
  memoryAtPeak,
  otherLoad,
  ownCpuSeconds,
  renderReport,
  siteTextBytes,
  speedupCause,
  stageShares,
  type BenchRun,
  type BenchSite
} from "../../bench/bench.ts";

describe("bench({sizes: [20], workers: [1], runs: 1})", () => {
  test("reports one run of 20 documents with every stage and every table, and no error", () => {
    const report = bench({sizes: [20], workers: [1], runs: 1, outDir: mkdtempSync(join(tmpdir(), "bench-"))});
    expect(report.runs.map((r) => [r.docs, r.workers, r.runs, r.errors])).toEqual([[20, 1, 1, 0]]);
    const [run] = report.runs;
    // Other processes' share of the machine during the run, from /proc/stat: a share, not a count.
    expect(run.other_load).toBeGreaterThanOrEqual(0);
    expect(run.other_load).toBeLessThanOrEqual(1);
    // CPU seconds of the run's process and its memory at peak RSS, from the trace bench() asked the run for
    expect(run.cpu_seconds).toBeGreaterThan(0);
    expect(run.memory_at_peak!.rss).toBeGreaterThan(0);
    // one worker extracts on the main thread: no worker thread; parquet-wasm's memory probed there
    expect(Object.keys(run.memory_at_peak!.threads)).toEqual(["main"]);
    expect(run.memory_at_peak!.threads.main.parquet_wasm).toBeGreaterThan(0);
    const {heap_total, external} = run.memory_at_peak!.threads.main;
    expect(run.memory_at_peak!.rest).toBeCloseTo(run.memory_at_peak!.rss - heap_total - external, -1);
    expect(Object.keys(run.stages)).toEqual([
      "read_clean",
      "outline",
      "assignments",
      "indicators",
      "segment_keywords",
      "topics",
      "parquet_write"
    ]);
    expect(Object.keys(run.output_bytes).sort()).toEqual([
      "agencies",
      "assignments",
      "coverage",
      "documents",
      "indicators",
      "item_terms",
      "item_topics",
      "items",
      "keywords",
      "removals",
      "texts",
      "topics"
    ]);
  }, 120_000);
});

/**
 * A report as bench() writes it, with the runs measured on 2026-11-21 that the README quotes (seconds, MB/s, share of
 * raw cut per core, speed-up, peak RSS, ms per document); its stage times and table sizes are made up but fixed.
 */
const report = JSON.parse(readFileSync(new URL("../fixtures/bench-report.json", import.meta.url), "utf-8")) as {
  runs: BenchRun[];
};

describe("benchTargets(runs) and formatReport(report) of a fixed report", () => {
  test("give the README's verdicts: only the flat time per document is met", () => {
    expect(benchTargets(report.runs).map((t) => [t.met, t.value])).toEqual([
      [false, 0.24],
      [false, 1.6],
      [false, 748.3],
      [false, 1816],
      [true, 0.911],
      [false, 1.784],
      [false, null],
      [false, null]
    ]);
  });

  test("print the table and the targets as in the snapshot", async () => {
    const text = formatReport({...report, targets: benchTargets(report.runs)});
    await expect(text + "\n").toMatchFileSnapshot("../snapshots/bench/report.txt");
  });
});

/** A run row as bench() reports it, with only the fields the targets read. */
const row = (
  docs: number,
  workers: number,
  seconds: number,
  rss: number,
  fraction = 0.6,
  speedup: number | null = null
) => ({
  docs,
  workers,
  seconds,
  peak_rss_mb: rss,
  fraction_of_raw_per_core: fraction,
  speedup_vs_1_worker: speedup,
  ms_per_doc: (seconds * 1000) / docs
});

describe("the one-worker target of benchTargets(runs)", () => {
  test("notes the fraction per CPU-second beside the wall-clock one, which alone decides met", () => {
    const run = {...row(1000, 1, 190.7, 573, 0.548), fraction_of_raw_cpu: 0.3};
    expect(benchTargets([run])[0]).toMatchObject({
      value: 0.548,
      met: true,
      note: "1000 docs: 0.548 (per CPU-second: 0.3)"
    });
    const stages = Object.fromEntries(
      ["read_clean", "outline", "assignments", "indicators", "segment_keywords", "topics", "parquet_write"].map((k) => [
        k,
        {seconds: 1, mb_s: 1, docs_s: 1}
      ])
    );
    const text = formatReport({
      runs: [{...run, docs_s: 5.2, pipeline_mb_s: 0.149, raw_segment_mb_s: 0.271, stages} as unknown as BenchRun]
    });
    expect(text.split("\n")[0]).toMatch(/of raw\/core {2}of raw\/CPU s {2}speed-up/);
    expect(text.split("\n")[1]).toMatch(/ 55 % +30 % +- /);
  });
});

describe("stageShares(run)", () => {
  test("lists each stage's share of the stage time, largest first", () => {
    const run = {...row(1000, 1, 10, 600), stages: {topics: {seconds: 1}, segment_keywords: {seconds: 3}}};
    expect(stageShares(run)).toBe("segment_keywords 75 %, topics 25 %");
    expect(benchTargets([run])[0].note).toBe("1000 docs: 0.6; time at 1000 docs: segment_keywords 75 %, topics 25 %");
  });
});

describe("benchTargets(runs, site)", () => {
  test("says which extraction target is met, with the measured value, over 1k, 10k and 100k", () => {
    const targets = benchTargets([
      row(1000, 1, 20, 600, 0.55),
      row(1000, 2, 11, 900, 0.5, 1.8),
      row(10_000, 1, 200, 620, 0.52),
      row(10_000, 2, 125, 950, 0.42, 1.6),
      row(100_000, 2, 1300, 1100, 0.4)
    ]);
    expect(targets.map((t) => [t.met, t.value])).toEqual([
      [true, 0.52],
      [false, 1.6],
      [false, 1300],
      [false, 1100],
      [true, 1.182],
      [false, 1.222],
      [false, null],
      [false, null]
    ]);
    expect(targets[4].note).toBe("1 worker(s) 1000→10000: ×1; 2 worker(s) 1000→100000: ×1.182");
    // memory flat means peak RSS not growing with the corpus: 900 → 1,100 MB with 2 workers is ×1.222
    expect(targets[5].target).toBe("peak RSS flat from 1,000 to 100,000 documents (largest / smallest ≤ 1.2)");
    // NOT MET because it grew: both sizes' values beside the ratio
    expect(targets[5].note).toBe(
      "1 worker(s) 1000→10000: 600→620 MB, ×1.033; 2 worker(s) 1000→100000: 900→1100 MB, ×1.222"
    );
    expect(targets[6].note).toBe("not measured: run with --site 10000");
    expect(targets[7].note).toBe("not measured: run with --site 10000");
    expect(formatTargets(targets)).toContain(
      "NOT MET  100,000 documents extracted in ≤ 600 s: 1300 (100000 docs, 2 worker(s); needs 2.17× the throughput)"
    );
  });

  test("a site measured below 10,000 documents meets no site target", () => {
    const site = {
      docs: 20,
      targets: {
        overview_ms: {label: "overview rendered after navigation", value: 700, limit: 2000, unit: "ms", met: true}
      }
    };
    const [target] = benchTargets([], site as any).slice(-1);
    expect(target).toEqual({
      target: "site, 20 documents: overview rendered after navigation ≤ 2000 ms",
      value: 700,
      met: false,
      note: "within the limit, but measured at 20 documents, not 10,000"
    });
  });
});

describe("a site target NOT MET at 10,000 documents", () => {
  test("says by how much it is over the limit: 2600 ms against 2000 is 600 ms over", () => {
    const site = {
      docs: 10_000,
      targets: {
        overview_ms: {label: "overview rendered after navigation", value: 2600, limit: 2000, unit: "ms", met: false},
        filter_ms: {label: "filter change", value: 150, limit: 200, unit: "ms", met: true},
        search_ms: {label: "search", value: null, limit: 300, unit: "ms", met: false}
      }
    };
    const [over, within, missing] = benchTargets([], site as any).slice(-3);
    expect([missing.met, missing.note]).toEqual([false, "not measured: see the site's page_errors"]);
    expect([over.met, over.note]).toEqual([false, "600 ms over the limit"]);
    expect([within.met, within.note]).toEqual([true, ""]);
  });
});

describe("distBytes(dist)", () => {
  test("sums a built site's files by kind: bundles, briefs, follow files, search index, Parquet, wasm, the rest, and the total", () => {
    const dist = mkdtempSync(join(tmpdir(), "dist-"));
    const files: [string, number][] = [
      ["index.html", 100],
      ["_file/data/documents/a.json", 1000],
      ["_file/data/documents/b.json", 2000],
      ["_file/data/briefs/x.json", 300],
      ["_file/data/follow/p.json", 20],
      ["_file/data/search/index.json", 40],
      ["_file/data/search/0.json", 60],
      ["_file/data/texts.0123abcd.parquet", 500],
      ["_file/data/release/items.parquet", 70],
      ["_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-eh.wasm", 9000],
      ["_observablehq/client.js", 7]
    ];
    for (const [path, size] of files) {
      mkdirSync(join(dist, path, ".."), {recursive: true});
      writeFileSync(join(dist, path), "x".repeat(size));
    }
    expect(distBytes(dist)).toEqual({
      bundles: 3000,
      briefs: 300,
      follow: 20,
      search_index: 100,
      parquet: 570,
      wasm: 9000,
      other: 107,
      total: 13097
    });
  });
});

/** A site report of 10,000 documents with only what the site-size target reads; the byte counts are made up but fixed. */
const site = (docs: number, total: number) =>
  ({
    docs,
    targets: {},
    dist_bytes: {
      bundles: total - 400e6,
      briefs: 10e6,
      search_index: 150e6,
      parquet: 200e6,
      wasm: 38e6,
      other: 2e6,
      total
    },
    text_bytes: 300e6
  }) as unknown as BenchSite;

describe("the site-size target of benchTargets(runs, site)", () => {
  test("is dist/ over the normalised text: 1,400 MB over 300 MB is ×4.667, NOT MET", () => {
    const target = benchTargets([], site(10_000, 1400e6)).find((t) => t.target.startsWith("site size"));
    expect(target).toEqual({
      target: "site size: dist/ ≤ 2× the corpus's normalised text at 10,000 documents",
      value: 4.667,
      met: false,
      note:
        "10000 docs: dist 1400.0 MB = bundles 1000.0 MB + briefs 10.0 MB + search_index 150.0 MB + parquet 200.0 MB" +
        " + wasm 38.0 MB + other 2.0 MB; normalised text 300.0 MB; 2× needs 800.0 MB less"
    });
  });

  test("600 MB over 300 MB is ×2, met at 10,000 documents and not below", () => {
    const at = (docs: number) => benchTargets([], site(docs, 600e6)).find((t) => t.target.startsWith("site size"))!;
    expect([at(10_000).value, at(10_000).met]).toEqual([2, true]);
    expect([at(1000).value, at(1000).met]).toEqual([2, false]);
    expect(at(1000).note).toMatch(/; measured at 1000 documents, not 10,000$/);
  });

  test("formatDistBytes of a site without byte counts says 0 MB", () => {
    expect(formatDistBytes({})).toBe("dist 0.0 MB = ; normalised text 0.0 MB");
  });
});

describe("siteTextBytes(dist)", () => {
  test("sums the UTF-8 bytes of the texts table's texts: 法治 is 6 bytes, ab 2, a null text 0", () => {
    const dist = mkdtempSync(join(tmpdir(), "dist-"));
    mkdirSync(join(dist, "_file", "data"), {recursive: true});
    const rows = [
      {doc_id: "a", text: "法治"},
      {doc_id: "b", text: "ab"},
      {doc_id: "c", text: null}
    ];
    writeFileSync(join(dist, "_file", "data", "texts.0123abcd.parquet"), toParquet(rows, tableSchema("texts")));
    expect(siteTextBytes(dist)).toBe(8);
  });

  test("a site without a texts table gives 0", () => {
    expect(siteTextBytes(mkdtempSync(join(tmpdir(), "dist-")))).toBe(0);
  });
});

describe("machineCpuSeconds(stat), ownCpuSeconds(stat) and otherLoad(before, after, cpus)", () => {
  test("the machine's busy seconds are user + nice + system + irq + softirq + steal ticks over 100, idle and iowait left out", () => {
    expect(machineCpuSeconds("cpu  1000 200 300 5000 400 50 60 70 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n")).toBe(16.8);
    expect(machineCpuSeconds("intr 1 2 3")).toBeNull();
    expect(machineCpuSeconds(null)).toBeNull();
  });

  test("our own seconds are utime + stime + cutime + cstime of /proc/self/stat, after the name in parentheses", () => {
    const stat = "4242 (node (tsx)) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 50 900 100 20 0 11 0 1000 0 0";
    expect(ownCpuSeconds(stat)).toBe(13);
    expect(ownCpuSeconds(null)).toBeNull();
  });

  test("others' share is the machine's busy seconds less our own, over cpus × the seconds between the snapshots", () => {
    // 10 s on 2 cores is 20 CPU-seconds of capacity; the machine was busy 15 s, 9 of them ours: others 6/20.
    const before = {machine: 100, own: 1, at: 0};
    expect(otherLoad(before, {machine: 115, own: 10, at: 10_000}, 2)).toBe(0.3);
    expect(otherLoad(before, {machine: 108, own: 10, at: 10_000}, 2)).toBe(0);
    expect(otherLoad({...before, machine: null}, {machine: 115, own: 10, at: 10_000}, 2)).toBeNull();
    expect(otherLoad(before, {machine: 115, own: null, at: 10_000}, 2)).toBeNull();
  });
});

describe("wall-clock targets of benchTargets(runs) on a busy machine", () => {
  test("are not met when other processes used more than 10 % of the machine during a run they read, and say so", () => {
    const runs = [
      {...row(10_000, 1, 1113, 755, 0.55), other_load: 0.45},
      {...row(10_000, 2, 132.7, 1237, 0.55, 8.388), other_load: 0.02},
      {...row(100_000, 2, 500, 1570, 0.5), other_load: 0.3}
    ];
    const targets = benchTargets(runs);
    const busy = "wall clock not judged: other processes used 45 % of the machine during 10000 docs, 1 worker(s)";
    expect(busyNote(runs)).toBe(busy);
    expect(targets.slice(0, 5).map((t) => [t.met, t.value])).toEqual([
      [false, 0.55],
      [false, 8.388],
      [false, 500],
      [false, 1570],
      [false, 0.377]
    ]);
    expect(targets[0].note).toContain(busy);
    expect(targets[1].note).toBe(`132.7 s with 2 workers; ${busy}`);
    expect(targets[2].note).toBe(
      "100000 docs, 2 worker(s); wall clock not judged: other processes used 30 % of the machine during 100000 docs, 2 worker(s)"
    );
    // Quiet runs are judged as before: 10 % or less of the machine used by others.
    const quiet = runs.map((r) => ({...r, other_load: 0.1}));
    expect(busyNote(quiet)).toBeNull();
    expect(
      benchTargets(quiet)
        .slice(0, 3)
        .map((t) => t.met)
    ).toEqual([true, true, true]);
  });
});

describe("causes of targets NOT MET, from the measured numbers", () => {
  test("one worker at 0.28 of cut per CPU-second spends 2.57 CPU-s outside cut per CPU-s of cut; 0.5 needs ≤ 1, 61 % less", () => {
    const run = {...row(10_000, 1, 700, 700, 0.24), fraction_of_raw_cpu: 0.28};
    expect(cutCause(run)).toBe("outside cut at 10000 docs: 2.57 CPU-s per CPU-s of cut; 0.5 needs ≤ 1 (−61 %)");
    // without CPU times the wall-clock fraction is used: 1/0.24 − 1 = 3.17 s per s of cut, 1 − 1/3.17 = 68 % less
    expect(cutCause(row(10_000, 1, 700, 700, 0.24))).toBe(
      "outside cut at 10000 docs: 3.17 s per s of cut; 0.5 needs ≤ 1 (−68 %)"
    );
    expect(benchTargets([run])[0].note).toBe(
      "10000 docs: 0.24 (per CPU-second: 0.28); outside cut at 10000 docs: 2.57 CPU-s per CPU-s of cut; 0.5 needs ≤ 1 (−61 %)"
    );
    // met: no cause
    expect(cutCause(row(10_000, 1, 700, 700, 0.5))).toBeNull();
    expect(benchTargets([row(1000, 1, 10, 600, 0.6)])[0].note).toBe("1000 docs: 0.6");
  });

  test("two workers using 118 CPU-s against 100 for one can reach at most 2 × 100 / 118 = 1.69 on 2 cores", () => {
    const one = {...row(10_000, 1, 100, 700), cpu_seconds: 100};
    const two = {...row(10_000, 2, 62.5, 900, 0.4, 1.6), cpu_seconds: 118};
    const cause =
      "the 2-worker run used 118 CPU-s against 100 for one (100 s): on 2 core(s) the speed-up can be at most 1.69;" +
      " 1.7 needs ≤ 117.6 CPU-s with 2 workers";
    expect(speedupCause(one, two, 2)).toBe(cause);
    expect(benchTargets([one, two], null, 2)[1].note).toBe(`62.5 s with 2 workers; ${cause}`);
    // on one core the bound is 100 / 118
    expect(speedupCause(one, two, 1)).toMatch(
      /on 1 core\(s\) the speed-up can be at most 0\.85; 1\.7 needs ≤ 58\.8 CPU-s/
    );
    // the CPU allows 1.9 (2 × 100 / 105), so idle time is the cause: 105 CPU-s in 70 s on 2 cores is 75 % busy
    expect(speedupCause(one, {...two, seconds: 70, cpu_seconds: 105}, 2)).toBe(
      "the 2-worker run used 105 CPU-s against 100 for one (100 s): on 2 core(s) the speed-up can be at most 1.90," +
        " but the cores were busy 75 % of the run; 1.7 needs ≥ 89 %"
    );
    // the bound is over the one-worker run's wall clock, not its CPU seconds (the 2026-11-30 run: 227 s, 234 CPU-s;
    // two workers 136.8 s, 264 CPU-s): 2 × 227 / 264 = 1.72, and 1.659 was 96 % busy where 1.7 needs 99 %
    expect(
      speedupCause(
        {...row(10_000, 1, 226.992, 636), cpu_seconds: 234.415},
        {...row(10_000, 2, 136.784, 761, 0.2, 1.659), cpu_seconds: 263.828},
        2
      )
    ).toBe(
      "the 2-worker run used 264 CPU-s against 234 for one (227 s): on 2 core(s) the speed-up can be at most 1.72," +
        " but the cores were busy 96 % of the run; 1.7 needs ≥ 99 %"
    );
    // without CPU times, no cause; on a busy machine, still not judged and no cause
    expect(speedupCause(row(10_000, 1, 100, 700), two, 2)).toBeNull();
    expect(benchTargets([row(10_000, 1, 100, 700), two], null, 2)[1].note).toBe(
      "62.5 s with 2 workers; cause not computed: no CPU seconds of both runs in the report"
    );
    expect(benchTargets([{...one, other_load: 0.3}, two], null, 2)[1].note).toBe(
      "62.5 s with 2 workers; wall clock not judged: other processes used 30 % of the machine during 10000 docs, 1 worker(s)"
    );
  });

  test("memoryAtPeak(trace) rounds each thread's heap and external, keeps parquet-wasm, and rest = rss − their sum", () => {
    const thread = (heapTotal: number, external: number, probes: Record<string, number> = {}) => ({
      heapTotal,
      external,
      heapUsed: 1,
      arrayBuffers: 1,
      malloced: 1,
      probes
    });
    const trace = {
      atPeakRss: {
        rss: 1374.4,
        docs: 135,
        status: {},
        threads: {
          "worker-3": thread(50.1, 4.2),
          main: thread(600.2, 70.4, {parquet_wasm: 17.3}),
          "worker-2": thread(49.9, 3.9)
        }
      }
    } as any;
    // 1374.4 − (600.2 + 70.4 + 49.9 + 3.9 + 50.1 + 4.2) = 595.7
    const m = memoryAtPeak(trace)!;
    expect(m).toEqual({
      rss: 1374,
      docs: 135,
      threads: {
        main: {heap_total: 600, external: 70, parquet_wasm: 17},
        "worker-2": {heap_total: 50, external: 4},
        "worker-3": {heap_total: 50, external: 4}
      },
      rest: 596
    });
    expect(Object.keys(m.threads)).toEqual(["main", "worker-2", "worker-3"]);
    expect(memoryAtPeak({atPeakRss: null})).toBeNull();
    const line =
      "at peak (135 docs): main heap 600 + external 70 (parquet-wasm 17), 2 worker(s) heap 50+50, external 4+4, rest 596 MB";
    expect(formatMemoryAtPeak(m)).toBe(line);
    // the peak RSS target NOT MET gives the breakdown of its largest run and the MB to shed
    const run = {...row(10_000, 2, 70, 1374.4), memory_at_peak: m};
    expect(benchTargets([row(1000, 2, 7, 800), run])[3].note).toBe(
      `largest: 10000 docs, 2 worker(s); ${line}; meeting 1,024 MB needs 351 MB less`
    );
    expect(benchTargets([row(1000, 2, 7, 800)])[3].note).toBe("largest: 1000 docs, 2 worker(s)");
  });

  test("100,000 documents in 1250 s with 2100 CPU-s need 2.08× the throughput and ≥ 3.5 cores fully busy", () => {
    const run = {...row(100_000, 2, 1250, 1800), cpu_seconds: 2100};
    const cause = "needs 2.08× the throughput; at 2100 CPU-s the run needs ≥ 3.5 cores fully busy (machine: 2)";
    expect(largeCause(run, 2)).toBe(cause);
    expect(largeCause(row(100_000, 2, 1250, 1800))).toBe("needs 2.08× the throughput");
    expect(largeCause(row(100_000, 2, 590, 1800))).toBeNull();
    expect(benchTargets([run], null, 2)[2].note).toBe(`100000 docs, 2 worker(s); ${cause}`);
  });

  test("a time per document that grew names both sizes' values: 11 → 15 ms is ×1.364", () => {
    const [time] = benchTargets([row(1000, 2, 11, 900), row(100_000, 2, 1500, 1000)]).slice(4);
    expect([time.met, time.value]).toEqual([false, 1.364]);
    expect(time.note).toBe("2 worker(s) 1000→100000: 11→15 ms, ×1.364");
  });
});

describe("renderReport(report)", () => {
  test("prints a stored report with targets recomputed from its runs and machine, not its stored targets", () => {
    const stages = Object.fromEntries(
      ["read_clean", "outline", "assignments", "indicators", "segment_keywords", "topics", "parquet_write"].map((k) => [
        k,
        {seconds: 1, mb_s: 1, docs_s: 1}
      ])
    );
    const run = (docs: number, workers: number, seconds: number, cpu: number, speedup: number | null) =>
      ({
        ...row(docs, workers, seconds, 1200, 0.3, speedup),
        fraction_of_raw_cpu: 0.28,
        cpu_seconds: cpu,
        docs_s: 1,
        pipeline_mb_s: 1,
        raw_segment_mb_s: 1,
        stages,
        memory_at_peak: {rss: 1150, docs: 9000, threads: {main: {heap_total: 600, external: 70}}, rest: 480}
      }) as unknown as BenchRun;
    const text = renderReport({
      machine: {cpus: 2},
      runs: [run(10_000, 1, 100, 100, null), run(10_000, 2, 62.5, 118, 1.6)],
      site: null,
      targets: [{target: "a target of an older bench", value: 1, met: true, note: ""}]
    });
    expect(text).not.toContain("a target of an older bench");
    expect(text).toContain(
      "memory\n  10000 docs, 1 worker(s): at peak (9000 docs): main heap 600 + external 70, rest 480 MB"
    );
    expect(text).toContain("outside cut at 10000 docs: 2.57 CPU-s per CPU-s of cut; 0.5 needs ≤ 1 (−61 %)");
    expect(text).toContain("on 2 core(s) the speed-up can be at most 1.69");
    expect(text).toContain("NOT MET  peak RSS ≤ 1,024 MB (every run): 1200 (largest: 10000 docs, 1 worker(s); at peak");
  });
});

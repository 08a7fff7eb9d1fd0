import {gzipSync} from "node:zlib";
import {afterEach, expect, test, vi} from "vitest";
import {encodeBundle} from "../../loaders/site/document-bundles.ts";
import {encodeJson} from "../../loaders/site/encode-json.ts";
import type {FollowPlanFile} from "../../loaders/site/follow-plan-files.ts";
import {emptyFollowPlan, followFiles} from "../../src/page/follow-files.ts";

afterEach(() => vi.unstubAllGlobals());

// A plan whose text holds one task at [5, 11), as the build writes its two files (follow file and bundle).
const text = "一、（一）推进依法行政。目标95%以上。";
const planFile = (plan: string): FollowPlanFile => ({
  plan_doc_id: plan,
  reports: [],
  tasks: [{item_id: `${plan}:1`, char_start: 5, char_end: 11, status: "no_report", best: null, matches: []}],
  targets: []
});
const gz = (value: unknown) => gzipSync(JSON.stringify(value));
const files = (status: number) =>
  vi.fn(async (url: string) => {
    const [, kind, id] = /data\/(\w+)\/(.+)\.json$/.exec(url)!;
    if (status !== 200) return new Response("", {status});
    const body =
      kind === "follow"
        ? gz(encodeJson(planFile(id)))
        : gz(encodeBundle({document: {doc_id: id}, text, items: [], assignments: [], indicators: [], removals: []}));
    return new Response(body, {status});
  });

test("followFiles()(plan) fetches a plan's file and its document bundle once however often it is asked for", async () => {
  const fetch = files(200);
  vi.stubGlobal("fetch", fetch);
  const file = followFiles("../");
  const [a, again, b] = await Promise.all([file("dongsheng-2022-plan"), file("dongsheng-2022-plan"), file("x-2")]);
  expect([a.plan_doc_id, again.plan_doc_id, b.plan_doc_id]).toEqual([
    "dongsheng-2022-plan",
    "dongsheng-2022-plan",
    "x-2"
  ]);
  expect(fetch.mock.calls.map(([url]) => url)).toEqual([
    "../_file/data/follow/dongsheng-2022-plan.json",
    "../_file/data/documents/dongsheng-2022-plan.json",
    "../_file/data/follow/x-2.json",
    "../_file/data/documents/x-2.json"
  ]);
});

test("followFiles()(plan) gives each task its text from the plan's bundle", async () => {
  vi.stubGlobal("fetch", files(200));
  const plan = await followFiles()("dongsheng-2022-plan");
  expect(plan.tasks.map((d) => [d.item_id, d.quote])).toEqual([["dongsheng-2022-plan:1", "推进依法行政"]]);
});

test("followFiles()(plan) gives the empty plan without fetching for no plan, and rejects naming a missing one", async () => {
  const fetch = files(404);
  vi.stubGlobal("fetch", fetch);
  const file = followFiles();
  expect([await file(null), await file("")]).toEqual([emptyFollowPlan, emptyFollowPlan]);
  expect(fetch).not.toHaveBeenCalled();
  await expect(file("no-such-plan")).rejects.toThrow("No plan with id “no-such-plan” in this site's corpus");
});

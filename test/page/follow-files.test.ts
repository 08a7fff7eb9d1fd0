import {afterEach, expect, test, vi} from "vitest";
import {emptyFollowPlan, followFiles} from "../../src/page/follow-files.ts";

afterEach(() => vi.unstubAllGlobals());

const answering = (status: number) =>
  vi.fn(async (url: string) => new Response(JSON.stringify({plan_doc_id: url}), {status}));

test("followFiles()(plan) fetches a plan's file once however often it is asked for, each plan its own", async () => {
  const fetch = answering(200);
  vi.stubGlobal("fetch", fetch);
  const file = followFiles("../");
  const [a, again, b] = await Promise.all([file("dongsheng-2022-plan"), file("dongsheng-2022-plan"), file("x-2")]);
  expect([a.plan_doc_id, again.plan_doc_id, b.plan_doc_id]).toEqual([
    "../_file/data/follow/dongsheng-2022-plan.json",
    "../_file/data/follow/dongsheng-2022-plan.json",
    "../_file/data/follow/x-2.json"
  ]);
  expect(fetch.mock.calls.map(([url]) => url)).toEqual([
    "../_file/data/follow/dongsheng-2022-plan.json",
    "../_file/data/follow/x-2.json"
  ]);
});

test("followFiles()(plan) gives the empty plan without fetching for no plan, and rejects naming a missing one", async () => {
  const fetch = answering(404);
  vi.stubGlobal("fetch", fetch);
  const file = followFiles();
  expect([await file(null), await file("")]).toEqual([emptyFollowPlan, emptyFollowPlan]);
  expect(fetch).not.toHaveBeenCalled();
  await expect(file("no-such-plan")).rejects.toThrow("No plan with id “no-such-plan” in this site's corpus");
});

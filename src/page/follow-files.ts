import type {FollowPlanFile} from "../../loaders/site/follow-plan-files.ts";
import {siteBundle} from "./site-bundle.js";

/** What /follow shows without a plan: no reports, tasks or targets. */
export const emptyFollowPlan: FollowPlanFile = {plan_doc_id: "", reports: [], tasks: [], targets: []};

/**
 * The per-plan files /follow reads (`_file/data/follow/<doc_id>.json`, through siteBundle, relative to the site root
 * `root`), each fetched once however often it is picked: the picker can announce the same plan twice. No plan (null
 * or "") gives emptyFollowPlan without fetching; a missing plan rejects with siteBundle's error.
 */
export function followFiles(root = "./"): (plan: string | null) => Promise<FollowPlanFile> {
  const cache = new Map<string, Promise<FollowPlanFile>>();
  return (plan) => {
    if (!plan) return Promise.resolve(emptyFollowPlan);
    if (!cache.has(plan)) cache.set(plan, siteBundle<FollowPlanFile>("follow", plan, root));
    return cache.get(plan)!;
  };
}

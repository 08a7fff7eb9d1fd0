import type {DocumentBundle} from "../components/document-bundle.js";
import {followPlanQuotes, type FollowPlan} from "../components/follow-view.js";
import type {FollowPlanFile} from "../../loaders/site/follow-plan-files.ts";
import {siteBundle} from "./site-bundle.js";

/** What /follow shows without a plan: no reports, tasks or targets. */
export const emptyFollowPlan: FollowPlan = {plan_doc_id: "", reports: [], tasks: [], targets: []};

/**
 * The plans /follow shows: each plan's file (`_file/data/follow/<doc_id>.json`) and the plan's own document bundle
 * (`_file/data/documents/<doc_id>.json`, whose text holds its tasks and targets: followPlanQuotes), both through
 * siteBundle relative to the site root `root` and fetched at the same time, once however often the plan is picked:
 * the picker can announce the same plan twice. No plan (null or "") gives emptyFollowPlan without fetching; a missing
 * plan rejects with siteBundle's error.
 */
export function followFiles(root = "./"): (plan: string | null) => Promise<FollowPlan> {
  const cache = new Map<string, Promise<FollowPlan>>();
  return (plan) => {
    if (!plan) return Promise.resolve(emptyFollowPlan);
    if (!cache.has(plan))
      cache.set(
        plan,
        Promise.all([
          siteBundle<FollowPlanFile>("follow", plan, root),
          siteBundle<DocumentBundle>("documents", plan, root)
        ]).then(([file, bundle]) => followPlanQuotes(file, bundle.text))
      );
    return cache.get(plan)!;
  };
}

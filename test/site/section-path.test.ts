import {expect, it} from "vitest";
import {sectionPaths} from "../../loaders/site/section-path.ts";

// The outline of ordos-2023-report around 五、(二), and of dongsheng-2022-plan down to an item with no heading.
const items = [
  {item_id: "o:5", parent_id: null, label: "五、", heading: "强化权力监督制约,促进行政权力规范运行"},
  {item_id: "o:5.2", parent_id: "o:5", label: "(二)", heading: "强化行政复议监督"},
  {item_id: "d:2", parent_id: null, label: "二、", heading: "具体任务和责任分工"},
  {item_id: "d:2.4", parent_id: "d:2", label: "(四)", heading: "加强和改进行政执法工作,推进严格规范公正文明执法"},
  {item_id: "d:2.4.12", parent_id: "d:2.4", label: "12.", heading: "创新行政执法方式"},
  {item_id: "d:2.4.12.35", parent_id: "d:2.4.12", label: "35)", heading: null}
];

it("sectionPaths(items)(item_id) gives the labels from the top down and the item's own heading", () => {
  expect(sectionPaths(items)("o:5.2")).toEqual({labels: ["五、", "(二)"], heading: "强化行政复议监督"});
  expect(sectionPaths(items)("o:5")).toEqual({labels: ["五、"], heading: "强化权力监督制约,促进行政权力规范运行"});
});

it("sectionPaths(items)(item_id) takes the nearest ancestor's heading when the item has none", () => {
  expect(sectionPaths(items)("d:2.4.12.35")).toEqual({
    labels: ["二、", "(四)", "12.", "35)"],
    heading: "创新行政执法方式"
  });
});

it("sectionPaths(items)(item_id) gives null for a null or unknown id, and for every id without items", () => {
  expect([
    sectionPaths(items)(null),
    sectionPaths(items)("x:1"),
    sectionPaths([])("o:5"),
    sectionPaths(null)("o:5")
  ]).toEqual([null, null, null, null]);
});

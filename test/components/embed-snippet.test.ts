import {expect, test} from "vitest";
import {embedSnippet} from "../../src/components/embed-snippet.ts";

test("embedSnippet(options) gives an iframe of the view with ?embed=<id>, a caption linking to the view, and a resize script for the site's origin", () => {
  const snippet = embedSnippet({
    id: "coverage-heatmap",
    view: "http://127.0.0.1:3000/coverage?year=2022&lang=en#coverage-heatmap",
    title: 'Topics × "jurisdictions"',
    source: "Source: coverage table <fazhi-compare> build 0123456789ab",
    height: 612.4,
    openLabel: "Open on the site"
  });
  expect(snippet).toBe(
    '<figure><iframe data-fazhi-embed="coverage-heatmap" ' +
      'src="http://127.0.0.1:3000/coverage?year=2022&amp;lang=en&amp;embed=coverage-heatmap" width="100%" ' +
      'height="612" style="border:0" title="Topics × &quot;jurisdictions&quot;"></iframe>' +
      "<figcaption>Source: coverage table &lt;fazhi-compare&gt; build 0123456789ab · " +
      '<a href="http://127.0.0.1:3000/coverage?year=2022&amp;lang=en#coverage-heatmap">Open on the site</a></figcaption>' +
      '<script>addEventListener("message",function(e){if(e.origin!=="http://127.0.0.1:3000"||!e.data||' +
      'e.data.type!=="fazhi-embed-height")return;document.querySelectorAll("iframe[data-fazhi-embed]").forEach(' +
      "function(f){if(f.contentWindow===e.source)f.height=String(e.data.height)})})</script></figure>"
  );
});

import type {ExampleQuery} from "./example-queries.js";

/** The editor element: an Observable input whose value is the SQL last run; `load` puts SQL in and runs it. */
export type SqlEditor = HTMLFormElement & {value: string; load(sql: string): void};

/**
 * A SQL editor as an Observable input (use with view() or Generators.input()): a textarea, a Run button
 * (Ctrl/Cmd+Enter runs too) and one button per example query that loads it into the editor and runs it. Its value
 * changes only when a query is run, never while typing. No examples give no example buttons.
 */
export function sqlEditor({
  value = "",
  examples = [],
  lang = "zh"
}: {value?: string; examples?: readonly ExampleQuery[]; lang?: "zh" | "en"} = {}): SqlEditor {
  const t = (zh: string, en: string) => (lang === "en" ? en : zh);
  const form = document.createElement("form") as SqlEditor;
  form.className = "sql-editor";
  const textarea = document.createElement("textarea");
  textarea.name = "sql";
  textarea.spellcheck = false;
  textarea.setAttribute("autocapitalize", "off");
  textarea.setAttribute("aria-label", t("SQL 查询", "SQL query"));
  textarea.value = value;
  const fit = () => (textarea.rows = Math.min(20, Math.max(6, textarea.value.split("\n").length + 1)));
  fit();
  // Typing is not running: keep the textarea's own input events from reaching the page.
  textarea.addEventListener("input", (event) => {
    event.stopPropagation();
    fit();
  });
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  const bar = document.createElement("div");
  bar.className = "sql-editor-bar";
  const runButton = document.createElement("button");
  runButton.type = "submit";
  runButton.className = "sql-run";
  runButton.textContent = t("运行 ▶", "Run ▶");
  const hint = document.createElement("span");
  hint.className = "small-note";
  hint.textContent = t("或按 Ctrl/⌘ + Enter", "or press Ctrl/⌘ + Enter");
  bar.append(runButton, hint);
  const list = document.createElement("div");
  list.className = "sql-examples";
  list.setAttribute("role", "group");
  list.setAttribute("aria-label", t("示例查询", "Example queries"));
  if (examples.length) {
    const label = document.createElement("span");
    label.textContent = t("示例：", "Examples:");
    list.append(label);
  }
  for (const example of examples) {
    const b = document.createElement("button");
    b.type = "button";
    b.dataset.example = example.id;
    b.textContent = t(example.zh, example.en);
    b.title = example.sql;
    b.addEventListener("click", () => form.load(example.sql));
    list.append(b);
  }
  form.append(textarea, bar, list);
  let current = value;
  function run() {
    current = textarea.value;
    form.dispatchEvent(new Event("input", {bubbles: true}));
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  Object.defineProperty(form, "value", {
    get: () => current,
    set: (sql: string) => {
      textarea.value = current = sql;
      fit();
    }
  });
  form.load = (sql: string) => {
    textarea.value = sql;
    fit();
    run();
    textarea.focus();
  };
  return form;
}

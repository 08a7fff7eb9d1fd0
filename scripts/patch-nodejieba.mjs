// npm's postinstall (issue 15): rebuilds nodejieba so that load() no longer builds its TextRank extractor, which this
// project never calls and which loads the main dictionary a second time: 111 MB of the 224 MB each thread that
// segments holds. textRankExtract() still works: the extractor is built on its first call, with load()'s paths.
//
//   node scripts/patch-nodejieba.mjs [--check]
//
// Idempotent: a build already patched is left alone. The patch is three exact replacements in nodejieba 3.5.8's C++
// source (its header and lib/nodejieba.cpp); when the source differs (another version) or the build fails, the stock source and binary are put back
// and one line says so: nodejieba then works as shipped, with the larger memory. --check only says which is installed
// (exit 1 when stock).
import {execFileSync} from "node:child_process";
import {copyFileSync, existsSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";

const MARK = "/* fazhi: TextRank extractor built on first use, not in load() */";

/** [file under nodejieba/, the stock text, its replacement], applied in order. */
export const PATCHES = [
  [
    "lib/nodejieba.h",
    "  cppjieba::TextRankExtractor* _text_rank_extractor_handle{nullptr};\n",
    "  cppjieba::TextRankExtractor* _text_rank_extractor_handle{nullptr};\n" +
      `  ${MARK}\n` +
      "  std::string _text_rank_paths[4];\n"
  ],
  [
    "lib/nodejieba.cpp",
    "  delete _text_rank_extractor_handle;\n" +
      "  _text_rank_extractor_handle = new cppjieba\n" +
      "\t\t      ::TextRankExtractor(dictPath,\n" +
      "                                  modelPath,\n" +
      "                                  stopWordsPath,\n" +
      "                                  userDictPath);\n",
    `  ${MARK}\n` +
      "  delete _text_rank_extractor_handle;\n" +
      "  _text_rank_extractor_handle = nullptr;\n" +
      "  _text_rank_paths[0] = dictPath;\n" +
      "  _text_rank_paths[1] = modelPath;\n" +
      "  _text_rank_paths[2] = stopWordsPath;\n" +
      "  _text_rank_paths[3] = userDictPath;\n"
  ],
  [
    "lib/nodejieba.cpp",
    "  if( !_text_rank_extractor_handle ){\n" +
      '    Napi::Error::New(info.Env(), "Before calling any other function you have to call load() first").ThrowAsJavaScriptException();\n' +
      "  }\n",
    `  ${MARK}\n` +
      "  if( !_text_rank_extractor_handle && !_text_rank_paths[0].empty() ){\n" +
      "    _text_rank_extractor_handle = new cppjieba::TextRankExtractor(_text_rank_paths[0], _text_rank_paths[1],\n" +
      "                                                                 _text_rank_paths[2], _text_rank_paths[3]);\n" +
      "  }\n" +
      "  if( !_text_rank_extractor_handle ){\n" +
      '    Napi::Error::New(info.Env(), "Before calling any other function you have to call load() first").ThrowAsJavaScriptException();\n' +
      "    return info.Env().Undefined();\n" +
      "  }\n"
  ]
];

/** The file written beside the binary once it is built from the patched source. */
export const STAMP = "build/Release/fazhi-lazy-textrank";

function say(line) {
  console.log(`nodejieba: ${line}`);
}

/**
 * Applies PATCHES to the sources in `dir`; returns the stock texts by file, or a reason when one does not apply (then
 * no file is written).
 */
export function patchSources(dir) {
  const texts = new Map();
  for (const [file] of PATCHES) {
    const path = join(dir, file);
    if (!texts.has(path)) texts.set(path, readFileSync(path, "utf8"));
  }
  const stock = new Map(texts);
  for (const [file, from, to] of PATCHES) {
    const path = join(dir, file);
    const text = texts.get(path);
    if (text.split(from).length !== 2) return {reason: `${file} is not nodejieba 3.5.8's (a patch does not apply)`};
    texts.set(
      path,
      text.replace(from, () => to)
    );
  }
  for (const [path, text] of texts) writeFileSync(path, text);
  return {stock};
}

export function main(argv = process.argv.slice(2)) {
  const require = createRequire(import.meta.url);
  let dir;
  try {
    dir = dirname(require.resolve("nodejieba/package.json"));
  } catch {
    say("not installed; nothing to patch");
    return 0;
  }
  const patched = existsSync(join(dir, STAMP)) && readFileSync(join(dir, "lib/nodejieba.cpp"), "utf8").includes(MARK);
  if (argv.includes("--check")) {
    say(patched ? "built without TextRank in load()" : "stock build (TextRank extractor built in load())");
    return patched ? 0 : 1;
  }
  if (patched) {
    say("already built without TextRank in load()");
    return 0;
  }
  const binary = join(dir, "build/Release/nodejieba.node");
  const backup = `${binary}.stock`;
  if (existsSync(binary)) copyFileSync(binary, backup);
  const applied = patchSources(dir);
  if (applied.reason) {
    say(`kept the stock build (+111 MB per segmenting thread): ${applied.reason}`);
    return 0;
  }
  try {
    say("rebuilding without TextRank in load() (about a minute)…");
    // nodejieba's own install script, from source: node-pre-gyp then node-gyp, as npm installed it.
    execFileSync("npm", ["rebuild", "nodejieba", "--build-from-source", "--foreground-scripts=false"], {
      cwd: join(dir, "..", ".."),
      stdio: ["ignore", "ignore", "pipe"]
    });
    writeFileSync(join(dir, STAMP), `${MARK}\n`);
    rmSync(backup, {force: true});
    say("built without TextRank in load()");
  } catch (error) {
    for (const [path, text] of applied.stock) writeFileSync(path, text);
    if (existsSync(backup)) copyFileSync(backup, binary);
    rmSync(backup, {force: true});
    const detail = String(error.stderr ?? error.message)
      .trim()
      .split("\n")
      .slice(-1)[0];
    say(`kept the stock build (+111 MB per segmenting thread): the rebuild failed: ${detail}`);
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();

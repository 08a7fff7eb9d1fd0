import {readDataFile} from "../read/read-data-file.ts";
import {parseCsv} from "../read/read-data-csv.ts";
import {stripCommentLines} from "../read/strip-comment-lines.ts";

/** lead and support are final; responsible is lead where nothing else in the item leads, support otherwise. */
export type UnitRole = "lead" | "support" | "responsible";

export type VocabularyKind =
  | "stem"
  | "noun"
  | "infix"
  | "prefix"
  | "verb"
  | "adverb"
  | "verb-tail"
  | "role-phrase"
  | "manner"
  | "convention"
  | "field"
  | "stop-field";

/** One row of data/unit-vocabulary.csv. */
export interface VocabularyEntry {
  form: string;
  kind: VocabularyKind;
  role: string;
  example: string;
}

/** The rows of data/unit-vocabulary.csv, in file order. */
export const unitVocabulary: VocabularyEntry[] = parseCsv(stripCommentLines(readDataFile("unit-vocabulary.csv"))).map(
  (row) => ({form: row.form, kind: row.kind as VocabularyKind, role: row.role, example: row.example})
);

/** The forms of one kind, longest first (so an alternation tries 牵头负责 before 牵头). */
export function formsOf(kind: VocabularyKind): string[] {
  return unitVocabulary
    .filter((entry) => entry.kind === kind)
    .map((entry) => entry.form)
    .sort((a, b) => b.length - a.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (kind: VocabularyKind) => formsOf(kind).map(escape).join("|");

/** A label noun, in one group-free pattern: 牵头单位, 主要责任单位, 牵头责任部门, 责任主体. */
export const LABEL_SOURCE = `(?:${alternation("prefix")})?(?:${alternation("stem")})(?:${alternation("infix")})?(?:${alternation("noun")})`;

/** The role a written label gives ("主要责任单位" → responsible, "牵头部门" → lead); null when it is not a label. */
export function roleOfLabel(label: string): UnitRole | null {
  labelParts ??= {prefix: new RegExp(`^(?:${alternation("prefix")})`), stems: formsOf("stem")};
  const core = label.replace(labelParts.prefix, "");
  const stem = labelParts.stems.find((form) => core.startsWith(form));
  return stem ? (roleOf("stem", stem) as UnitRole) : null;
}

/** roleOfLabel's prefix pattern and stems, built on its first call (they were built on every call, issue 15). */
let labelParts: {prefix: RegExp; stems: string[]} | null = null;

/** The verb (with the adverbs and tails that belong to it) at the end of a clause; group 1 is the verb itself. */
export const CLAUSE_VERB = new RegExp(
  `(?:${alternation("adverb")})*(${alternation("verb")})(?:${alternation("verb-tail")})?$`
);

/** The role a clause verb gives; null when it is not a verb of the vocabulary. */
export function roleOfVerb(verb: string): UnitRole | null {
  return roleOf("verb", verb) as UnitRole | null;
}

/** A role phrase at the end of a clause ("…为主要责任单位"); group 1 is the phrase. */
export const ROLE_PHRASE = new RegExp(`(${alternation("role-phrase")})$`);

/** The role a role phrase gives. */
export function roleOfPhrase(phrase: string): UnitRole | null {
  return roleOf("role-phrase", phrase) as UnitRole | null;
}

/** A clause that names no unit and says how the work is done ("按照各自职能组织有关部门实施"). */
export const MANNER_CLAUSE = new RegExp(`^(?:${alternation("manner")})`);

/** Document-level conventions: where one matches, the first unit of each list leads and the rest support. */
export const LEAD_FIRST_CONVENTIONS: RegExp[] = unitVocabulary
  .filter((entry) => entry.kind === "convention" && entry.role === "lead-first")
  .map((entry) => new RegExp(entry.form));

/** A record field that opens an unnumbered task ("事 项:…"), spaces allowed between its characters; group 0 is the field and colon. */
export const FIELD_LINE = new RegExp(
  `^(?:${formsOf("field")
    .map((form) => [...form].map(escape).join("[ \\t\\u3000]*"))
    .join("|")})[ \\t\\u3000]*[:：]`
);

/** A field that ends the value of the unit label before it ("完成时限:", "牵头领导:"); no groups. */
export const STOP_FIELD_SOURCE = `(?:${alternation("stop-field")})[ \\t\\u3000]*[:：]`;

/**
 * Where a text marks units, for the self-checks: a label and colon (牵头单位:), or a verb or role phrase closing a
 * bracket (…牵头) (…负责) (…为主要责任单位,…).
 */
export const UNIT_MARK = new RegExp(
  `(?:${LABEL_SOURCE})[ \\t\\u3000]*[:：]|(?:${alternation("verb")})(?:${alternation("verb-tail")})?[)）\\]】〕]|(?:${alternation("role-phrase")})[,，)）]`,
  "g"
);

function roleOf(kind: VocabularyKind, form: string): string | null {
  if (roles == null) {
    roles = new Map();
    // The first row of a kind and form gives its role, as a search in file order would.
    for (const entry of unitVocabulary) {
      const key = `${entry.kind}\t${entry.form}`;
      if (!roles.has(key)) roles.set(key, entry.role);
    }
  }
  return roles.get(`${kind}\t${form}`) ?? null;
}

/** The role of each kind and form ("stem\t牵头" → "lead"), built on roleOf's first call. */
let roles: Map<string, string> | null = null;

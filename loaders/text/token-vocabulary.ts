/**
 * Token strings interned to small integer ids, so that the stages after segmentation look each token up once and then
 * work on ids: per-id verdicts (a lexicon unit, a keyword term) are computed once per distinct token in `columns`, and
 * counting uses arrays indexed by id instead of Maps of strings (issue 15).
 *
 * Bounded: `bound()`, called between documents, empties the vocabulary and its columns when it holds more than
 * `limit` ids, so it never holds more than `limit` plus one document's distinct tokens; ids are valid only until then.
 */
export class TokenVocabulary {
  /** The token of each id. */
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly columns = new Map<object, unknown[]>();

  constructor(readonly limit = 200_000) {
    if (!(limit > 0)) throw new Error(`invalid vocabulary limit: ${limit}`);
  }

  /** How many ids are in use. */
  get size(): number {
    return this.terms.length;
  }

  /** The id of a token, a new one when it is unseen. */
  id(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      this.ids.set(token, (id = this.terms.length));
      this.terms.push(token);
    }
    return id;
  }

  /** The ids of the tokens, in order; no tokens give an empty array. */
  idsOf(tokens: readonly string[]): Int32Array {
    const ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; ++i) ids[i] = this.id(tokens[i]);
    return ids;
  }

  /**
   * The per-id values of one derived property, named by `key` (any object, usually the function or data it derives
   * from): `column[id]` is undefined until set, and the column is emptied with the vocabulary.
   */
  column<T>(key: object): (T | undefined)[] {
    let column = this.columns.get(key) as (T | undefined)[] | undefined;
    if (column == null) this.columns.set(key, (column = []));
    return column;
  }

  /** Empties the vocabulary and every column when it holds more than `limit` ids; returns whether it did. */
  bound(): boolean {
    if (this.terms.length <= this.limit) return false;
    this.ids.clear();
    this.terms.length = 0;
    this.columns.clear();
    return true;
  }
}

/** A run of token ids, `ids[start..end)`, with the vocabulary that spells them. */
export interface TokenRun {
  ids: Int32Array;
  start: number;
  end: number;
  vocabulary: TokenVocabulary;
}

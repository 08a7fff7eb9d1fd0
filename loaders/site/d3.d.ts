// Types for the d3 functions the site aggregates (d3-array) and the palette test (d3-color) use: d3 ships no
// types and @types/d3 is not installed.
declare module "d3" {
  export class InternMap<K = unknown, V = unknown> extends Map<K, V> {
    constructor(entries?: Iterable<readonly [K, V]> | null);
  }
  export function sum<T>(values: Iterable<T>, accessor?: (d: T, i: number) => number | null | undefined): number;
  export function rollup<T, R, K1>(
    values: Iterable<T>,
    reduce: (values: T[]) => R,
    key1: (d: T) => K1
  ): InternMap<K1, R>;
  export function rollup<T, R, K1, K2>(
    values: Iterable<T>,
    reduce: (values: T[]) => R,
    key1: (d: T) => K1,
    key2: (d: T) => K2
  ): InternMap<K1, InternMap<K2, R>>;
  export function group<T, K1>(values: Iterable<T>, key1: (d: T) => K1): InternMap<K1, T[]>;
  export function group<T, K1, K2>(
    values: Iterable<T>,
    key1: (d: T) => K1,
    key2: (d: T) => K2
  ): InternMap<K1, InternMap<K2, T[]>>;
  export function greatest<T>(values: Iterable<T>, comparator: (a: T, b: T) => number): T | undefined;
  export function extent(values: Iterable<number | null | undefined>): [number, number] | [undefined, undefined];
  export function ascending(a: unknown, b: unknown): number;
  /** d3-color's CIELAB conversion (test/components/jurisdiction-color.test.ts measures the palette with it). */
  export function lab(color: string): {l: number; a: number; b: number};
  export function descending(a: unknown, b: unknown): number;
  export function rollups<T, R, K1>(values: Iterable<T>, reduce: (values: T[]) => R, key1: (d: T) => K1): [K1, R][];
  export function rollups<T, R, K1, K2>(
    values: Iterable<T>,
    reduce: (values: T[]) => R,
    key1: (d: T) => K1,
    key2: (d: T) => K2
  ): [K1, [K2, R][]][];
  export function flatGroup<T, K1, K2>(values: Iterable<T>, key1: (d: T) => K1, key2: (d: T) => K2): [K1, K2, T[]][];
  export function flatGroup<T, K1, K2, K3>(
    values: Iterable<T>,
    key1: (d: T) => K1,
    key2: (d: T) => K2,
    key3: (d: T) => K3
  ): [K1, K2, K3, T[]][];
}

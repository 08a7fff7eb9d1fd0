// Type the npm: imports Framework resolves in the browser with the same packages' types from node_modules.
declare module "npm:@observablehq/plot" {
  export * from "@observablehq/plot";
}
declare module "npm:parquet-wasm" {
  export * from "parquet-wasm/esm";
  export {default} from "parquet-wasm/esm";
}
declare module "npm:apache-arrow" {
  export * from "apache-arrow";
}
declare module "npm:htl" {
  export * from "htl";
}
declare module "npm:@observablehq/inputs" {
  /** Inputs.select (the package ships no types): a drop-down whose value is one of `data`. */
  export function select<T>(data: Iterable<T>, options?: Record<string, unknown>): HTMLElement & {value: T};
  /** Inputs.table: rows of `data` as a sortable, lazily rendered table. */
  export function table<T>(data: Iterable<T>, options?: Record<string, unknown>): HTMLElement;
}
declare module "npm:d3" {
  export * from "d3";
}
declare module "observablehq:stdlib" {
  /** A file of src/ by a literal path (Framework copies it into dist/ and rewrites the call): its served URL. */
  export function FileAttachment(name: string): {name: string; href: string};
}

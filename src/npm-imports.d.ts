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

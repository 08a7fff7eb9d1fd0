// Type the npm: imports Framework resolves in the browser with the same packages' types from node_modules.
declare module "npm:@observablehq/plot" {
  export * from "@observablehq/plot";
}

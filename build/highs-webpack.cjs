/**
 * What a webpack build needs to bundle the solver (the `highs` package, HiGHS compiled to
 * WebAssembly) for the browser, shared by the add-in's and the playground's builds: its CommonJS
 * loader (the ES one imports node:module dynamically, which webpack cannot drop), no Node built-ins
 * (the loader reads its file with node:fs only under Node; the bundle fetches it), and
 * highs.wasm copied beside the bundles, where the pane and SOP.PLAN fetch it from.
 */
const webpack = require("webpack");

module.exports = {
  resolve: {
    alias: { highs$: require.resolve("highs") },
    fallback: { fs: false, crypto: false },
  },
  /** node:fs → fs, which the fallback above leaves out of the bundle. */
  plugin: () =>
    new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
      resource.request = resource.request.replace(/^node:/, "");
    }),
  copyPattern: { from: require.resolve("highs/runtime"), to: "highs.wasm" },
};

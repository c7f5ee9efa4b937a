/**
 * Builds the playground (src/playground/page): the add-in's taskpane beside a workbook held by the
 * Excel stand-in, with HyperFormula computing its formulas. It never goes into dist/: HyperFormula
 * is GPL-3.0 and is used only here and in the tests (README, Licences).
 *
 *   npm run build:playground      production build into dist-playground/
 *   npm run playground            build, then serve it on http://localhost:3000/
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const highs = require("./build/highs-webpack.cjs");

module.exports = (_env, options) => {
  const dev = options.mode === "development";
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: { playground: "./src/playground/page/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist-playground"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"], ...highs.resolve },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      highs.plugin(),
      // The solver's WebAssembly beside the page (the supply review and SOP.PLAN fetch it).
      new CopyWebpackPlugin({ patterns: [highs.copyPattern] }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/playground/page/playground.html",
        chunks: ["playground"],
      }),
    ],
  };
};

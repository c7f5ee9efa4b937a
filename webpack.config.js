/**
 * Builds the add-in: the taskpane (React) and the custom functions, with functions.json generated
 * from the JSDoc tags and its zh-CN twin derived from it. Office.js is served from the add-in's
 * own origin (copied from @microsoft/office-js), so nothing loads from a third host at run time.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const { LocalizedFunctionsMetadataPlugin } = require("./build/localize-functions-metadata.cjs");
const highs = require("./build/highs-webpack.cjs");

const DEV_URL = "https://localhost:3000/";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/** Hosts other than Excel, debug builds and typings are left out of the copied Office.js. */
const OFFICE_JS_IGNORED = [
  "**/*.debug.js",
  "**/*.d.ts",
  "**/office-vsdoc.js",
  "**/{access,onenote,outlook,powerpoint,project,visio,word}*.js",
  "**/*_strings.js",
];

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // Where a production build is served; the manifest's localhost URLs are rewritten to it.
  const productionUrl = process.env.ADDIN_BASE_URL ?? DEV_URL;
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
      commands: "./src/commands/index.ts",
      dialog: "./src/commands/dialog.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      ...highs.resolve,
    },
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
      // Where the add-in serves the solver's WebAssembly (copied below), for SOP.PLAN.
      new webpack.DefinePlugin({
        SOP_HIGHS_WASM: JSON.stringify(
          `${dev ? DEV_URL : productionUrl.replace(/\/?$/, "/")}highs.wasm`
        ),
      }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new LocalizedFunctionsMetadataPlugin({
        input: "functions.json",
        output: "functions.zh-CN.json",
        table: path.resolve(__dirname, "src/functions/functions.zh-CN.json"),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "dialog.html",
        template: "./src/commands/dialog.html",
        chunks: ["dialog"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          highs.copyPattern,
          {
            from: "**/*",
            context: path.dirname(require.resolve("@microsoft/office-js/dist/office.js")),
            to: "office-js/",
            globOptions: { ignore: OFFICE_JS_IGNORED },
          },
          {
            from: "node_modules/@microsoft/office-js/dist/*/office_strings.js",
            to: ({ absoluteFilename }) => officeStringsTarget(absoluteFilename),
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              dev ? content : content.toString().replaceAll(DEV_URL, productionUrl),
          },
        ],
      }),
    ],
    devServer: {
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port ?? 3000),
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await devHttpsOptions() : undefined },
    },
  };
};

/** Locale folders keep only office_strings.js (the Excel host needs no Outlook strings). */
function officeStringsTarget(absoluteFilename) {
  const locale = path.basename(path.dirname(absoluteFilename));
  return `office-js/${locale}/office_strings.js`;
}

/**
 * The Office development certificate, which `office-addin-dev-certs` trusts for Office on Windows
 * and macOS. Installing its CA needs administrator rights (sudo on Linux): where that fails, serve
 * with the generated certificate anyway and say how to trust it, rather than not serving at all.
 */
async function devHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (error) {
    const directory = path.join(os.homedir(), ".office-addin-dev-certs");
    const file = (name) => path.join(directory, name);
    if (!fs.existsSync(file("localhost.crt")) || !fs.existsSync(file("localhost.key"))) {
      await devCerts.generateCertificates(
        file("ca.crt"),
        file("localhost.crt"),
        file("localhost.key")
      );
    }
    const reason = String(error instanceof Error ? error.message : error).split("\n")[0];
    console.warn(
      `\nThe development CA could not be installed (${reason}).\n` +
        `Serving https://localhost:3000 with the certificate in ${directory}; ` +
        `to use it from Excel on the web, trust ${file("ca.crt")} in your browser or system.\n`
    );
    return {
      ca: fs.readFileSync(file("ca.crt")),
      key: fs.readFileSync(file("localhost.key")),
      cert: fs.readFileSync(file("localhost.crt")),
    };
  }
}

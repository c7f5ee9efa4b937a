/**
 * Derives the zh-CN custom-functions metadata from the functions.json that
 * custom-functions-metadata-plugin generates, so the Chinese help can never drift from the
 * functions: a missing or stale translation fails the build.
 */
const fs = require("fs");
const { sources } = require("webpack");

const PLUGIN_NAME = "LocalizedFunctionsMetadataPlugin";

/**
 * @param {{ functions: Array<{ id: string, description?: string, parameters: Array<{ name: string, description?: string }>, result?: object }> }} metadata
 * @param {{ functions: Record<string, { description: string, result?: string, parameters: Record<string, { name: string, description: string }> }> }} table
 * @returns {{ metadata: object, problems: string[] }}
 */
function localizeMetadata(metadata, table) {
  const problems = [];
  const entries = table.functions ?? {};
  const functions = metadata.functions.map((fn) => {
    const entry = entries[fn.id];
    if (!entry) {
      problems.push(`function ${fn.id}: no zh-CN translation`);
      return fn;
    }
    if (!entry.description) problems.push(`function ${fn.id}: no zh-CN description`);
    const parameters = fn.parameters.map((parameter) => {
      const translated = entry.parameters?.[parameter.name];
      if (!translated || !translated.name || !translated.description) {
        problems.push(
          `function ${fn.id}, parameter ${parameter.name}: no zh-CN name and description`
        );
        return parameter;
      }
      return { ...parameter, name: translated.name, description: translated.description };
    });
    const known = new Set(fn.parameters.map((parameter) => parameter.name));
    for (const name of Object.keys(entry.parameters ?? {})) {
      if (!known.has(name))
        problems.push(`function ${fn.id}: translation for unknown parameter ${name}`);
    }
    return { ...fn, description: entry.description ?? fn.description, parameters };
  });
  const ids = new Set(metadata.functions.map((fn) => fn.id));
  for (const id of Object.keys(entries)) {
    if (!ids.has(id)) problems.push(`translation for unknown function ${id}`);
  }
  return { metadata: { ...metadata, functions }, problems };
}

/** Emits `output` (functions.zh-CN.json) beside the generated `input` (functions.json). */
class LocalizedFunctionsMetadataPlugin {
  /** @param {{ input: string, output: string, table: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN_NAME, stage: compilation.constructor.PROCESS_ASSETS_STAGE_DERIVED },
        () => {
          const generated = compilation.getAsset(this.options.input);
          if (!generated) {
            compilation.errors.push(
              new Error(`${PLUGIN_NAME}: ${this.options.input} was not generated`)
            );
            return;
          }
          compilation.fileDependencies.add(this.options.table);
          const table = JSON.parse(fs.readFileSync(this.options.table, "utf8"));
          const { metadata, problems } = localizeMetadata(
            JSON.parse(generated.source.source().toString()),
            table
          );
          for (const problem of problems)
            compilation.errors.push(new Error(`${PLUGIN_NAME}: ${problem}`));
          compilation.emitAsset(
            this.options.output,
            new sources.RawSource(JSON.stringify(metadata, null, 2))
          );
        }
      );
    });
  }
}

module.exports = { localizeMetadata, LocalizedFunctionsMetadataPlugin };

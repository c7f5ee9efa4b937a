import { readFileSync } from "fs";
import path from "path";
import ts from "typescript";
import { FUNCTIONS, isRange, type FunctionSpec } from "../../src/functions/parameters";

/**
 * The JSDoc of functions.ts is what Excel sees (the metadata plugin reads it); parameters.ts is what
 * the formulas read and the playground registers. This holds the two to each other: the same
 * functions, the same parameters in the same order, optional the same, ranges as matrices.
 */

interface Declared {
  readonly id: string;
  readonly jsdoc: { name: string; optional: boolean }[];
  readonly signature: { name: string; optional: boolean; type: string }[];
}

const file = path.resolve(__dirname, "../../src/functions/functions.ts");
const source = ts.createSourceFile(
  file,
  readFileSync(file, "utf8"),
  ts.ScriptTarget.Latest,
  true,
  ts.ScriptKind.TS
);

/** Every exported function with a @customfunction tag, read as the TypeScript parser sees it. */
function declaredFunctions(): Declared[] {
  const found: Declared[] = [];
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement)) continue;
    const tags = ts.getJSDocTags(statement);
    const custom = tags.find((tag) => tag.tagName.text === "customfunction");
    if (!custom) continue;
    const comment = typeof custom.comment === "string" ? custom.comment.trim() : "";
    found.push({
      id: comment || (statement.name?.text ?? "").toUpperCase(),
      jsdoc: tags.filter(ts.isJSDocParameterTag).map((tag) => ({
        name: tag.name.getText(source),
        optional: tag.isBracketed,
      })),
      signature: statement.parameters.map((parameter) => ({
        name: parameter.name.getText(source),
        optional: parameter.questionToken !== undefined,
        type: parameter.type?.getText(source) ?? "",
      })),
    });
  }
  return found;
}

const declared = declaredFunctions();

function tableOf(spec: FunctionSpec) {
  return spec.parameters.map((parameter) => ({
    name: parameter.name,
    optional: parameter.optional === true,
    type: isRange(parameter.kind) ? "unknown[][]" : "unknown",
  }));
}

describe("functions.ts declares the parameters of parameters.ts", () => {
  test("the same functions, in the same order", () => {
    expect(declared.map((fn) => fn.id)).toEqual(FUNCTIONS.map((spec) => spec.id));
  });

  describe.each(FUNCTIONS.map((spec) => [spec.id, spec] as const))("%s", (id, spec) => {
    const fn = declared.find((candidate) => candidate.id === id);

    test("the @param tags name the table's parameters, in order, [optional] as in the table", () => {
      expect(fn?.jsdoc).toEqual(tableOf(spec).map(({ name, optional }) => ({ name, optional })));
    });

    test("the signature has the same parameters, optional ones with ?, ranges as matrices", () => {
      expect(fn?.signature).toEqual(tableOf(spec));
    });

    test("optional parameters come last, as Excel requires", () => {
      const flags = spec.parameters.map((parameter) => parameter.optional === true);
      expect(flags).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
    });
  });
});

describe("the check itself", () => {
  test("the JSDoc parser sees brackets and a reordered signature", () => {
    const probe = ts.createSourceFile(
      "probe.ts",
      "/**\n * @customfunction X\n * @param b B.\n * @param [a] A.\n */\nexport function x(a?: unknown, b: unknown[][]) {}",
      ts.ScriptTarget.Latest,
      true
    );
    const statement = probe.statements[0];
    if (!statement || !ts.isFunctionDeclaration(statement)) throw new Error("no function");
    const params = ts.getJSDocTags(statement).filter(ts.isJSDocParameterTag);
    expect(params.map((tag) => [tag.name.getText(probe), tag.isBracketed])).toEqual([
      ["b", false],
      ["a", true],
    ]);
    expect(statement.parameters.map((p) => p.name.getText(probe))).toEqual(["a", "b"]);
  });
});

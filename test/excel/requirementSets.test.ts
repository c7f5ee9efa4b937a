/**
 * The requirement sets the code uses, derived from the `[Api set: …]` notes of @types/office-js
 * and @types/custom-functions-runtime, held to what manifest.xml declares (MANIFEST_SETS):
 *
 * - statically, every Office member the add-in's code (src/excel, src/functions, the taskpane's
 *   entry) names above the declared minimum sits in a declaration tagged `@requires <feature>`,
 *   and FEATURE_SETS of that feature covers it;
 * - at run time, on an "Excel" that has only the declared minimum (the stand-in refuses every
 *   member above it with ApiNotFound, as Excel does), every operation of the core works and the
 *   features above it say what they need instead of calling Excel;
 * - on a current Excel, what each feature uses is within the sets FEATURE_SETS names for it.
 */
import { readdirSync, readFileSync } from "fs";
import { join, relative } from "path";
import ts from "typescript";
import { createExcelPlanningWorkbook } from "../../src/excel/excelWorkbook";
import { StandInError } from "../../src/playground/excel/errors";
import {
  compareVersions,
  FEATURE_SETS,
  FEATURES,
  MANIFEST_SETS,
  type ApiSet,
  type ApiSetName,
  type Feature,
  type PlanningWorkbook,
} from "../../src/workbook";
import { seedWorkbook } from "../support/seedWorkbook";

const ROOT = join(__dirname, "..", "..");
const OFFICE_TYPES = [
  join(ROOT, "node_modules/@types/office-js/index.d.ts"),
  join(ROOT, "node_modules/@types/custom-functions-runtime/index.d.ts"),
];
const API_SET = /\[\s*Api set:\s*(\w+)\s+([\d.]+)/;
/** The dialog's members name their set as a link, without a version: the first, 1.1. */
const DIALOG_SET = /\|\s*DialogApi(?:\s+([\d.]+))?\s*\}/;

function noteOf(node: ts.Node): ApiSet | undefined {
  const text = ts
    .getJSDocCommentsAndTags(node)
    .map((doc) => doc.getText())
    .join("\n");
  const match = API_SET.exec(text);
  // Mailbox is Outlook's set: a member noted only with it (event.completed of a command) is
  // there in every Excel that has add-in commands at all.
  if (match?.[1] === "Mailbox") return undefined;
  if (match) return { name: match[1] as ApiSetName, version: match[2] ?? "" };
  const dialog = DIALOG_SET.exec(text);
  return dialog ? { name: "DialogApi", version: dialog[1] ?? "1.1" } : undefined;
}

/** Above what the manifest declares: a higher version, or a set it does not declare at all. */
function aboveMinimum(set: ApiSet): boolean {
  const declared = MANIFEST_SETS.find((m) => m.name === set.name);
  return declared === undefined || compareVersions(set.version, declared.version) > 0;
}

const covers = (feature: Feature, set: ApiSet): boolean =>
  FEATURE_SETS[feature].some(
    (need: ApiSet) => need.name === set.name && compareVersions(need.version, set.version) >= 0
  );

/** `Type.member` → its requirement set, for every Excel class member the notes give one. */
function excelMemberSets(): Map<string, ApiSet> {
  const file = OFFICE_TYPES[0] ?? "";
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true
  );
  const sets = new Map<string, ApiSet>();
  const visit = (node: ts.Node, inExcel: boolean): void => {
    if (ts.isModuleDeclaration(node)) {
      const excel = node.name.getText() === "Excel";
      if (node.body)
        ts.forEachChild(node.body, (child) => {
          visit(child, excel);
        });
      return;
    }
    if (inExcel && (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name) {
      const type = node.name.text;
      const ofType = noteOf(node);
      for (const member of node.members) {
        const name = member.name?.getText();
        const set = noteOf(member) ?? ofType;
        if (name !== undefined && set !== undefined && !sets.has(`${type}.${name}`)) {
          sets.set(`${type}.${name}`, set);
        }
      }
    }
    ts.forEachChild(node, (child) => {
      visit(child, inExcel);
    });
  };
  visit(source, false);
  return sets;
}

interface Use {
  readonly member: string;
  readonly set: ApiSet;
  readonly at: string;
  /** The features of the `@requires` tags around it. */
  readonly requires: readonly string[];
}

/** Every member of Office's types the add-in's code names, with its note, by type checking src. */
function officeUses(): Use[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, "tsconfig.json"), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => undefined,
  });
  if (!config) throw new Error("tsconfig.json could not be read");
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const ours = (file: string): boolean =>
    /\/src\/(excel|functions)\//.test(file) ||
    file.endsWith("/src/taskpane/index.tsx") ||
    /\/src\/commands\/(index\.ts|dialog\.tsx)$/.test(file);
  const uses: Use[] = [];
  for (const source of program.getSourceFiles()) {
    if (!ours(source.fileName)) continue;
    const visit = (node: ts.Node): void => {
      const named = ts.isPropertyAccessExpression(node) ? node.name : undefined;
      let symbol = named ? checker.getSymbolAtLocation(named) : undefined;
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const declaration = symbol?.declarations?.find((d) =>
        OFFICE_TYPES.includes(d.getSourceFile().fileName)
      );
      const set = declaration ? noteOf(declaration) : undefined;
      if (symbol && set) {
        const requires: string[] = [];
        for (let at: ts.Node = node; !ts.isSourceFile(at); at = at.parent) {
          for (const tag of ts.getJSDocTags(at)) {
            if (tag.tagName.text === "requires") requires.push(String(tag.comment ?? "").trim());
          }
        }
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        const parent = (symbol as ts.Symbol & { parent?: ts.Symbol }).parent;
        uses.push({
          member: `${parent ? `${parent.name}.` : ""}${symbol.name}`,
          set,
          at: `${relative(ROOT, source.fileName)}:${String(line)}`,
          requires,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

describe("requirement sets, statically", () => {
  let uses: Use[] = [];
  beforeAll(() => {
    uses = officeUses();
  }, 120_000);

  test("the notes are found: the plain range values are ExcelApi 1.1", () => {
    expect(uses.find((use) => use.member === "Range.values")?.set).toEqual({
      name: "ExcelApi",
      version: "1.1",
    });
  });

  test("every member above the manifest's minimum is in a declaration that requires a feature covering it", () => {
    const unguarded = uses
      .filter((use) => aboveMinimum(use.set))
      .filter(
        (use) =>
          !use.requires.some(
            (feature) =>
              (FEATURES as readonly string[]).includes(feature) &&
              covers(feature as Feature, use.set)
          )
      )
      .map((use) => `${use.at} ${use.member} (${use.set.name} ${use.set.version})`);
    expect(unguarded).toEqual([]);
  });

  test("each feature above the minimum is there because the code uses something above it", () => {
    const features = new Set(
      uses.filter((use) => aboveMinimum(use.set)).flatMap((use) => use.requires)
    );
    expect([...features].sort()).toEqual([...FEATURES].sort());
  });
});

/** Which office-js type each stand-in class poses as, from its `implements Mirrors<…, Excel.X>`. */
function standInTypes(): Map<string, string> {
  const dir = join(ROOT, "src/playground/excel");
  const types = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    const text = readFileSync(join(dir, file), "utf8");
    for (const match of text.matchAll(
      /class (StandIn\w+)[^{]*?implements\s+Mirrors<\s*\w+,\s*Excel\.(\w+)/g
    )) {
      types.set(match[1] ?? "", match[2] ?? "");
    }
  }
  return types;
}

const MEMBER_SETS = excelMemberSets();
const STAND_IN_TYPES = standInTypes();

/** An Excel that has exactly the sets the manifest declares, or every set. */
function excelWith(level: "minimum" | "current") {
  const used: { member: string; set: ApiSet }[] = [];
  const refused: string[] = [];
  const isSetSupported = (name: ApiSetName, version: string): boolean =>
    level === "current" || !aboveMinimum({ name, version });
  const book = seedWorkbook({
    standIn: {
      isSetSupported,
      apiGate: (standInClass, member) => {
        const type = STAND_IN_TYPES.get(standInClass);
        if (type === undefined) return;
        const set = MEMBER_SETS.get(`${type}.${member}`);
        if (set === undefined) return;
        used.push({ member: `${type}.${member}`, set });
        if (!isSetSupported(set.name, set.version)) {
          refused.push(`${type}.${member} (${set.name} ${set.version})`);
          throw new StandInError("ApiNotFound");
        }
      },
    },
  });
  let now = Date.UTC(2024, 3, 28, 9);
  const workbook = createExcelPlanningWorkbook(book.host, () => new Date((now += 60_000)));
  return { book, workbook, used, refused };
}

const EN = { language: "en" } as const;

function ok<T extends { ok: boolean }>(outcome: T): T {
  expect(outcome).toMatchObject({ ok: true });
  return outcome;
}

/** Every operation of the core, in the order a cycle uses them. */
async function runTheCore(workbook: PlanningWorkbook): Promise<void> {
  await workbook.inspect();
  ok(await workbook.runRollingPlan(EN));
  ok(await workbook.runGapScenarios(EN));
  await workbook.saveLanguage("zh");
  expect(await workbook.loadLanguage()).toBe("zh");
  await workbook.showSheet("S&OP Balance");
  const saved = ok(await workbook.saveVersion({ name: "Base", note: "" }, EN));
  if (!saved.ok) return;
  const labels = ok(await workbook.readPlanLabels());
  if (!labels.ok) return;
  const adjustment = {
    target: "forecast",
    mode: "percent",
    amount: 10,
    families: [],
    fromPeriod: labels.periods[0] ?? "",
    toPeriod: labels.periods[1] ?? "",
  } as const;
  ok(await workbook.runWhatIf([adjustment], EN));
  const variant = ok(
    await workbook.saveVersion({ name: "Demand +10%", note: "", adjustments: [adjustment] }, EN)
  );
  if (!variant.ok) return;
  const versions = ok(await workbook.listVersions());
  if (!versions.ok) return;
  const [first, second] = versions.versions;
  ok(
    await workbook.compareVersions(
      { kind: "version", id: first?.id ?? "" },
      { kind: "version", id: second?.id ?? "" },
      EN
    )
  );
  ok(await workbook.renameVersion(first?.id ?? "", "Base plan"));
  ok(await workbook.previewRestore(first?.id ?? ""));
  ok(await workbook.restoreVersion(first?.id ?? "", EN));
  ok(await workbook.previewRollForward(EN));
  ok(await workbook.rollForward(EN));
  const added = ok(
    await workbook.addDecision(
      { decision: "Overtime in May", family: "", period: "", owner: "Li Ming" },
      EN
    )
  );
  if (!added.ok) return;
  ok(await workbook.listDecisions());
  ok(await workbook.closeDecision(added.decisions[0]?.id ?? 0, "done", EN));
  ok(await workbook.deleteVersion(second?.id ?? ""));
}

describe("requirement sets, at run time on the stand-in", () => {
  test("an Excel with only the declared minimum runs the whole core and offers nothing above it", async () => {
    const excel = excelWith("minimum");
    await runTheCore(excel.workbook);
    expect(excel.refused).toEqual([]);
    // The core was watched, not skipped.
    expect(excel.used.length).toBeGreaterThan(50);
    for (const feature of FEATURES) expect(excel.workbook.supports(feature)).toBe(false);
    expect(await excel.workbook.publishMeetingPack(EN)).toEqual({
      ok: false,
      problems: [
        {
          kind: "needsNewerExcel",
          range: "workbook",
          feature: "meetingPack",
          found: "ExcelApi 1.9",
        },
      ],
    });
    expect(await excel.workbook.freezeForSharing(EN)).toMatchObject({
      ok: false,
      problems: [{ kind: "needsNewerExcel", feature: "freezeForSharing" }],
    });
    expect(excel.refused).toEqual([]);
    expect(excel.book.model.sheets.map((sheet) => sheet.name)).not.toContain("S&OP Meeting");
  }, 60_000);

  test("a current Excel: the meeting pack uses what FEATURE_SETS says, and no more", async () => {
    const excel = excelWith("current");
    expect(excel.workbook.supports("meetingPack")).toBe(true);
    ok(await excel.workbook.runRollingPlan(EN));
    excel.used.length = 0;
    ok(await excel.workbook.publishMeetingPack(EN));
    const above = excel.used.filter((use) => aboveMinimum(use.set));
    expect(above.length).toBeGreaterThan(0);
    expect(above.filter((use) => !covers("meetingPack", use.set))).toEqual([]);
    // Without the file the host cannot freeze, whatever its sets.
    expect(excel.workbook.supports("freezeForSharing")).toBe(false);
  }, 60_000);
});

import { comparePlans, type ComparablePlan } from "../engine";
import { translate, type Language } from "../i18n";
import type { RunOptions, VersionInfo, VersionRef } from "../workbook";
import { compareSheet, compareSummary } from "./sheets/compareSheet";
import { interpretInputs } from "./sheets/inputs";
import { stamp } from "./sheets/tables";
import {
  decodeResults,
  RESULTS_COLUMN,
  resultsOf,
  rowOfVersionId,
  type VersionResults,
} from "./sheets/versionStore";
import { loadWith, PLAN_ONLY, writeOutput } from "./workbookAccess";
import { fail, queueStore, storedVersion, type StoreReads } from "./versionReads";
import { balanceWith } from "./whatIfPlan";

/** Compare: two plans (a version or the current inputs each) on the `S&OP Compare` sheet. */

export async function compareVersions(
  context: Excel.RequestContext,
  first: VersionRef,
  second: VersionRef,
  options: RunOptions,
  clock: () => Date
) {
  const { language } = options;
  options.onProgress?.("reading");
  const sides = [first, second];
  const rows = sides.flatMap((side) => {
    const row = side.kind === "version" ? rowOfVersionId(side.id) : undefined;
    return row === undefined ? [] : [row];
  });
  const needsInputs = sides.some((side) => side.kind === "current");
  let store: StoreReads = { zones: new Map() };
  let oldTables: Excel.TableCollection | undefined;
  const loaded = await loadWith(context, needsInputs ? PLAN_ONLY : undefined, (resolution) => {
    store = queueStore(context, resolution, rows, RESULTS_COLUMN);
    const own = resolution.ownSheets.compare;
    if (own !== undefined) {
      oldTables = context.workbook.worksheets.getItem(own).tables.load("items/name");
    }
  });
  if (!loaded.ok) return loaded;

  options.onProgress?.("computing");
  let current: VersionResults | undefined;
  if (needsInputs) {
    const interpretation = interpretInputs(loaded.reads, { withOptions: false });
    if (!interpretation.ok) return fail(interpretation.problems);
    const balanced = balanceWith(interpretation.plan, []);
    if (!balanced.ok) return balanced;
    current = resultsOf(balanced.plan, balanced.balance);
  }
  const plans: { plan: ComparablePlan; label: string }[] = [];
  for (const side of sides) {
    if (side.kind === "current" && current) {
      plans.push({ plan: current, label: translate(language, "wb.compare.current") });
      continue;
    }
    if (side.kind !== "version") continue;
    const found = storedVersion(store, side.id, decodeResults);
    if (!found.ok) return found;
    plans.push({ plan: found.data, label: describeVersion(language, found.version.info) });
  }
  const [a, b] = plans;
  if (!a || !b) return fail([{ kind: "versionNotFound", range: "workbook" }]);
  const comparison = comparePlans(a.plan, b.plan);
  const output = compareSheet(comparison, {
    language,
    computedAt: clock(),
    first: a.label,
    second: b.label,
  });
  options.onProgress?.("writing");
  const written = await writeOutput(context, loaded.resolution, "compare", output, oldTables);
  options.onProgress?.("done");
  return { ok: true as const, ...written, summary: compareSummary(comparison) };
}

function describeVersion(language: Language, info: VersionInfo): string {
  return translate(language, "wb.compare.version", {
    name: `«${info.name}»`,
    time: stamp(new Date(info.savedAt)),
  });
}

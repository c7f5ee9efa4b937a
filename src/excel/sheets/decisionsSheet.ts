import { isIsoDate, type Decision, type DecisionStatus, type ExpectedRule } from "../../engine";
import { translate, type Language, type MessageKey } from "../../i18n";
import type { WorkbookProblem, WorkbookRule } from "../../workbook";
import { cellAddress } from "./addresses";
import { periodLabel } from "./inputs";
import { stamp, TABLE_HEADER_ROW, type OutputColumn, type OutputSheet } from "./tables";

/**
 * The `S&OP Decisions` sheet as plain data, and its rows read back: an Excel table the add-in
 * writes and planners may edit by hand, so every row is checked when read. Columns by position:
 * ID, decision, family, period, owner, due, status, decided in, closed in.
 */

const COLUMN_KEYS: readonly MessageKey[] = [
  "wb.decisions.col.id",
  "wb.decisions.col.decision",
  "wb.col.family",
  "wb.col.period",
  "wb.decisions.col.owner",
  "wb.decisions.col.due",
  "wb.col.status",
  "wb.decisions.col.cycle",
  "wb.decisions.col.closedIn",
];

/** The Decision field each column holds, as problems name it. */
const COLUMN_FIELDS: readonly (keyof Decision)[] = [
  "id",
  "decision",
  "family",
  "period",
  "owner",
  "due",
  "status",
  "cycle",
  "closedIn",
];

const STATUS_KEYS: Readonly<Record<DecisionStatus, MessageKey>> = {
  open: "wb.decisions.open",
  done: "wb.decisions.done",
  dropped: "wb.decisions.dropped",
};

/** A status word in either language, as a planner may have typed it. */
function statusOf(text: string): DecisionStatus | undefined {
  const word = text.trim().toLowerCase();
  for (const status of ["open", "done", "dropped"] as const) {
    for (const language of ["en", "zh"] as const) {
      if (translate(language, STATUS_KEYS[status]).toLowerCase() === word) return status;
    }
  }
  return undefined;
}

export function decisionsSheet(
  decisions: readonly Decision[],
  language: Language,
  updatedAt: Date
): OutputSheet {
  const columns: OutputColumn[] = COLUMN_KEYS.map((key, i) => ({
    header: translate(language, key),
    numberFormat: i === 0 ? "0" : "@",
  }));
  return {
    title: translate(language, "wb.decisionsTitle"),
    note: translate(language, "wb.decisions.note", { time: stamp(updatedAt) }),
    columns,
    rows: decisions.map((d) => [
      d.id,
      d.decision,
      d.family,
      d.period,
      d.owner,
      d.due ?? "",
      translate(language, STATUS_KEYS[d.status]),
      d.cycle,
      d.closedIn ?? "",
    ]),
  };
}

const text = (value: unknown): string =>
  typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";

/** The table's rows back into decisions, every bad cell named. */
export function readDecisions(
  sheet: string,
  values: readonly (readonly unknown[])[]
): { ok: true; decisions: Decision[] } | { ok: false; problems: WorkbookProblem[] } {
  const decisions: Decision[] = [];
  const problems: WorkbookProblem[] = [];
  const seen = new Set<number>();
  values.forEach((row, r) => {
    if (r <= TABLE_HEADER_ROW) return;
    const cells = Array.from({ length: COLUMN_KEYS.length }, (_, c) => row[c]);
    if (cells.every((cell) => text(cell) === "")) return;
    const bad = (column: number, found: string, rule: ExpectedRule | WorkbookRule): void => {
      problems.push({
        kind: "invalidDecision",
        range: "S&OP Decisions",
        cell: cellAddress(sheet, r, column),
        argument: COLUMN_FIELDS[column] ?? "",
        found,
        rule,
      });
    };
    const [idCell, decision, family, period, owner, due, status, cycle, closedIn] = cells.map(text);
    const id = Number(idCell);
    if (!Number.isInteger(id) || id < 1 || seen.has(id)) bad(0, idCell ?? "", "uniqueNumber");
    seen.add(id);
    const parsed = statusOf(status ?? "");
    if (!parsed) bad(6, status ?? "", "decisionStatus");
    // A date cell typed by hand arrives as a serial: shown as the planner sees it.
    const dueCell = cells[5];
    const dueText = typeof dueCell === "number" ? periodLabel(dueCell, "yyyy-mm-dd") : (due ?? "");
    if (dueText !== "" && !isIsoDate(dueText)) bad(5, dueText, "isoDate");
    if ((decision ?? "") === "") bad(1, "", "decisionText");
    if (parsed === undefined || problems.length > 0) return;
    decisions.push({
      id,
      decision: decision ?? "",
      family: family ?? "",
      period: period ?? "",
      owner: owner ?? "",
      ...(dueText !== "" ? { due: dueText } : {}),
      status: parsed,
      cycle: cycle ?? "",
      ...(closedIn !== undefined && closedIn !== "" ? { closedIn } : {}),
    });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, decisions };
}

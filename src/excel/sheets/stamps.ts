import { SOP_NAMES, type SopName } from "../../workbook";
import type { RangeReads } from "./inputs";

/**
 * What the hidden marker of an output sheet records of the run that wrote it, in the marker's
 * comment (Name Manager shows it): the cycle it was made for and a fingerprint of the inputs it
 * was computed from. The pane's step states compare them with the workbook as it is now.
 */
export interface SheetStamp {
  /** The plan's first period when the sheet was written. */
  readonly cycle?: string;
  /** `inputsFingerprint` of the inputs the sheet was computed from. */
  readonly inputs?: string;
}

/** Excel keeps a name's comment to 255 characters: a longer cycle label is not recorded. */
const COMMENT_LIMIT = 255;

const CYCLE = "Cycle: ";
const INPUTS = "Inputs: ";

/** The marker's comment: the fixed sentence, then the stamp's fields, one per sentence. */
export function stampComment(sentence: string, stamp: SheetStamp): string {
  const parts = [sentence];
  if (stamp.inputs !== undefined) parts.push(`${INPUTS}${stamp.inputs}.`);
  const withCycle =
    stamp.cycle !== undefined ? [...parts, `${CYCLE}${JSON.stringify(stamp.cycle)}.`] : parts;
  const text = withCycle.join(" ");
  return text.length <= COMMENT_LIMIT ? text : parts.join(" ");
}

/** The stamp a marker's comment records; fields missing or edited by hand are left out. */
export function readStamp(comment: string): SheetStamp {
  const inputs = /Inputs: ([0-9a-f]{16})\./.exec(comment)?.[1];
  const cycleText = /Cycle: ("(?:[^"\\]|\\.)*")\./.exec(comment)?.[1];
  let cycle: string | undefined;
  if (cycleText !== undefined) {
    try {
      const parsed: unknown = JSON.parse(cycleText);
      if (typeof parsed === "string") cycle = parsed;
    } catch {
      cycle = undefined;
    }
  }
  return { ...(inputs !== undefined ? { inputs } : {}), ...(cycle !== undefined ? { cycle } : {}) };
}

/** The names whose values make a rolling plan: what `S&OP Balance` is computed from. */
export const PLAN_INPUT_NAMES: readonly SopName[] = SOP_NAMES.filter(
  (name) =>
    name !== "SOP_Options" &&
    name !== "SOP_ActualClosing" &&
    name !== "SOP_History" &&
    name !== "SOP_HistoryPeriods" &&
    name !== "SOP_PlanParameters" &&
    name !== "SOP_Resources" &&
    name !== "SOP_FrozenPeriods"
);

/** The plan in money's names: S&OP Balance shows them, the supply optimum does not read them. */
export const MONEY_NAMES: readonly SopName[] = ["SOP_Price", "SOP_UnitCost", "SOP_Budget"];

/**
 * What `S&OP Supply Plan`'s optimum is computed from: the demand, the stock, the families and the
 * supply parameters (not SOP_Production, which it replaces, nor SOP_Capacity, which it does not read).
 */
export const SUPPLY_INPUT_NAMES: readonly SopName[] = SOP_NAMES.filter(
  (name) =>
    PLAN_INPUT_NAMES.includes(name) || name === "SOP_PlanParameters" || name === "SOP_Resources"
).filter((name) => !["SOP_Production", "SOP_Capacity", ...MONEY_NAMES].includes(name));

/**
 * A fingerprint of the plan's inputs: each name's values and, for the periods, their formats
 * (a date shown as another month is another plan). Two 32-bit FNV-1a hashes of the text, in hex:
 * equal inputs give equal fingerprints; a changed cell gives another one but by a 2^-64 chance.
 */
export function inputsFingerprint(
  reads: RangeReads,
  names: readonly SopName[] = PLAN_INPUT_NAMES
): string {
  // The money names came later: a workbook without them keeps the fingerprint it had before.
  const counted = names.filter((name) => reads[name] !== undefined || !MONEY_NAMES.includes(name));
  const text = JSON.stringify(
    counted.map((name) => {
      const read = reads[name];
      return read === undefined ? null : [name, read.values, read.numberFormat ?? null];
    })
  );
  return hash(text, 0x811c9dc5) + hash(text, 0x01000193 ^ 0x5bd1e995);
}

/** FNV-1a over UTF-16 code units from `seed`, as 8 hex digits. */
function hash(text: string, seed: number): string {
  let value = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16).padStart(8, "0");
}

import { approvedOfCycle, balancePlan, rolledInto, summarizeBalance } from "../engine";
import type { CycleStatus, PlanningWorkbook, WorkbookProblem } from "../workbook";
import {
  cycleOf,
  decisionsOf,
  queueFirstPeriod,
  queueLog,
  type QueuedLog,
} from "./decisionWorkbook";
import { interpretInputs } from "./sheets/inputs";
import { inputsFingerprint } from "./sheets/stamps";
import { indexOf, queueStore, type StoreReads } from "./versionReads";
import { RESULTS_COLUMN } from "./sheets/versionStore";
import {
  readInputs,
  toWorkbookProblem,
  type ExcelHost,
  type InputUse,
  type Resolution,
} from "./workbookAccess";

/**
 * Where the cycle stands (the taskpane's step states), read in the round trips of a run's read:
 * the names, then every input with the decision log, the first period label and the version
 * index. Nothing is written: the inputs are checked and balanced as `Run rolling plan` would.
 */

export type CycleOperations = Pick<PlanningWorkbook, "readCycle">;

/** What `S&OP Balance` is computed from. */
const PLAN_USE: InputUse = { options: "no", actualClosing: false };

export function createCycleOperations(host: ExcelHost, clock: () => Date): CycleOperations {
  return { readCycle: () => host.run((context) => readCycle(context, clock)) };
}

interface Queued {
  readonly resolution: Resolution;
  readonly log: QueuedLog;
  readonly first: Excel.Range | undefined;
  readonly store: StoreReads;
}

async function readCycle(context: Excel.RequestContext, clock: () => Date): Promise<CycleStatus> {
  let queued: Queued | undefined;
  const queue = (resolution: Resolution): void => {
    queued = {
      resolution,
      log: queueLog(context, resolution),
      first: queueFirstPeriod(context, resolution),
      store: queueStore(context, resolution, [], RESULTS_COLUMN),
    };
  };
  const read = await readInputs(context, PLAN_USE, queue, { loadWhenRefused: true });
  if (!queued) throw new Error("The workbook's names were not resolved.");
  const { resolution, log, first, store } = queued;
  const cycle = cycleOf(first, clock);
  const decisions = decisionsOf(log);
  const versions = indexOf(store).versions.map((version) => version.info);
  const meetingCycle = resolution.stamps.meeting?.cycle;
  const approved = approvedOfCycle(versions, cycle);
  const shared = {
    cycle,
    ...(meetingCycle !== undefined ? { meetingCycle } : {}),
    ...(approved ? { approved } : {}),
    ...(decisions.ok
      ? { openDecisions: decisions.decisions.filter((d) => d.status === "open").length }
      : {}),
  };
  const balanceWritten = resolution.ownSheets.balance !== undefined;
  /** Inputs a run would refuse: a balance written before cannot be of these inputs. */
  const refused = (problems: readonly WorkbookProblem[]): CycleStatus => ({
    ...shared,
    problems,
    balance: balanceWritten ? "stale" : "none",
  });
  if (!read.ok) return refused(read.problems);
  const interpretation = interpretInputs(read.reads, { withOptions: false });
  if (!interpretation.ok) return refused(interpretation.problems);
  const { plan } = interpretation;
  const outcome = balancePlan(plan.input);
  if (!outcome.ok) return refused(outcome.problems.map(toWorkbookProblem));
  const fingerprint = inputsFingerprint(read.reads);
  const rolledFrom = rolledInto(versions, plan.periods);
  return {
    ...shared,
    problems: [],
    families: plan.input.families,
    periods: plan.input.periods,
    balance: !balanceWritten
      ? "none"
      : resolution.stamps.balance?.inputs === fingerprint
        ? "current"
        : "stale",
    shortagePeriods: summarizeBalance(outcome.value).shortagePeriods,
    ...(rolledFrom ? { rolledFrom } : {}),
  };
}

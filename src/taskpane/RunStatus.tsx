import { makeStyles, Spinner } from "@fluentui/react-components";
import type { RunStep } from "../workbook";
import type { Language } from "../i18n";
import type { UiMessageKey } from "../i18n/ui.en-US";
import { ACTION_LABELS } from "./ActionBar";
import { translator } from "./strings";
import type { RunState } from "./workflow";

const useStyles = makeStyles({
  status: {
    minHeight: 0,
  },
});

const STEP_KEYS: Record<RunStep, UiMessageKey> = {
  reading: "ui.step.reading",
  validating: "ui.step.validating",
  computing: "ui.step.computing",
  writing: "ui.step.writing",
  done: "ui.step.done",
};

/** The numbered steps of a run; `done` is the end of the last one. */
const STEPS: readonly RunStep[] = ["reading", "validating", "computing", "writing"];

/** The live text of a run in progress, e.g. "Run rolling plan, step 1 of 4: Reading the named ranges…". */
export function progressText(language: Language, run: RunState): string | undefined {
  if (run.phase !== "running") return undefined;
  const t = translator(language);
  const action = t(ACTION_LABELS[run.action]);
  if (run.step === undefined) return t("ui.step.label", { action, step: t("ui.step.working") });
  const step = t(STEP_KEYS[run.step]);
  // Inserting the sample has no plan to read or compute: its steps are not numbered.
  if (run.action === "sample") return t("ui.step.label", { action, step });
  const index = STEPS.indexOf(run.step);
  return t("ui.step.progress", {
    action,
    n: index === -1 ? STEPS.length : index + 1,
    total: STEPS.length,
    step,
  });
}

export interface RunStatusProps {
  readonly language: Language;
  readonly run: RunState;
}

/** Always in the page, so screen readers hear each new step (a live region must exist first). */
export function RunStatus({ language, run }: RunStatusProps): React.JSX.Element {
  const styles = useStyles();
  const text = progressText(language, run);
  return (
    <div role="status" aria-live="polite" className={styles.status}>
      {text !== undefined ? <Spinner size="tiny" labelPosition="after" label={text} /> : null}
    </div>
  );
}

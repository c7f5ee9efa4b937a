import type { Language } from "../i18n";
import { ActionFeedback, Success } from "./ActionFeedback";
import { ACTION_LABELS } from "./ActionBar";
import { doneValue } from "./paneAction";
import { RunSummary } from "./RunSummary";
import { translator } from "./strings";
import type { ActionKind, RunState } from "./workflow";
import { WrittenSheet } from "./WrittenSheet";

/** The plan runs read, check, compute and write; inserting the sample only writes. */
const NUMBERED: readonly ActionKind[] = ["plan", "scenarios"];

export interface RunResultProps {
  readonly language: Language;
  /** The actions whose outcome this step shows. */
  readonly actions: readonly ActionKind[];
  readonly run: RunState;
  readonly onShowSheet: (sheet: string) => Promise<void>;
}

/** The run's progress, then its outcome: the summary, the problems to fix, or Excel's error. */
export function RunResult({
  language,
  actions,
  run,
  onShowSheet,
}: RunResultProps): React.JSX.Element {
  const t = translator(language);
  const value = doneValue(run, actions);
  return (
    <ActionFeedback
      language={language}
      state={run}
      actions={actions}
      labels={ACTION_LABELS}
      numbered={NUMBERED}
      refusedTitle={(action) =>
        t(action === "sample" ? "ui.problems.sampleTitle" : "ui.problems.title")
      }
      resultTitle={t("ui.summary.heading")}
    >
      {value?.kind === "planned" ? (
        <RunSummary
          language={language}
          action={value.action}
          outcome={value.outcome}
          onShowSheet={onShowSheet}
        />
      ) : null}
      {value?.kind === "sampleInserted" ? (
        <>
          <Success title={t("ui.sample.done", { sheet: value.sheet })} />
          <WrittenSheet language={language} sheet={value.sheet} onShowSheet={onShowSheet} />
        </>
      ) : null}
    </ActionFeedback>
  );
}

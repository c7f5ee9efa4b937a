import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { Open16Regular } from "@fluentui/react-icons";
import { useId } from "react";
import type { Language } from "../i18n";
import { ACTION_LABELS } from "./ActionBar";
import { ProblemList } from "./ProblemList";
import { RunSummary } from "./RunSummary";
import { translator } from "./strings";
import type { WorkflowState } from "./workflow";

const useStyles = makeStyles({
  result: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
  open: {
    alignSelf: "flex-start",
  },
});

export interface RunResultProps {
  readonly language: Language;
  readonly state: WorkflowState;
  readonly onShowSheet: (sheet: string) => void;
}

/** The outcome of the last action: summary, problems to fix, or the error Excel reported. */
export function RunResult({
  language,
  state,
  onShowSheet,
}: RunResultProps): React.JSX.Element | null {
  const styles = useStyles();
  const t = translator(language);
  const headingId = useId();
  const { run, sheetError } = state;
  if (run.phase === "idle" || run.phase === "running") return null;

  let body: React.JSX.Element;
  switch (run.phase) {
    case "planned":
      body = (
        <RunSummary
          language={language}
          action={run.action}
          outcome={run.outcome}
          onShowSheet={onShowSheet}
        />
      );
      break;
    case "sampleInserted":
      body = (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t("ui.sample.done", { sheet: run.sheet })}</MessageBarBody>
          </MessageBar>
          <Button
            className={styles.open}
            icon={<Open16Regular />}
            onClick={() => {
              onShowSheet(run.sheet);
            }}
          >
            {t("ui.summary.openSheet", { sheet: run.sheet })}
          </Button>
        </>
      );
      break;
    case "refused":
      body = <ProblemList language={language} action={run.action} problems={run.problems} />;
      break;
    case "failed":
      body = (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {t("ui.error.title", { action: t(ACTION_LABELS[run.action]) })}
            </MessageBarTitle>{" "}
            {run.message}
          </MessageBarBody>
        </MessageBar>
      );
      break;
  }

  return (
    <section className={styles.result} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t("ui.summary.heading")}
      </Subtitle2>
      {body}
      {sheetError !== undefined ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t("ui.error.showSheet", { sheet: sheetError.sheet, message: sheetError.message })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

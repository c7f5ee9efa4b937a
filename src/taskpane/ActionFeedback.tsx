import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { WorkbookProblem } from "../workbook";
import type { Language } from "../i18n";
import type { UiMessageKey } from "../i18n/ui.en-US";
import { progressText, type ActionState } from "./paneAction";
import { ProblemList } from "./ProblemList";
import { Section } from "./Section";
import { translator } from "./strings";

const useStyles = makeStyles({
  status: { minHeight: 0 },
  outcome: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    // Focused by the pane, not by the planner: no ring around the whole result.
    ":focus": { outlineStyle: "none" },
  },
});

export interface ActionFeedbackProps<A extends string, V> {
  readonly language: Language;
  readonly state: ActionState<A, V>;
  /** The actions of this part of the pane; the others show their feedback in their own part. */
  readonly actions: readonly A[];
  /** Each action's name, as its button says it. */
  readonly labels: Readonly<Record<A, UiMessageKey>>;
  /** The actions that go through all four steps of a run: their progress is numbered. */
  readonly numbered?: readonly A[];
  /** The title of a refusal's problem list: what was not done. */
  readonly refusedTitle: (action: A) => string;
  /** Names a level-3 region holding the outcome (trouble or `children`), when the part has one. */
  readonly resultTitle?: string;
  /** What the part shows of an action the workbook did. */
  readonly children?: React.ReactNode;
}

/**
 * The one place an action's progress and outcome show: a live region that is always in the page
 * (screen readers hear each step), then the problems of a refusal, the error of a call that threw,
 * or what the part shows of a done action (`children`, with `Success`), in a region of its own when
 * `resultTitle` names one. When an action of the part ends with something to show, the focus moves
 * to it, so that keyboard and screen-reader users land on the result.
 */
export function ActionFeedback<A extends string, V>({
  language,
  state,
  actions,
  labels,
  numbered = [],
  refusedTitle,
  resultTitle,
  children,
}: ActionFeedbackProps<A, V>): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  const mine = state.phase !== "idle" && actions.includes(state.action);
  let outcome: React.ReactNode = null;
  if (mine && state.phase === "refused") {
    outcome = (
      <Trouble language={language} title={refusedTitle(state.action)} problems={state.problems} />
    );
  } else if (mine && state.phase === "failed") {
    outcome = (
      <Trouble
        language={language}
        title={t("ui.error.title", { action: t(labels[state.action]) })}
        message={state.message}
      />
    );
  } else if (mine && state.phase === "done" && children !== undefined && children !== null) {
    outcome = children;
  }
  // The focus follows an action's end to its outcome (not a result already shown on mount).
  const outcomeRef = useRef<HTMLDivElement>(null);
  const ran = useRef(false);
  const running = mine && state.phase === "running";
  const shown = outcome !== null;
  useEffect(() => {
    if (running) ran.current = true;
    else if (ran.current && shown) {
      ran.current = false;
      outcomeRef.current?.focus();
    }
  }, [running, shown]);
  const placed =
    outcome !== null && resultTitle !== undefined ? (
      <Section level={3} title={resultTitle}>
        {outcome}
      </Section>
    ) : (
      outcome
    );
  return (
    <>
      <div role="status" aria-live="polite" className={styles.status}>
        {mine && state.phase === "running" ? (
          <Spinner
            size="tiny"
            labelPosition="after"
            label={progressText(
              language,
              labels[state.action],
              state.step,
              numbered.includes(state.action)
            )}
          />
        ) : null}
      </div>
      {placed !== null ? (
        <div ref={outcomeRef} tabIndex={-1} className={styles.outcome}>
          {placed}
        </div>
      ) : null}
    </>
  );
}

/** What an action did: the title, and a line under it when there is one. */
export function Success({
  title,
  children,
}: {
  readonly title: string;
  readonly children?: React.ReactNode;
}): React.JSX.Element {
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children !== undefined ? <> {children}</> : null}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * What went wrong, in red: the problems to fix (each naming the range or version and the cell), or
 * the message of an error Excel reported. Also for a read that is not an action (a list shown).
 */
export function Trouble({
  language,
  title,
  problems,
  message,
}: {
  readonly language: Language;
  readonly title: string;
  readonly problems?: readonly WorkbookProblem[];
  readonly message?: string;
}): React.JSX.Element {
  if (problems !== undefined)
    return <ProblemList language={language} title={title} problems={problems} />;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {message}
      </MessageBarBody>
    </MessageBar>
  );
}

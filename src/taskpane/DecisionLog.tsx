import {
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  Input,
  makeStyles,
  Spinner,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { Add16Regular, Checkmark16Regular, Dismiss16Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Decision, DecisionDraft } from "../engine";
import {
  messageOf,
  type DecisionsOutcome,
  type PlanningWorkbook,
  type RunOptions,
  type WorkbookProblem,
} from "../workbook";
import type { Language } from "../i18n";
import type { UiMessageKey } from "../i18n/ui.en-US";
import { ActionFeedback, Trouble } from "./ActionFeedback";
import { Section } from "./Section";
import { translator } from "./strings";
import type { ActionLock } from "./useActionLock";
import { usePaneAction } from "./usePaneAction";
import { WrittenSheet } from "./WrittenSheet";

/**
 * The meeting's decision log: the open decisions with their owner and due date, each closed as
 * done or dropped, and a form to add one in the current cycle. The log lives in the workbook's
 * `S&OP Decisions` sheet; the pane only asks the workbook for it.
 */

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  text: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type DecisionAction = "add" | "done" | "drop";

const LABELS: Record<DecisionAction, UiMessageKey> = {
  add: "ui.decisions.add",
  done: "ui.decisions.action.done",
  drop: "ui.decisions.action.drop",
};
const ACTIONS: readonly DecisionAction[] = ["add", "done", "drop"];

/** Why the log could not be read: a damaged sheet (problems) or an Excel error (message). */
type ReadTrouble = { readonly problems: readonly WorkbookProblem[] } | { readonly message: string };

interface LogState {
  readonly decisions: readonly Decision[];
  readonly cycle?: string;
  readonly sheet?: string;
  readonly loading: boolean;
}

export interface DecisionLogProps {
  readonly workbook: PlanningWorkbook;
  readonly language: Language;
  readonly lock: ActionLock;
  readonly onShowSheet: (sheet: string) => Promise<void>;
}

const EMPTY_DRAFT = { decision: "", family: "", period: "", owner: "", due: "" };

export function DecisionLog({
  workbook,
  language,
  lock,
  onShowSheet,
}: DecisionLogProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  const [log, setLog] = useState<LogState>({ decisions: [], loading: true });
  const [readTrouble, setReadTrouble] = useState<ReadTrouble | undefined>(undefined);
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [missing, setMissing] = useState<{ decision: boolean; owner: boolean }>({
    decision: false,
    owner: false,
  });
  const reads = useRef(0);
  const { finished, busy } = lock;
  const { state, perform } = usePaneAction<DecisionAction, undefined>(lock, language);

  /** Every answer of the workbook is the log as it now is. */
  const show = useCallback((log: Extract<DecisionsOutcome, { ok: true }>): void => {
    setLog({
      decisions: log.decisions,
      cycle: log.cycle,
      ...(log.sheet !== undefined ? { sheet: log.sheet } : {}),
      loading: false,
    });
  }, []);

  // On mount and after every action of the pane: the log or the plan's cycle may have changed.
  useEffect(() => {
    const id = ++reads.current;
    workbook.listDecisions().then(
      (outcome) => {
        if (id !== reads.current) return;
        setReadTrouble(outcome.ok ? undefined : { problems: outcome.problems });
        if (outcome.ok) show(outcome);
        else setLog((previous) => ({ ...previous, loading: false }));
      },
      (error: unknown) => {
        if (id !== reads.current) return;
        setReadTrouble({ message: messageOf(error) });
        setLog((previous) => ({ ...previous, loading: false }));
      }
    );
  }, [workbook, finished, show]);

  const act = (
    action: DecisionAction,
    call: (options: RunOptions) => Promise<DecisionsOutcome>,
    onDone?: () => void
  ): void => {
    perform({
      action,
      call,
      settle: (log) => {
        show(log);
        onDone?.();
        return undefined;
      },
    });
  };

  const add = (): void => {
    const decision = draft.decision.trim();
    const owner = draft.owner.trim();
    setMissing({ decision: decision === "", owner: owner === "" });
    if (decision === "" || owner === "") return;
    const request: DecisionDraft = {
      decision,
      family: draft.family.trim(),
      period: draft.period.trim(),
      owner,
      ...(draft.due !== "" ? { due: draft.due } : {}),
    };
    act(
      "add",
      (options) => workbook.addDecision(request, options),
      () => {
        setDraft(EMPTY_DRAFT);
      }
    );
  };

  const open = log.decisions.filter((decision) => decision.status === "open");
  const done = log.decisions.filter((decision) => decision.status === "done").length;
  const dropped = log.decisions.filter((decision) => decision.status === "dropped").length;
  const field = (name: keyof typeof EMPTY_DRAFT) => ({
    value: draft[name],
    onChange: (_: unknown, data: { value: string }) => {
      setDraft((previous) => ({ ...previous, [name]: data.value }));
    },
  });

  return (
    <Section title={t("ui.decisions.heading")}>
      {readTrouble !== undefined ? (
        <Trouble language={language} title={t("ui.decisions.readFailed")} {...readTrouble} />
      ) : log.loading ? (
        <Spinner size="extra-tiny" labelPosition="after" label={t("ui.decisions.loading")} />
      ) : open.length === 0 ? (
        <Body1>{t("ui.decisions.none")}</Body1>
      ) : (
        <ul className={styles.list} aria-label={t("ui.decisions.openList")}>
          {open.map((decision) => (
            <li key={decision.id}>
              <Card className={styles.card} size="small">
                <Body1 className={styles.text}>{decision.decision}</Body1>
                <Caption1 className={styles.meta}>
                  {[
                    decision.family,
                    decision.period,
                    t("ui.decisions.owner", { owner: decision.owner }),
                    decision.due !== undefined ? t("ui.decisions.due", { due: decision.due }) : "",
                    t("ui.decisions.decidedIn", { cycle: decision.cycle }),
                  ]
                    .filter((part) => part !== "")
                    .join(" · ")}
                </Caption1>
                <div className={styles.buttons}>
                  <Button
                    size="small"
                    icon={<Checkmark16Regular />}
                    disabled={busy}
                    aria-label={t("ui.decisions.markDone", { decision: decision.decision })}
                    onClick={() => {
                      act("done", (options) =>
                        workbook.closeDecision(decision.id, "done", options)
                      );
                    }}
                  >
                    {t("ui.decisions.done")}
                  </Button>
                  <Button
                    size="small"
                    icon={<Dismiss16Regular />}
                    disabled={busy}
                    aria-label={t("ui.decisions.drop", { decision: decision.decision })}
                    onClick={() => {
                      act("drop", (options) =>
                        workbook.closeDecision(decision.id, "dropped", options)
                      );
                    }}
                  >
                    {t("ui.decisions.dropped")}
                  </Button>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
      {done + dropped > 0 && (
        <Caption1>
          {t("ui.decisions.closed", { done: String(done), dropped: String(dropped) })}
        </Caption1>
      )}
      {log.sheet !== undefined && (
        <WrittenSheet language={language} sheet={log.sheet} onShowSheet={onShowSheet} />
      )}
      <div className={styles.form}>
        <Field
          label={t("ui.decisions.decision")}
          required
          {...(missing.decision
            ? {
                validationState: "error" as const,
                validationMessage: t("ui.decisions.needDecision"),
              }
            : {})}
        >
          <Textarea {...field("decision")} resize="vertical" />
        </Field>
        <Field label={t("ui.decisions.family")}>
          <Input {...field("family")} />
        </Field>
        <Field label={t("ui.decisions.period")}>
          <Input {...field("period")} />
        </Field>
        <Field
          label={t("ui.decisions.ownerLabel")}
          required
          {...(missing.owner
            ? { validationState: "error" as const, validationMessage: t("ui.decisions.needOwner") }
            : {})}
        >
          <Input {...field("owner")} />
        </Field>
        <Field label={t("ui.decisions.dueLabel")}>
          <Input type="date" {...field("due")} />
        </Field>
        {log.cycle !== undefined && (
          <Caption1>{t("ui.decisions.cycle", { cycle: log.cycle })}</Caption1>
        )}
        <div>
          <Button appearance="primary" icon={<Add16Regular />} disabled={busy} onClick={add}>
            {t("ui.decisions.add")}
          </Button>
        </div>
      </div>
      <ActionFeedback
        language={language}
        state={state}
        actions={ACTIONS}
        labels={LABELS}
        refusedTitle={() => t("ui.decisions.refused")}
      />
    </Section>
  );
}

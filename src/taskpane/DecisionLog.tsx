import {
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { Add16Regular, Checkmark16Regular, Dismiss16Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { Decision, DecisionDraft } from "../engine";
import type { DecisionsOutcome, PlanningWorkbook, WorkbookProblem } from "../workbook";
import type { Language } from "../i18n";
import { ProblemList } from "./ProblemList";
import { messageOf, translator } from "./strings";
import type { ActionLock } from "./useActionLock";

/**
 * The meeting's decision log: the open decisions with their owner and due date, each closed as
 * done or dropped, and a form to add one in the current cycle. The log lives in the workbook's
 * `S&OP Decisions` sheet; the pane only asks the workbook for it.
 */

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
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

type Result =
  | { readonly kind: "none" }
  | { readonly kind: "refused"; readonly problems: readonly WorkbookProblem[] }
  | { readonly kind: "failed"; readonly message: string };

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
  readonly onShowSheet: (sheet: string) => void;
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
  const headingId = useId();
  const [log, setLog] = useState<LogState>({ decisions: [], loading: true });
  const [result, setResult] = useState<Result>({ kind: "none" });
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [missing, setMissing] = useState<{ decision: boolean; owner: boolean }>({
    decision: false,
    owner: false,
  });
  const reads = useRef(0);
  const { acquire, release, finished, busy } = lock;

  const show = useCallback((outcome: DecisionsOutcome): boolean => {
    if (!outcome.ok) {
      setResult({ kind: "refused", problems: outcome.problems });
      return false;
    }
    setLog({
      decisions: outcome.decisions,
      cycle: outcome.cycle,
      ...(outcome.sheet !== undefined ? { sheet: outcome.sheet } : {}),
      loading: false,
    });
    return true;
  }, []);

  // On mount and after every action of the pane: the log or the plan's cycle may have changed.
  useEffect(() => {
    const id = ++reads.current;
    workbook.listDecisions().then(
      (outcome) => {
        if (id === reads.current) show(outcome);
      },
      (error: unknown) => {
        if (id === reads.current) setResult({ kind: "failed", message: messageOf(error) });
      }
    );
  }, [workbook, finished, show]);

  const perform = (call: () => Promise<DecisionsOutcome>, onDone?: () => void): void => {
    if (!acquire()) return;
    setResult({ kind: "none" });
    call()
      .then(
        (outcome) => {
          if (show(outcome)) onDone?.();
        },
        (error: unknown) => {
          setResult({ kind: "failed", message: messageOf(error) });
        }
      )
      .finally(release);
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
    perform(
      () => workbook.addDecision(request, { language }),
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
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t("ui.decisions.heading")}
      </Subtitle2>
      {log.loading ? (
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
                      perform(() => workbook.closeDecision(decision.id, "done", { language }));
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
                      perform(() => workbook.closeDecision(decision.id, "dropped", { language }));
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
        <Link
          as="button"
          onClick={() => {
            if (log.sheet !== undefined) onShowSheet(log.sheet);
          }}
        >
          {t("ui.decisions.open", { sheet: log.sheet })}
        </Link>
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
      {result.kind === "refused" && (
        <ProblemList
          language={language}
          action="plan"
          title={t("ui.decisions.refused")}
          problems={result.problems}
        />
      )}
      {result.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t("ui.decisions.failed")}</MessageBarTitle>
            {result.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import {
  Add16Regular,
  Beaker16Regular,
  Dismiss16Regular,
  Save16Regular,
} from "@fluentui/react-icons";
import { useId, useState } from "react";
import type { SaveVersionRequest, WhatIfAdjustment } from "../workbook";
import {
  ADJUSTMENT_MODES,
  ADJUSTMENT_TARGETS,
  type AdjustmentMode,
  type AdjustmentTarget,
} from "../engine";
import type { Language } from "../i18n";
import { ActionFeedback, Success, Trouble } from "./ActionFeedback";
import { FactList, planFacts } from "./Facts";
import { doneValue } from "./paneAction";
import { translator } from "./strings";
import { ActionButton } from "./ActionButton";
import { Section } from "./Section";
import { useVersionDraft, useVersionStyles, VersionDraftFields } from "./VersionParts";
import {
  VERSION_ACTION_LABELS,
  type VersionActionState,
  describeAdjustment,
  MODE_KEYS,
  parseAmount,
  TARGET_KEYS,
  type VersionsState,
} from "./versions";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  periods: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    gap: tokens.spacingHorizontalS,
  },
  dropdown: {
    minWidth: 0,
    width: "100%",
  },
  adjustments: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  adjustment: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalXS,
    overflowWrap: "anywhere",
  },
});

/** The value of the "All families" option: no family name is empty. */
const ALL = "";

export interface WhatIfPanelProps {
  readonly language: Language;
  readonly state: VersionsState;
  readonly action: VersionActionState;
  readonly busy: boolean;
  readonly onRun: (adjustments: readonly WhatIfAdjustment[]) => void;
  readonly onSave: (request: SaveVersionRequest) => void;
}

/**
 * What-if: adjustments stacked without touching the input ranges, balanced on demand, and saved
 * as a version when the variant is worth keeping.
 */
export function WhatIfPanel({
  language,
  state,
  action,
  busy,
  onRun,
  onSave,
}: WhatIfPanelProps): React.JSX.Element {
  const styles = useStyles();
  const shared = useVersionStyles();
  const t = translator(language);
  const { labels } = state;
  const [adjustments, setAdjustments] = useState<readonly WhatIfAdjustment[]>([]);
  const listId = useId();

  const ran = doneValue(action, ["whatIf"]);
  const balanced = ran?.kind === "balanced" && ran.adjustments === adjustments ? ran : undefined;
  const stored = doneValue(action, ["saveWhatIf"]);
  const saved = stored?.kind === "saved" ? stored : undefined;

  let form: React.ReactNode;
  if (labels.phase === "loading") {
    form = <Spinner size="extra-tiny" labelPosition="after" label={t("ui.whatIf.labelsLoading")} />;
  } else if (labels.phase === "refused") {
    form = (
      <Trouble language={language} title={t("ui.whatIf.labelsFailed")} problems={labels.problems} />
    );
  } else if (labels.phase === "failed") {
    form = (
      <Trouble language={language} title={t("ui.whatIf.labelsFailed")} message={labels.message} />
    );
  } else {
    form = (
      <AdjustmentForm
        language={language}
        families={labels.families}
        periods={labels.periods}
        onAdd={(adjustment) => {
          setAdjustments([...adjustments, adjustment]);
        }}
      />
    );
  }

  return (
    <Section title={t("ui.whatIf.heading")}>
      <Body1 as="p" className={shared.paragraph}>
        {t("ui.whatIf.intro")}
      </Body1>
      {form}
      <Caption1 id={listId}>{t("ui.whatIf.listLabel")}</Caption1>
      {adjustments.length === 0 ? (
        <Body1 as="p" className={shared.paragraph}>
          {t("ui.whatIf.none")}
        </Body1>
      ) : (
        <ul className={styles.adjustments} aria-labelledby={listId}>
          {adjustments.map((adjustment, index) => {
            const words = describeAdjustment(language, adjustment);
            return (
              // The same adjustment may be added twice: its place is its identity.
              <li key={index} className={styles.adjustment}>
                <Body1>{words}</Body1>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Dismiss16Regular />}
                  aria-label={t("ui.whatIf.remove", { adjustment: words })}
                  onClick={() => {
                    setAdjustments(adjustments.filter((_, other) => other !== index));
                  }}
                />
              </li>
            );
          })}
        </ul>
      )}
      <ActionButton
        label={t("ui.whatIf.run")}
        description={t("ui.whatIf.run.description")}
        reason={adjustments.length === 0 ? t("ui.whatIf.needsAdjustment") : undefined}
        busy={busy}
        icon={<Beaker16Regular />}
        onClick={() => {
          if (adjustments.length > 0) onRun(adjustments);
        }}
      />
      <ActionFeedback
        language={language}
        state={action}
        actions={["whatIf", "saveWhatIf"]}
        labels={VERSION_ACTION_LABELS}
        refusedTitle={(done) =>
          t(done === "whatIf" ? "ui.whatIf.refused" : "ui.versions.saveRefused")
        }
      />
      {balanced !== undefined ? (
        <>
          <Success title={t("ui.whatIf.done")} />
          <FactList language={language} facts={planFacts(language, balanced.summary)} />
          <SaveWhatIf
            language={language}
            state={state}
            busy={busy}
            adjustments={balanced.adjustments}
            onSave={onSave}
          />
        </>
      ) : null}
      {saved !== undefined ? (
        <>
          <Success title={t("ui.whatIf.saved", { name: saved.version.name })} />
          <FactList language={language} facts={planFacts(language, saved.summary)} />
        </>
      ) : null}
    </Section>
  );
}

interface AdjustmentFormProps {
  readonly language: Language;
  readonly families: readonly string[];
  readonly periods: readonly string[];
  readonly onAdd: (adjustment: WhatIfAdjustment) => void;
}

/** Builds one adjustment: what, how, how much, which families and periods. */
function AdjustmentForm({
  language,
  families,
  periods,
  onAdd,
}: AdjustmentFormProps): React.JSX.Element {
  const styles = useStyles();
  const shared = useVersionStyles();
  const t = translator(language);
  const [target, setTarget] = useState<AdjustmentTarget>("demand");
  const [mode, setMode] = useState<AdjustmentMode>("percent");
  const [amountText, setAmountText] = useState("");
  const [amountError, setAmountError] = useState(false);
  const [chosenFamilies, setChosenFamilies] = useState<readonly string[]>([]);
  const [fromChoice, setFromChoice] = useState<string>();
  const [toChoice, setToChoice] = useState<string>();

  // Choices the plan no longer has (after a roll forward, say) fall back to the defaults.
  const chosen = chosenFamilies.filter((family) => families.includes(family));
  const from = fromChoice !== undefined && periods.includes(fromChoice) ? fromChoice : periods[0];
  const to = toChoice !== undefined && periods.includes(toChoice) ? toChoice : from;
  const fromIndex = from === undefined ? -1 : periods.indexOf(from);
  const toIndex = to === undefined ? -1 : periods.indexOf(to);
  const toBeforeFrom = toIndex < fromIndex;
  const check = parseAmount(amountText, mode);
  const allFamilies = t("ui.whatIf.allFamilies");

  return (
    <div className={styles.form}>
      <Field label={t("ui.whatIf.target")}>
        <Dropdown
          className={styles.dropdown}
          value={t(TARGET_KEYS[target])}
          selectedOptions={[target]}
          onOptionSelect={(_, data) => {
            const next = ADJUSTMENT_TARGETS.find((candidate) => candidate === data.optionValue);
            if (next) setTarget(next);
          }}
        >
          {ADJUSTMENT_TARGETS.map((candidate) => (
            <Option key={candidate} value={candidate}>
              {t(TARGET_KEYS[candidate])}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t("ui.whatIf.mode")}>
        <RadioGroup
          layout="horizontal"
          value={mode}
          onChange={(_, data) => {
            const next = ADJUSTMENT_MODES.find((candidate) => candidate === data.value);
            if (next) setMode(next);
            setAmountError(false);
          }}
        >
          {ADJUSTMENT_MODES.map((candidate) => (
            <Radio key={candidate} value={candidate} label={t(MODE_KEYS[candidate])} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label={t("ui.whatIf.amount")}
        hint={t(
          mode === "percent" ? "ui.whatIf.amount.percentHint" : "ui.whatIf.amount.quantityHint"
        )}
        validationMessage={amountError && !check.ok ? t(check.error) : undefined}
        validationState={amountError && !check.ok ? "error" : "none"}
      >
        <Input
          inputMode="decimal"
          value={amountText}
          contentAfter={mode === "percent" ? <span aria-hidden>%</span> : undefined}
          onChange={(_, data) => {
            setAmountText(data.value);
          }}
        />
      </Field>
      <Field label={t("ui.whatIf.families")}>
        <Dropdown
          className={styles.dropdown}
          multiselect
          value={chosen.length === 0 ? allFamilies : chosen.join(t("ui.adjustment.separator"))}
          selectedOptions={chosen.length === 0 ? [ALL] : chosen}
          onOptionSelect={(_, data) => {
            // "All families" and named families exclude each other: none named means all.
            setChosenFamilies(
              data.optionValue === ALL
                ? []
                : data.selectedOptions.filter((family) => family !== ALL)
            );
          }}
        >
          <Option value={ALL} text={allFamilies}>
            {allFamilies}
          </Option>
          {families.map((family) => (
            <Option key={family} value={family}>
              {family}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.periods}>
        <PeriodField
          label={t("ui.whatIf.from")}
          periods={periods}
          value={from}
          onChange={setFromChoice}
        />
        <PeriodField
          label={t("ui.whatIf.to")}
          periods={periods}
          value={to}
          onChange={setToChoice}
          error={toBeforeFrom ? t("ui.whatIf.toBeforeFrom") : undefined}
        />
      </div>
      <Button
        className={shared.start}
        icon={<Add16Regular />}
        onClick={() => {
          if (!check.ok) {
            setAmountError(true);
            return;
          }
          if (from === undefined || to === undefined || toBeforeFrom) return;
          onAdd({
            target,
            mode,
            amount: check.amount,
            families: chosen,
            fromPeriod: from,
            toPeriod: to,
          });
          setAmountText("");
          setAmountError(false);
        }}
      >
        {t("ui.whatIf.add")}
      </Button>
    </div>
  );
}

/** One end of the adjustment's periods, picked from the plan's. */
function PeriodField({
  label,
  periods,
  value,
  onChange,
  error,
}: {
  readonly label: string;
  readonly periods: readonly string[];
  readonly value: string | undefined;
  readonly onChange: (period: string) => void;
  readonly error?: string | undefined;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <Field label={label} validationMessage={error} validationState={error ? "error" : "none"}>
      <Dropdown
        className={styles.dropdown}
        value={value ?? ""}
        selectedOptions={value === undefined ? [] : [value]}
        onOptionSelect={(_, data) => {
          if (data.optionValue !== undefined) onChange(data.optionValue);
        }}
      >
        {periods.map((period) => (
          <Option key={period} value={period}>
            {period}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

interface SaveWhatIfProps {
  readonly language: Language;
  readonly state: VersionsState;
  readonly busy: boolean;
  readonly adjustments: readonly WhatIfAdjustment[];
  readonly onSave: (request: SaveVersionRequest) => void;
}

/** Keeps the variant just balanced: a name (prefilled after its first period) and a note. */
function SaveWhatIf({
  language,
  state,
  busy,
  adjustments,
  onSave,
}: SaveWhatIfProps): React.JSX.Element {
  const shared = useVersionStyles();
  const t = translator(language);
  const draft = useVersionDraft(
    language,
    "whatIf",
    adjustments[0]?.fromPeriod,
    state.list.versions
  );
  return (
    <div className={shared.part}>
      <VersionDraftFields language={language} draft={draft} />
      <Button
        className={shared.start}
        icon={<Save16Regular />}
        disabledFocusable={busy}
        onClick={() => {
          const request = draft.take();
          if (request !== undefined) onSave({ ...request, adjustments });
        }}
      >
        {t("ui.whatIf.saveAs")}
      </Button>
    </div>
  );
}

import { Caption1, Dropdown, Field, makeStyles, Option } from "@fluentui/react-components";
import { BranchCompare16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { VersionInfo, VersionRef } from "../workbook";
import type { Language } from "../i18n";
import { FactList, type Fact } from "./Facts";
import { formatCount, translator } from "./strings";
import { ActionFeedback, Success } from "./ActionFeedback";
import { doneValue } from "./paneAction";
import { ActionButton } from "./ActionButton";
import { Section } from "./Section";
import {
  formatSigned,
  VERSION_ACTION_LABELS,
  type CompareSuccess,
  type VersionActionState,
  type VersionsState,
} from "./versions";
import { WrittenSheet } from "./WrittenSheet";

const useStyles = makeStyles({
  dropdown: {
    minWidth: 0,
    width: "100%",
  },
});

/** The picker's value for the current inputs; a version's value is its id, prefixed. */
const CURRENT = "current";
const VERSION_PREFIX = "version:";

function refOf(value: string): VersionRef {
  return value.startsWith(VERSION_PREFIX)
    ? { kind: "version", id: value.slice(VERSION_PREFIX.length) }
    : { kind: "current" };
}

export interface ComparePanelProps {
  readonly language: Language;
  readonly state: VersionsState;
  readonly action: VersionActionState;
  readonly busy: boolean;
  /** The version selected in the list: the first plan until the planner picks one. */
  readonly selected: VersionInfo | undefined;
  readonly onCompare: (first: VersionRef, second: VersionRef) => void;
  readonly onShowSheet: (sheet: string) => Promise<void>;
}

/** Compares two plans (a version or the current inputs each) on a sheet of their differences. */
export function ComparePanel({
  language,
  state,
  action,
  busy,
  selected,
  onCompare,
  onShowSheet,
}: ComparePanelProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  const { list } = state;
  const versions = list.versions ?? [];
  const [firstChoice, setFirstChoice] = useState<string>();
  const [secondChoice, setSecondChoice] = useState<string>();

  const known = (value: string | undefined): value is string =>
    value === CURRENT || versions.some((version) => VERSION_PREFIX + version.id === value);
  // Until picked: the selected version (or the latest) against the current inputs.
  const fallback = selected ?? versions.at(-1);
  const first = known(firstChoice)
    ? firstChoice
    : fallback
      ? VERSION_PREFIX + fallback.id
      : CURRENT;
  const second = known(secondChoice) ? secondChoice : CURRENT;
  const textOf = (value: string) =>
    value === CURRENT
      ? t("ui.compare.current")
      : (versions.find((version) => VERSION_PREFIX + version.id === value)?.name ?? "");
  const options = [
    <Option key={CURRENT} value={CURRENT}>
      {t("ui.compare.current")}
    </Option>,
    ...versions.map((version) => (
      <Option key={version.id} value={VERSION_PREFIX + version.id}>
        {version.name}
      </Option>
    )),
  ];
  const value = doneValue(action, ["compare"]);
  const compared = value?.kind === "compared" ? value.outcome : undefined;

  return (
    <Section level={3} title={t("ui.compare.heading")}>
      <Field label={t("ui.compare.first")}>
        <Dropdown
          className={styles.dropdown}
          value={textOf(first)}
          selectedOptions={[first]}
          onOptionSelect={(_, data) => {
            setFirstChoice(data.optionValue);
          }}
        >
          {options}
        </Dropdown>
      </Field>
      <Field label={t("ui.compare.second")}>
        <Dropdown
          className={styles.dropdown}
          value={textOf(second)}
          selectedOptions={[second]}
          onOptionSelect={(_, data) => {
            setSecondChoice(data.optionValue);
          }}
        >
          {options}
        </Dropdown>
      </Field>
      <ActionButton
        label={t("ui.compare.run")}
        description={t("ui.compare.run.description")}
        busy={busy}
        icon={<BranchCompare16Regular />}
        onClick={() => {
          onCompare(refOf(first), refOf(second));
        }}
      />
      <ActionFeedback
        language={language}
        state={action}
        actions={["compare"]}
        labels={VERSION_ACTION_LABELS}
        refusedTitle={() => t("ui.compare.refused")}
      />
      {compared !== undefined ? (
        <CompareSummary language={language} outcome={compared} onShowSheet={onShowSheet} />
      ) : null}
    </Section>
  );
}

function CompareSummary({
  language,
  outcome,
  onShowSheet,
}: {
  readonly language: Language;
  readonly outcome: CompareSuccess;
  readonly onShowSheet: (sheet: string) => Promise<void>;
}): React.JSX.Element {
  const t = translator(language);
  const { sheet, preferredSheet, summary } = outcome;
  const largest = summary.largestStockChange;
  const facts: Fact[] = [
    ["ui.compare.turnedShortage", formatCount(language, summary.turnedShortage)],
    ["ui.compare.productionChange", formatSigned(language, summary.productionChange)],
    [
      "ui.compare.largestStockChange",
      largest
        ? t("ui.compare.change", {
            change: formatSigned(language, largest.change),
            family: largest.family,
            period: largest.period,
          })
        : t("ui.summary.none"),
    ],
  ];
  return (
    <>
      <Success title={t("ui.compare.done", { sheet })} />
      <FactList language={language} facts={facts} />
      <Caption1>{t("ui.compare.secondMinusFirst")}</Caption1>
      <WrittenSheet
        language={language}
        sheet={sheet}
        preferredSheet={preferredSheet}
        onShowSheet={onShowSheet}
      />
    </>
  );
}

import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowClockwise16Regular,
  CheckmarkCircle16Filled,
  CircleRegular,
  DismissCircle16Filled,
  Warning16Filled,
} from "@fluentui/react-icons";
import { useId } from "react";
import type { NameStatus, Requirement, SetupReport } from "../workbook";
import { describeWorkbookProblem, type Language } from "../i18n";
import type { UiMessageKey } from "../i18n/ui.en-US";
import { setupIssues, problemOf, type SetupIssueLevel } from "./setup";
import { formatCount, translator, type Translate } from "./strings";
import type { SetupState } from "./workflow";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  headingRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  heading: {
    margin: 0,
  },
  intro: {
    margin: 0,
  },
  table: {
    // The pane is narrow: let the columns take what their text needs.
    tableLayout: "auto",
  },
  cell: {
    overflowWrap: "anywhere",
    verticalAlign: "top",
  },
  name: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
  },
  detail: {
    display: "block",
    color: tokens.colorNeutralForeground3,
  },
  state: {
    whiteSpace: "nowrap",
  },
  found: {
    color: tokens.colorPaletteGreenForeground1,
  },
  missing: {
    color: tokens.colorPaletteRedForeground1,
  },
  notDefined: {
    color: tokens.colorNeutralForeground3,
  },
  unusable: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
  },
  ready: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
});

const REQUIREMENT_KEYS: Record<Requirement, UiMessageKey> = {
  required: "ui.requirement.required",
  scenarios: "ui.requirement.scenarios",
  manyFamilies: "ui.requirement.manyFamilies",
  supply: "ui.requirement.supply",
  optional: "ui.requirement.optional",
};

const ISSUE_TITLES: Record<SetupIssueLevel, UiMessageKey> = {
  plan: "ui.setup.notReadyPlan",
  scenarios: "ui.setup.notReadyScenarios",
  unusable: "ui.setup.unusableNames",
};

export interface SetupPanelProps {
  readonly language: Language;
  readonly setup: SetupState;
  readonly onRefresh: () => void;
}

/** Which contract names the workbook has, where they point, and what is missing for the runs. */
/** The parts of the panel each show one side of the last report. */
interface ReportProps {
  readonly language: Language;
  readonly report: SetupReport;
}

export function SetupPanel({ language, setup, onRefresh }: SetupPanelProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  const headingId = useId();
  const { report } = setup;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.headingRow}>
        <Subtitle2 as="h2" id={headingId} className={styles.heading}>
          {t("ui.setup.heading")}
        </Subtitle2>
        <Button size="small" icon={<ArrowClockwise16Regular />} onClick={onRefresh}>
          {t("ui.setup.refresh")}
        </Button>
      </div>
      <Body1 as="p" className={styles.intro}>
        {t("ui.setup.intro")}
      </Body1>
      {setup.checking ? (
        <Spinner size="extra-tiny" labelPosition="after" label={t("ui.setup.checking")} />
      ) : null}
      {setup.error !== undefined ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("ui.setup.inspectFailed")}</MessageBarTitle> {setup.error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {report ? (
        <>
          <NameTable language={language} report={report} />
          <Dimensions language={language} report={report} />
          <Readiness language={language} report={report} />
        </>
      ) : null}
    </section>
  );
}

function NameTable({ language, report }: ReportProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  return (
    <Table size="extra-small" aria-label={t("ui.setup.table")} className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("ui.setup.col.name")}</TableHeaderCell>
          <TableHeaderCell>{t("ui.setup.col.status")}</TableHeaderCell>
          <TableHeaderCell>{t("ui.setup.col.address")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {report.names.map((status) => (
          <TableRow key={status.name}>
            {/* The pane is narrow: what is needed goes under the name, the shape under the address. */}
            <TableCell className={styles.cell}>
              <span className={styles.name}>{status.name}</span>
              <Caption1 className={styles.detail}>
                {t(REQUIREMENT_KEYS[status.requirement])}
              </Caption1>
            </TableCell>
            <TableCell className={mergeClasses(styles.cell, styles.state)}>
              <NameState status={status} t={t} />
            </TableCell>
            <TableCell className={styles.cell}>
              {status.address ?? t("ui.setup.none")}
              {status.rows !== undefined && status.columns !== undefined ? (
                <Caption1 className={styles.detail}>
                  {t("ui.setup.shape", {
                    rows: formatCount(language, status.rows),
                    columns: formatCount(language, status.columns),
                  })}
                </Caption1>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Found / missing / unusable: an icon and a word, never colour alone. */
function NameState({
  status,
  t,
}: {
  readonly status: NameStatus;
  readonly t: Translate;
}): React.JSX.Element {
  const styles = useStyles();
  if (status.problem !== undefined) {
    return (
      <TableCellLayout media={<Warning16Filled aria-hidden className={styles.unusable} />}>
        {t("ui.setup.unusable")}
      </TableCellLayout>
    );
  }
  // An optional name the planner has not defined is not a fault: shown neutral, not as missing.
  if (status.address === undefined && status.requirement === "optional") {
    return (
      <TableCellLayout media={<CircleRegular aria-hidden className={styles.notDefined} />}>
        {t("ui.setup.notDefined")}
      </TableCellLayout>
    );
  }
  if (status.address === undefined) {
    return (
      <TableCellLayout media={<DismissCircle16Filled aria-hidden className={styles.missing} />}>
        {t("ui.setup.missing")}
      </TableCellLayout>
    );
  }
  return (
    <TableCellLayout media={<CheckmarkCircle16Filled aria-hidden className={styles.found} />}>
      {t("ui.setup.found")}
    </TableCellLayout>
  );
}

/** "1 family × 6 periods", or whichever of the two is known. */
function Dimensions({ language, report }: ReportProps): React.JSX.Element | null {
  const t = translator(language);
  const parts: string[] = [];
  if (report.families !== undefined) {
    parts.push(
      t(report.families === 1 ? "ui.setup.families.one" : "ui.setup.families.other", {
        n: formatCount(language, report.families),
      })
    );
  }
  if (report.periods !== undefined) {
    parts.push(
      t(report.periods === 1 ? "ui.setup.periods.one" : "ui.setup.periods.other", {
        n: formatCount(language, report.periods),
      })
    );
  }
  if (parts.length === 0) return null;
  return <Body1>{t("ui.setup.dimensions", { size: parts.join(" × ") })}</Body1>;
}

function Readiness({ language, report }: ReportProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  const issues = setupIssues(report);
  if (issues === undefined) {
    return (
      <Caption1 className={styles.ready}>
        <CheckmarkCircle16Filled aria-hidden className={styles.found} />
        {t("ui.setup.ready")}
      </Caption1>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(ISSUE_TITLES[issues.level])}</MessageBarTitle>
        {issues.names.length > 0 ? (
          <ul className={styles.list}>
            {issues.names.map((status) => (
              <li key={status.name}>{describeWorkbookProblem(language, problemOf(status))}</li>
            ))}
          </ul>
        ) : (
          <p className={styles.intro}>{t("ui.setup.notFitting")}</p>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Toolbar,
  ToolbarDivider,
  makeStyles,
  tokens,
  useAnnounce,
} from "@fluentui/react-components";
import {
  Play20Regular,
  PanelRight20Regular,
  Presenter20Regular,
  TableSimple20Regular,
} from "@fluentui/react-icons";
import { Fragment, useState } from "react";
import { RIBBON_TAB, commandLabel, type RibbonButton } from "../../commands/ribbon";
import { reportView, runRibbonCommand, type ReportView } from "../../commands/run";
import type { Language } from "../../i18n";
import { CommandReport } from "../../taskpane/CommandReport";
import { translator } from "../../taskpane/strings";
import type { PlanningWorkbook } from "../../workbook";

const useStyles = makeStyles({
  tab: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalL,
    borderBottomWidth: "1px",
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
    backgroundColor: tokens.colorNeutralBackground1,
    flexShrink: 0,
  },
  tabName: {
    fontWeight: tokens.fontWeightSemibold,
    color: "#217346",
    paddingRight: tokens.spacingHorizontalM,
  },
});

/** Excel's icons for the buttons (assets/*.png) drawn as Fluent's nearest glyphs. */
const ICONS: Record<string, React.JSX.Element> = {
  icon: <PanelRight20Regular />,
  run: <Play20Regular />,
  scenarios: <TableSimple20Regular />,
  meeting: <Presenter20Regular />,
};

export interface RibbonBarProps {
  readonly language: Language;
  readonly workbook: PlanningWorkbook;
  /** Open planner: the playground's pane is always open, so it gets the focus. */
  readonly onOpenPlanner: () => void;
}

/**
 * The manifest's S&OP tab above the grid: the same buttons (src/commands/ribbon.ts), the same
 * runs (runRibbonCommand), and the report Office's dialog shows when a run wrote nothing.
 */
export function RibbonBar({
  language,
  workbook,
  onOpenPlanner,
}: RibbonBarProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  const { announce } = useAnnounce();
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<ReportView>();

  const click = async (button: RibbonButton): Promise<void> => {
    if (button.action.kind === "taskpane") {
      onOpenPlanner();
      return;
    }
    setRunning(true);
    try {
      const done = await runRibbonCommand(workbook, button.action.command, language);
      if (done.kind === "done") {
        announce(t("ui.ribbon.done", { action: t(button.label), sheet: done.sheet }));
      } else {
        setReport(reportView(done));
      }
    } finally {
      setRunning(false);
    }
  };

  const shown = report?.report;
  return (
    <div className={styles.tab}>
      <span className={styles.tabName}>{t(RIBBON_TAB.label)}</span>
      <Toolbar aria-label={t("ui.ribbon.label")} size="small">
        {RIBBON_TAB.groups.map((group, index) => (
          <Fragment key={group.id}>
            {index > 0 ? <ToolbarDivider /> : null}
            <div role="group" aria-label={t(group.label)}>
              {group.buttons.map((button) => (
                <Button
                  key={button.id}
                  appearance="subtle"
                  icon={ICONS[button.icon]}
                  title={t(button.tooltip)}
                  disabled={running && button.action.kind === "execute"}
                  onClick={() => {
                    void click(button);
                  }}
                >
                  {t(button.label)}
                </Button>
              ))}
            </div>
          </Fragment>
        ))}
      </Toolbar>
      <Dialog
        open={shown !== undefined}
        onOpenChange={(_, data) => {
          if (!data.open) setReport(undefined);
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("ui.title")}</DialogTitle>
            <DialogContent>
              {shown ? (
                <CommandReport
                  language={shown.language}
                  action={translator(shown.language)(commandLabel(shown.command))}
                  more={report.more}
                  {...(shown.kind === "refused"
                    ? { problems: shown.problems }
                    : { message: shown.message })}
                />
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setReport(undefined);
                }}
              >
                {t("ui.ribbon.close")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}

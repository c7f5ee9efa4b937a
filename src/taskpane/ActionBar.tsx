import { makeStyles, tokens } from "@fluentui/react-components";
import { TableAdd16Regular, Play16Regular, TableSimple16Regular } from "@fluentui/react-icons";
import type { Language } from "../i18n";
import type { UiMessageKey } from "../i18n/ui.en-US";
import { ActionButton } from "./ActionButton";
import { blockersFor } from "./setup";
import { translator, type Translate } from "./strings";
import type { ActionKind, SetupState } from "./workflow";

const useStyles = makeStyles({
  actions: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

/** The accessible names of the buttons (README and tests refer to them) and their descriptions. */
export const ACTION_LABELS: Record<ActionKind, UiMessageKey> = {
  plan: "ui.action.plan",
  scenarios: "ui.action.scenarios",
  sample: "ui.action.sample",
};

const DESCRIPTIONS: Record<ActionKind, UiMessageKey> = {
  plan: "ui.action.plan.description",
  scenarios: "ui.action.scenarios.description",
  sample: "ui.action.sample.description",
};

const ICONS: Record<ActionKind, React.JSX.Element> = {
  plan: <Play16Regular />,
  scenarios: <TableSimple16Regular />,
  sample: <TableAdd16Regular />,
};

export interface ActionBarProps {
  readonly language: Language;
  /** The buttons of this step, in order. */
  readonly actions: readonly ActionKind[];
  readonly setup: SetupState;
  readonly running: boolean;
  readonly onRun: (action: ActionKind) => void;
}

/** Why a run cannot start yet, in words; undefined when it can. */
function reasonFor(action: ActionKind, setup: SetupState, t: Translate): string | undefined {
  if (action === "sample") return undefined;
  const { report } = setup;
  if (report === undefined) {
    return setup.error !== undefined ? t("ui.action.unchecked") : t("ui.action.waiting");
  }
  const blockers = blockersFor(report, action);
  if (blockers === undefined) return undefined;
  return blockers.length > 0
    ? t("ui.action.needs", { names: blockers.join(", ") })
    : t("ui.action.notFitting");
}

export function ActionBar({
  language,
  actions,
  setup,
  running,
  onRun,
}: ActionBarProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  return (
    <div className={styles.actions}>
      {actions.map((action) => (
        <ActionButton
          key={action}
          label={t(ACTION_LABELS[action])}
          description={t(DESCRIPTIONS[action])}
          reason={reasonFor(action, setup, t)}
          warning
          busy={running}
          icon={ICONS[action]}
          primary={action === "plan"}
          onClick={() => {
            onRun(action);
          }}
        />
      ))}
    </div>
  );
}

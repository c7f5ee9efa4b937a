import type { UiMessageKey } from "../i18n/ui.en-US";

/**
 * The S&OP ribbon tab, as data: manifest.xml declares it (test/manifest.test.ts holds the two to
 * each other, labels and tooltips word for word in both languages), the commands file registers
 * its functions, and the playground draws it above the grid. One definition, three readers.
 */

/** What an `ExecuteFunction` button runs; the name is the manifest's `<FunctionName>`. */
export type RibbonCommand = "runRollingPlan" | "runGapScenarios" | "publishMeetingPack";

export type RibbonAction =
  { readonly kind: "taskpane" } | { readonly kind: "execute"; readonly command: RibbonCommand };

export interface RibbonButton {
  /** The manifest's `<Control id>`. */
  readonly id: string;
  readonly label: UiMessageKey;
  /** The supertip's description. */
  readonly tooltip: UiMessageKey;
  /** `assets/<icon>-16.png`, `-32.png`, `-80.png`. */
  readonly icon: string;
  readonly action: RibbonAction;
}

export interface RibbonGroup {
  readonly id: string;
  readonly label: UiMessageKey;
  readonly buttons: readonly RibbonButton[];
}

export interface RibbonTab {
  readonly id: string;
  readonly label: UiMessageKey;
  readonly groups: readonly RibbonGroup[];
}

/** Office asks a button's icon in these pixel sizes. */
export const RIBBON_ICON_SIZES = [16, 32, 80] as const;

/** The tab, its groups in the cycle's order, and their buttons. */
export const RIBBON_TAB: RibbonTab = {
  id: "SopPlanner.Tab",
  label: "ui.ribbon.tab",
  groups: [
    {
      id: "SopPlanner.Planner",
      label: "ui.ribbon.group.planner",
      buttons: [
        {
          id: "SopPlanner.OpenPlanner",
          label: "ui.ribbon.openPlanner",
          tooltip: "ui.ribbon.openPlanner.description",
          icon: "icon",
          action: { kind: "taskpane" },
        },
      ],
    },
    {
      id: "SopPlanner.Supply",
      label: "ui.step.supply",
      buttons: [
        {
          id: "SopPlanner.RunRollingPlan",
          label: "ui.action.plan",
          tooltip: "ui.action.plan.description",
          icon: "run",
          action: { kind: "execute", command: "runRollingPlan" },
        },
        {
          id: "SopPlanner.GapScenarios",
          label: "ui.action.scenarios",
          tooltip: "ui.action.scenarios.description",
          icon: "scenarios",
          action: { kind: "execute", command: "runGapScenarios" },
        },
      ],
    },
    {
      id: "SopPlanner.Meeting",
      label: "ui.step.meeting",
      buttons: [
        {
          id: "SopPlanner.PublishMeetingPack",
          label: "ui.meeting.publish",
          tooltip: "ui.meeting.publish.description",
          icon: "meeting",
          action: { kind: "execute", command: "publishMeetingPack" },
        },
      ],
    },
  ],
};

export const RIBBON_BUTTONS: readonly RibbonButton[] = RIBBON_TAB.groups.flatMap(
  (group) => group.buttons
);

/** The functions the commands file associates, in the tab's order. */
export const RIBBON_COMMANDS: readonly RibbonCommand[] = RIBBON_BUTTONS.flatMap((button) =>
  button.action.kind === "execute" ? [button.action.command] : []
);

/** The label of the button that runs `command`. */
export function commandLabel(command: RibbonCommand): UiMessageKey {
  const button = RIBBON_BUTTONS.find(
    (b) => b.action.kind === "execute" && b.action.command === command
  );
  if (!button) throw new Error(`no ribbon button runs ${command}`);
  return button.label;
}

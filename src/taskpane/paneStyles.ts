import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout classes the pane's review and execute parts share. */
export const usePaneStyles = makeStyles({
  /** Buttons and fields side by side, wrapping in the narrow pane. */
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  // Fixed: the pane is narrow, long words wrap inside the cells rather than push the table out.
  table: { tableLayout: "fixed", width: "100%", overflowWrap: "anywhere" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  /** A button on its own line, as wide as its label. */
  start: { alignSelf: "flex-start" },
});

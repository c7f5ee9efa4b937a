/**
 * What `npm test` needs from the operating system before Jest runs, and how it gets it: Debian's
 * Chromium (the browser tests drive it), LibreOffice Calc (opens and prints a saved workbook),
 * poppler (reads and renders that PDF) and a Chinese font (the zh-CN screenshots show characters,
 * not boxes). planPrerequisites is pure so the tests can check every case
 * from any machine; scripts/test.mjs carries the plan out.
 *
 * CommonJS so that both the ES-module script and the ts-jest (CommonJS) tests can load it.
 */

/**
 * Each program the tests call (or the font they draw with), the Debian package that provides it,
 * and whether the package's recommended packages are wanted (Chromium's bring the Latin fonts the
 * screenshots are drawn with; Calc and poppler convert files headless and need none of the
 * desktop's).
 */
const PREREQUISITES = [
  { command: "chromium", pkg: "chromium", recommends: true },
  { command: "soffice", pkg: "libreoffice-calc-nogui", recommends: false },
  { command: "pdftoppm", pkg: "poppler-utils", recommends: false },
  { font: "zh", what: "a Chinese font", pkg: "fonts-noto-cjk", recommends: false },
];

/** What a prerequisite is called in a message: its command, or what the font is for. */
const nameOf = (p) => p.command ?? p.what;

/**
 * @param {{ has: (command: string) => boolean, hasFont: (language: string) => boolean, isRoot: boolean, hasAptGet: boolean }} machine
 * @returns {{ kind: "ready" } | { kind: "install", missing: string[], commands: { program: string, args: string[], env?: Record<string, string> }[] } | { kind: "tell", missing: string[], message: string }}
 */
function planPrerequisites(machine) {
  const missing = PREREQUISITES.filter((p) =>
    p.command !== undefined ? !machine.has(p.command) : !machine.hasFont(p.font)
  );
  if (missing.length === 0) return { kind: "ready" };
  const full = missing.filter((p) => p.recommends).map((p) => p.pkg);
  const lean = missing.filter((p) => !p.recommends).map((p) => p.pkg);
  const installs = [];
  if (full.length > 0) installs.push(["install", "-y", "-qq", ...full]);
  if (lean.length > 0) installs.push(["install", "-y", "-qq", "--no-install-recommends", ...lean]);
  const names = missing.map((p) => p.pkg);
  if (!machine.isRoot || !machine.hasAptGet) {
    const lines = installs.map(
      (args) => `  sudo apt-get ${args.filter((a) => a !== "-qq").join(" ")}`
    );
    return {
      kind: "tell",
      missing: names,
      message: [
        `npm test needs ${missing.map(nameOf).join(", ")} (Debian: ${names.join(", ")}).`,
        machine.hasAptGet
          ? "This is not root, so it cannot install them itself. Run:"
          : "This machine has no apt-get. On Debian or Ubuntu, run:",
        "  sudo apt-get update",
        ...lines,
        "then npm test again.",
      ].join("\n"),
    };
  }
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  return {
    kind: "install",
    missing: names,
    commands: [
      { program: "apt-get", args: ["update", "-qq"], env },
      ...installs.map((args) => ({ program: "apt-get", args, env })),
    ],
  };
}

module.exports = { PREREQUISITES, planPrerequisites };

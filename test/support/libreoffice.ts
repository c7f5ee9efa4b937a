import { execFileSync, spawnSync } from "child_process";
import path from "path";

/**
 * The Debian tools the file checks run (LibreOffice headless, poppler): where each is, a run that
 * fails loudly, and LibreOffice's conversions with a profile of their own. A missing tool fails
 * the test, saying what to install (.ci/run installs them).
 */

/** The path of a command, or an error saying which Debian package has it. */
export function tool(name: string, hint: string): string {
  try {
    return execFileSync("/bin/sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
  } catch {
    throw new Error(`This test needs ${name}: apt-get install -y --no-install-recommends ${hint}`);
  }
}

/** Runs a command to its end (two minutes at most); its standard output, or an error. */
export function run(command: string, args: readonly string[]): string {
  const result = spawnSync(command, args, {
    encoding: "utf8",
    timeout: 120_000,
    killSignal: "SIGKILL",
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} failed (${String(result.status ?? result.signal)}): ${result.stderr}`
    );
  }
  return result.stdout;
}

/**
 * LibreOffice headless converts `file` into `outDir` with the output filter `to` (and the input
 * filter `from`, when given), using a user profile under `work` so runs do not share one.
 */
export function convert(
  work: string,
  file: string,
  to: string,
  outDir: string,
  from?: string
): void {
  run(tool("soffice", "libreoffice-calc-nogui"), [
    `-env:UserInstallation=file://${path.join(work, "profile")}`,
    "--headless",
    "--norestore",
    ...(from ? [`--infilter=${from}`] : []),
    "--convert-to",
    to,
    "--outdir",
    outDir,
    file,
  ]);
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (char !== "\r") field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * Numbers as Excel displays them under a number format, approximated: General, `0`, `0.0`,
 * `#,##0`, `#,##0.00`, `0%`, `0.0%`, `@`, literal text around the digits, sections for negative
 * numbers and zero (`#,##0;(#,##0);"-"`), scientific `0.00E+00`, and dates (`mmm-yy`,
 * `yyyy-mm-dd`, `d/m/yyyy`, `hh:mm`…). Colours in brackets (`[Red]`) are ignored.
 */

/** Rounds half away from zero, as Excel does, without binary surprises (1.005 → 1.01). */
function roundTo(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(value)}e${decimals}`);
  return sign * Number(`${Math.round(shifted)}e-${decimals}`) || 0;
}

function withThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** `1.23457E+11`: five decimals at most, trailing zeros dropped, a two-digit exponent at least. */
function scientific(value: number, decimals = 5, trim = true): string {
  const [mantissa = "", exponent = "0"] = value.toExponential(decimals).split("e");
  const shown = trim ? mantissa.replace(/\.?0+$/, "") : mantissa;
  const power = Number(exponent);
  const sign = power < 0 ? "-" : "+";
  return `${shown}E${sign}${String(Math.abs(power)).padStart(2, "0")}`;
}

/** General: up to 11 characters for the digits (sign apart), switching to scientific beyond. */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return "#NUM!";
  if (value === 0) return "0";
  const abs = Math.abs(value);
  const sign = value < 0 ? "-" : "";
  if (abs >= 1e11 || abs < 1e-9) return sign + scientific(abs);
  const integerDigits = abs >= 1 ? Math.floor(Math.log10(abs)) + 1 : 1;
  const decimals = Math.max(0, 10 - integerDigits);
  const rounded = roundTo(abs, decimals);
  if (rounded === 0) return sign + scientific(abs);
  const text = rounded.toFixed(decimals);
  const trimmed = decimals > 0 ? text.replace(/\.?0+$/, "") : text;
  return sign + trimmed;
}

/** The format's sections, split at semicolons outside quotes and brackets. */
function sections(format: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] ?? "";
    if (ch === "\\" && !quoted) {
      current += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "[") bracket = true;
    else if (!quoted && ch === "]") bracket = false;
    if (ch === ";" && !quoted && !bracket) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

interface Token {
  readonly literal: boolean;
  readonly text: string;
}

/** Splits a section into literal text (quoted, escaped, spaces…) and format characters. */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] ?? "";
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ literal: true, text: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === "\\") {
      tokens.push({ literal: true, text: section[i + 1] ?? "" });
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end;
    } else if (ch === "_") {
      // `_)`: a space the width of the next character.
      tokens.push({ literal: true, text: " " });
      i++;
    } else if (ch === "*") {
      // `* `: repeat to fill the cell; nothing to repeat in a fixed-width grid.
      i++;
    } else {
      tokens.push({ literal: false, text: ch });
    }
  }
  return tokens;
}

const DATE_CODE = /[ymdhsYMDHS]/;

function isDateSection(tokens: readonly Token[]): boolean {
  return tokens.some((t) => !t.literal && DATE_CODE.test(t.text));
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function formatDate(serial: number, tokens: readonly Token[]): string {
  if (serial < 0) return "#".repeat(8);
  const date = new Date(Math.round((serial - 25_569) * 86_400_000));
  // Runs of the same letter (yyyy, mmm, dd, …) as one code.
  const codes: Token[] = [];
  for (const token of tokens) {
    const last = codes[codes.length - 1];
    const lower = token.text.toLowerCase();
    if (!token.literal && last && !last.literal && last.text[0]?.toLowerCase() === lower) {
      codes[codes.length - 1] = { literal: false, text: last.text + lower };
    } else {
      codes.push(token.literal ? token : { literal: false, text: lower });
    }
  }
  const twelveHour = codes.some((c) => /^(am\/pm|a\/p)$/i.test(c.text));
  const pad = (n: number) => String(n).padStart(2, "0");
  let out = "";
  codes.forEach((code, index) => {
    if (code.literal) {
      out += code.text;
      return;
    }
    const text = code.text;
    const before = codes
      .slice(0, index)
      .reverse()
      .find((c) => !c.literal && /[hs]/.test(c.text));
    const after = codes.slice(index + 1).find((c) => !c.literal && /[dhsy]/.test(c.text));
    const minutes =
      text.startsWith("m") &&
      text.length <= 2 &&
      (before?.text.startsWith("h") === true || after?.text.startsWith("s") === true);
    const hours = date.getUTCHours();
    switch (text[0]) {
      case "y":
        out += text.length <= 2 ? pad(date.getUTCFullYear() % 100) : String(date.getUTCFullYear());
        break;
      case "m":
        if (minutes)
          out += text.length === 2 ? pad(date.getUTCMinutes()) : String(date.getUTCMinutes());
        else if (text.length === 1) out += String(date.getUTCMonth() + 1);
        else if (text.length === 2) out += pad(date.getUTCMonth() + 1);
        else if (text.length === 3) out += (MONTHS[date.getUTCMonth()] ?? "").slice(0, 3);
        else if (text.length === 5) out += (MONTHS[date.getUTCMonth()] ?? "").slice(0, 1);
        else out += MONTHS[date.getUTCMonth()] ?? "";
        break;
      case "d":
        if (text.length === 1) out += String(date.getUTCDate());
        else if (text.length === 2) out += pad(date.getUTCDate());
        else if (text.length === 3) out += (DAYS[date.getUTCDay()] ?? "").slice(0, 3);
        else out += DAYS[date.getUTCDay()] ?? "";
        break;
      case "h": {
        const shown = twelveHour ? hours % 12 || 12 : hours;
        out += text.length >= 2 ? pad(shown) : String(shown);
        break;
      }
      case "s":
        out += text.length >= 2 ? pad(date.getUTCSeconds()) : String(date.getUTCSeconds());
        break;
      default:
        if (/^(am\/pm|a\/p)$/i.test(text)) out += hours < 12 ? "AM" : "PM";
        else out += code.text;
    }
  });
  return out;
}

/** A section with digit placeholders: literal text before and after, the number in between. */
function formatDigits(value: number, tokens: readonly Token[]): string {
  const isPlaceholder = (t: Token) => !t.literal && /[0#?.,]/.test(t.text);
  const first = tokens.findIndex(isPlaceholder);
  if (first < 0) {
    return tokens.map((t) => t.text).join("");
  }
  let last = first;
  for (let i = first; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    if (isPlaceholder(t) || (!t.literal && /[eE+-]/.test(t.text))) last = i;
    else break;
  }
  const pattern = tokens
    .slice(first, last + 1)
    .map((t) => t.text)
    .join("");
  const rest = [...tokens.slice(0, first), ...tokens.slice(last + 1)];
  const percents = rest.filter((t) => !t.literal && t.text === "%").length;
  const prefix = tokens
    .slice(0, first)
    .map((t) => t.text)
    .join("");
  const suffix = tokens
    .slice(last + 1)
    .map((t) => t.text)
    .join("");

  let number = value * 100 ** percents;
  const exponentAt = pattern.search(/[eE][+-]/);
  if (exponentAt >= 0) {
    const mantissa = pattern.slice(0, exponentAt);
    const decimals = (mantissa.split(".")[1] ?? "").replace(/[^0#?]/g, "").length;
    return prefix + scientific(Math.abs(number), decimals, false) + suffix;
  }
  // Commas right after the last digit placeholder divide by a thousand each.
  const scaling = /,+$/.exec(pattern)?.[0].length ?? 0;
  number /= 1000 ** scaling;
  const body = pattern.slice(0, pattern.length - scaling);
  const [integerPart = "", decimalPart = ""] = body.split(".");
  const decimalPlaces = decimalPart.replace(/[^0#?]/g, "");
  const required = decimalPlaces.replace(/[#?]+$/, "").length;
  const rounded = roundTo(Math.abs(number), decimalPlaces.length);
  let [whole = "0", fraction = ""] = rounded.toFixed(decimalPlaces.length).split(".");
  // Optional decimals (#) drop their trailing zeros.
  while (fraction.length > required && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  const minimumWhole = (integerPart.match(/0/g) ?? []).length;
  if (whole === "0" && minimumWhole === 0) whole = "";
  whole = whole.padStart(minimumWhole, "0");
  if (integerPart.includes(",")) whole = withThousands(whole);
  const point = body.includes(".") && (fraction !== "" || decimalPart === "") ? "." : "";
  return prefix + whole + (fraction !== "" ? `.${fraction}` : point) + suffix;
}

/**
 * A number as a cell with that number format shows it. Negative numbers take the second section
 * (without their sign) when there is one, zero the third.
 */
export function formatNumber(value: number, format: string | undefined): string {
  if (format === undefined || format === "" || /^general$/i.test(format) || format === "@") {
    return formatGeneral(value);
  }
  const parts = sections(format);
  let section = parts[0] ?? "";
  let shown = value;
  let sign = value < 0 ? "-" : "";
  if (value < 0 && parts.length >= 2) {
    section = parts[1] ?? "";
    shown = -value;
    sign = "";
  } else if (value === 0 && parts.length >= 3) {
    section = parts[2] ?? "";
  }
  if (/^\s*general\s*$/i.test(section.replace(/\[[^\]]*\]/g, ""))) {
    return sign + formatGeneral(Math.abs(shown));
  }
  const tokens = tokenize(section);
  if (isDateSection(tokens) && !tokens.some((t) => !t.literal && /[0#?]/.test(t.text))) {
    return formatDate(value, tokens);
  }
  const text = formatDigits(Math.abs(shown), tokens);
  return sign !== "" ? sign + text : text;
}

/** A text value under a number format: the text section (`@`) when there is one, else as is. */
export function formatText(value: string, format: string | undefined): string {
  if (format === undefined) return value;
  const textSection = sections(format).find((part) => part.includes("@"));
  if (textSection === undefined || textSection === "@") return value;
  return tokenize(textSection)
    .map((t) => (!t.literal && t.text === "@" ? value : t.text))
    .join("");
}

import { failure, success, type Outcome } from "./problems";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** The number with the width it was written with: "04" → 2 digits, "12" → 2 ("01"), "4" → as is. */
function padLike(value: number, like: string): string {
  return String(value).padStart(like.length, "0");
}

/** Chinese labels write "12月" then "1月": zero-padded only when the planner wrote "04月". */
function zeroLike(value: number, like: string): string {
  return like.startsWith("0") ? padLike(value, like) : String(value);
}

/** ISO 8601 weeks in a year: 53 when 1 January is a Thursday, or a Wednesday in a leap year. */
export function isoWeeksIn(year: number): number {
  const januaryFirst = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return januaryFirst === 4 || (leap && januaryFirst === 3) ? 53 : 52;
}

function nextMonth(year: number, month: number): [number, number] {
  return month >= 12 ? [year + 1, 1] : [year, month + 1];
}

function nextWeek(year: number, week: number): [number, number] {
  return week >= isoWeeksIn(year) ? [year + 1, 1] : [year, week + 1];
}

/** Keeps the case of a month name: "APR" → "MAY", "Apr" → "May", "apr" → "may". */
function monthName(month: number, like: string, full: boolean): string {
  const name = MONTHS[month - 1] ?? "";
  const word = full ? name : name.slice(0, 3);
  if (like === like.toUpperCase()) return word.toUpperCase();
  if (like[0] === like[0]?.toUpperCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

type Rule = (label: string, previous: string | undefined) => string | undefined;

const DAY_MS = 86_400_000;

/** Text dates, yyyy-mm-dd: a month on, or the step between the last two when it is 7 or 14 days. */
const textDate: Rule = (label, previous) => {
  const match = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(label);
  if (!match) return undefined;
  const [, y, sep, m, d] = match as unknown as [string, string, string, string, string];
  const time = Date.UTC(Number(y), Number(m) - 1, Number(d));
  let next: Date | undefined;
  const before = previous === undefined ? undefined : textDateTime(previous);
  const step = before === undefined ? 0 : Math.round((time - before) / DAY_MS);
  if (step === 7 || step === 14) next = new Date(time + step * DAY_MS);
  else next = new Date(addMonthMs(time, true));
  return `${String(next.getUTCFullYear())}${sep}${padLike(next.getUTCMonth() + 1, m)}${sep}${padLike(next.getUTCDate(), d)}`;
};

function textDateTime(label: string): number | undefined {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(label);
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined;
}

const RULES: readonly Rule[] = [
  textDate,
  // 2024-W05, 2024W05, 2024-W5
  (label) => {
    const match = /^(\d{4})(-?)([Ww])(\d{1,2})$/.exec(label);
    if (!match) return undefined;
    const [, y, dash, w, n] = match as unknown as [string, string, string, string, string];
    const [year, week] = nextWeek(Number(y), Number(n));
    return `${String(year)}${dash}${w}${padLike(week, n)}`;
  },
  // W05 2024, W5-2024
  (label) => {
    const match = /^([Ww])(\d{1,2})([ -])(\d{4})$/.exec(label);
    if (!match) return undefined;
    const [, w, n, sep, y] = match as unknown as [string, string, string, string, string];
    const [year, week] = nextWeek(Number(y), Number(n));
    return `${w}${padLike(week, n)}${sep}${String(year)}`;
  },
  // 2024年第5周
  (label) => {
    const match = /^(\d{4})年第(\d{1,2})周$/.exec(label);
    if (!match) return undefined;
    const [year, week] = nextWeek(Number(match[1]), Number(match[2]));
    return `${String(year)}年第${zeroLike(week, match[2] ?? "")}周`;
  },
  // 2024年4月, 2024年04月
  (label) => {
    const match = /^(\d{4})年(\d{1,2})月$/.exec(label);
    if (!match) return undefined;
    const [year, month] = nextMonth(Number(match[1]), Number(match[2]));
    return `${String(year)}年${zeroLike(month, match[2] ?? "")}月`;
  },
  // 2024-Q4, 2024Q1, 2024 Q2
  (label) => {
    const match = /^(\d{4})([- ]?)([Qq])([1-4])$/.exec(label);
    if (!match) return undefined;
    const [, y, sep, q, n] = match as unknown as [string, string, string, string, string];
    const quarter = Number(n);
    const year = quarter === 4 ? Number(y) + 1 : Number(y);
    return `${String(year)}${sep}${q}${String(quarter === 4 ? 1 : quarter + 1)}`;
  },
  // 2024-04, 2024/04, 2024.4
  (label) => {
    const match = /^(\d{4})([-/.])(\d{1,2})$/.exec(label);
    if (!match) return undefined;
    const [, y, sep, m] = match as unknown as [string, string, string, string];
    if (Number(m) < 1 || Number(m) > 12) return undefined;
    const [year, month] = nextMonth(Number(y), Number(m));
    return `${String(year)}${sep}${padLike(month, m)}`;
  },
  // Apr 2024, April 2024, Apr-24, Dec-2024
  (label) => {
    const match = /^([A-Za-z]+)([ -])(\d{2}|\d{4})$/.exec(label);
    if (!match) return undefined;
    const [, word, sep, y] = match as unknown as [string, string, string, string];
    const lower = word.toLowerCase();
    const index = MONTHS.findIndex((name) =>
      lower.length === 3 ? name.startsWith(lower) : name === lower
    );
    if (index < 0) return undefined;
    const [year, month] = nextMonth(Number(y), index + 1);
    const yearText = y.length === 2 ? String(year % 100).padStart(2, "0") : String(year);
    return `${monthName(month, word, lower.length > 3)}${sep}${yearText}`;
  },
  // P6, Month 9, M06, 第6期: the trailing number counts on.
  (label) => {
    const match = /^(.*?)(\d+)(\D*)$/.exec(label);
    if (!match) return undefined;
    const [, head, n, tail] = match as unknown as [string, string, string, string];
    if (/\d/.test(head)) return undefined;
    return `${head}${padLike(Number(n) + 1, n)}${tail}`;
  },
];

/** The label after the last of `labels`, of the same kind. */
export function nextPeriodLabel(labels: readonly string[]): Outcome<string> {
  const last = labels.at(-1)?.trim() ?? "";
  const previous = labels.at(-2)?.trim();
  for (const rule of RULES) {
    const next = rule(last, previous);
    if (next !== undefined) return success(next);
  }
  return failure([
    {
      kind: "invalidOption",
      errorClass: "#VALUE!",
      argument: "periods",
      index: Math.max(0, labels.length - 1),
      found: last,
      rule: "periodForms",
    },
  ]);
}

/** Excel's 1900 date system: serial 25569 is 1970-01-01. */
const EPOCH_SERIAL = 25569;

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/**
 * One calendar month on from a UTC time, keeping the day (clamped to the month's end); from a
 * month's last day to the next month's last day when `monthEnds`.
 */
function addMonthMs(time: number, monthEnds: boolean): number {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  const onMonthEnd = day === lastDayOfMonth(year, month);
  const targetLast = lastDayOfMonth(year, month + 1);
  const nextDay = monthEnds && onMonthEnd ? targetLast : Math.min(day, targetLast);
  const rest = time - Date.UTC(year, month, day);
  return Date.UTC(year, month + 1, nextDay) + rest;
}

/**
 * The date after the last of `serials` (Excel date serials): the step between the last two when
 * it is 7 or 14 days (weekly plans), otherwise one calendar month, keeping the day and any time of
 * day; labels that are all month ends stay month ends.
 */
export function nextPeriodSerial(serials: readonly number[]): Outcome<number> {
  const last = serials.at(-1);
  if (last === undefined || !Number.isFinite(last)) {
    return failure([
      {
        kind: "invalidOption",
        errorClass: "#VALUE!",
        argument: "periods",
        index: Math.max(0, serials.length - 1),
        found: String(last ?? ""),
        rule: "dates",
      },
    ]);
  }
  const previous = serials.at(-2);
  const step = previous === undefined ? 0 : last - previous;
  if (step === 7 || step === 14) return success(last + step);
  const time = Math.round((last - EPOCH_SERIAL) * DAY_MS);
  const monthEnds =
    serials.length > 0 &&
    serials.every((serial) => {
      const date = new Date(Math.round((serial - EPOCH_SERIAL) * DAY_MS));
      return date.getUTCDate() === lastDayOfMonth(date.getUTCFullYear(), date.getUTCMonth());
    });
  const next = addMonthMs(time, monthEnds);
  return success(next / DAY_MS + EPOCH_SERIAL);
}

/**
 * The periods between the end of a history and a plan's first period: [] when the plan starts
 * right after the history; the labels missing in between (at most `limit`) when the plan starts
 * later; undefined when the plan's first period is not found after the history within `limit`
 * periods (it starts earlier, or the labels are of another kind).
 */
export function periodsBetween(
  history: readonly string[],
  planFirst: string,
  limit = 120
): string[] | undefined {
  const labels = [...history.slice(-2)];
  const missing: string[] = [];
  const target = planFirst.trim();
  for (let step = 0; step <= limit; step++) {
    const next = nextPeriodLabel(labels);
    if (!next.ok) return undefined;
    if (next.value === target) return missing;
    missing.push(next.value);
    labels.push(next.value);
    labels.shift();
  }
  return undefined;
}

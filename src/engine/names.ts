/**
 * A name that none of `taken` has, compared without case (Excel's sheet names and the version
 * store both refuse a name that differs from another only in case): `base`, else `base (2)`,
 * `base (3)`, …
 */
export function freeName(base: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const name of taken) used.add(name.toLowerCase());
  if (!used.has(base.toLowerCase())) return base;
  let n = 2;
  while (used.has(`${base} (${String(n)})`.toLowerCase())) n++;
  return `${base} (${String(n)})`;
}

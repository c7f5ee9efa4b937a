import { StandInError } from "./errors";
import {
  type NameModel,
  type NameTarget,
  type SheetModel,
  checkName,
  describeName,
  parseNameFormula,
  sameName,
} from "./model";
import { ENTITY, StandInObject, type Mirrors } from "./proxy";
import { StandInRange } from "./range";
import { flag } from "./rangePart";

/** Whose names a collection holds: the workbook's (no sheet) or a sheet's. */
export interface NameScope {
  readonly sheet: SheetModel | undefined;
}

const byName = (a: NameModel, b: NameModel) =>
  a.name.toUpperCase().localeCompare(b.name.toUpperCase());

/**
 * Excel's quirk, kept: `workbook.names` leaves sheet-scoped names out, while `worksheet.names`
 * lists the sheet's names and then the workbook-scoped ones.
 */
function namesIn(names: readonly NameModel[], { sheet }: NameScope): NameModel[] {
  const workbookNames = names.filter((n) => n.scope === undefined).sort(byName);
  if (!sheet) return workbookNames;
  return [...names.filter((n) => n.scope === sheet).sort(byName), ...workbookNames];
}

export class StandInNamedItemCollection
  extends StandInObject<NameScope, Excel.NamedItemCollection>
  implements Mirrors<StandInNamedItemCollection, Excel.NamedItemCollection>
{
  protected readonly scalars = [];

  get items(): Excel.NamedItem[] {
    return this.loaded("items");
  }

  getItem(name: string): Excel.NamedItem {
    return this.#item("getItem", [name], (scope) => this.#find(scope, name));
  }
  getItemOrNullObject(name: string): Excel.NamedItem {
    return this.#item("getItemOrNullObject", [name], (scope) => this.#find(scope, name), true);
  }

  /** `reference`: a range, or a formula such as `='S&OP Input'!$B$2:$G$2` or `="zh"`. */
  add(name: string, reference: Excel.Range | string, comment?: string): Excel.NamedItem {
    const args = comment === undefined ? [name, reference] : [name, reference, comment];
    return this.#item("add", args, ({ sheet }) => {
      const book = this.session.book;
      checkName(book, name, sheet);
      let target: NameTarget;
      if (typeof reference === "string") target = parseNameFormula(book, reference, sheet);
      else if (reference instanceof StandInRange)
        target = { kind: "range", ...reference[ENTITY]() };
      else throw new StandInError("InvalidArgument");
      const item: NameModel = { name, scope: sheet, target, visible: true, comment: comment ?? "" };
      book.names.push(item);
      return item;
    });
  }

  protected override listItems(scope: NameScope): StandInObject<unknown, unknown>[] {
    return namesIn(this.session.book.names, scope).map(
      (n) => new StandInNamedItem(this.session, () => n)
    );
  }

  #find(scope: NameScope, name: string): NameModel | undefined {
    return namesIn(this.session.book.names, scope).find((n) => sameName(n.name, name));
  }

  #item(
    member: string,
    args: unknown[],
    find: (scope: NameScope) => NameModel | undefined,
    nullable = false
  ): Excel.NamedItem {
    const locate = () => {
      const item = find(this[ENTITY]());
      if (!item) throw new StandInError("ItemNotFound");
      return item;
    };
    return this.method(
      member,
      args,
      (o) => new StandInNamedItem(this.session, locate, o),
      nullable
    );
  }
}

export class StandInNamedItem
  extends StandInObject<NameModel, Excel.NamedItem>
  implements Mirrors<StandInNamedItem, Excel.NamedItem>
{
  protected readonly scalars = ["name", "type", "value", "formula", "visible", "comment", "scope"];

  get name(): string {
    return this.loaded("name");
  }
  get type(): Excel.NamedItem["type"] {
    return this.loaded("type");
  }
  // office-js types these two as `any`; the stand-in hands them out as `unknown`.
  get value(): unknown {
    const value: unknown = this.loaded("value");
    return value;
  }
  get formula(): unknown {
    const formula: unknown = this.loaded("formula");
    return formula;
  }
  get visible(): boolean {
    return this.loaded("visible");
  }
  set visible(visible: boolean) {
    this.put("visible", visible, (item) => {
      item.visible = flag(visible);
    });
  }
  get comment(): string {
    return this.loaded("comment");
  }
  get scope(): Excel.NamedItem["scope"] {
    return this.loaded("scope");
  }

  /** Fails at sync (InvalidArgument) unless the name refers to a range. */
  getRange(): Excel.Range {
    return this.#range("getRange", "InvalidArgument", false);
  }
  /** A null object unless the name refers to a range. */
  getRangeOrNullObject(): Excel.Range {
    return this.#range("getRangeOrNullObject", "ItemNotFound", true);
  }
  delete(): void {
    this.invoke("delete", [], (item) => {
      const names = this.session.book.names;
      names.splice(names.indexOf(item), 1);
    });
  }

  protected override alive(item: NameModel): boolean {
    return this.session.book.names.includes(item);
  }

  protected override read(property: string, item: NameModel): unknown {
    if (property === "name") return item.name;
    if (property === "visible") return item.visible;
    if (property === "comment") return item.comment;
    if (property === "scope") return item.scope ? "Worksheet" : "Workbook";
    return describeName(item)[property as "type" | "value" | "formula"];
  }

  #range(member: string, code: "InvalidArgument" | "ItemNotFound", nullable: boolean): Excel.Range {
    const locate = () => {
      const { target } = this[ENTITY]();
      if (target.kind !== "range") throw new StandInError(code);
      return { sheet: target.sheet, block: target.block };
    };
    return this.method(member, [], (o) => new StandInRange(this.session, locate, o), nullable);
  }
}

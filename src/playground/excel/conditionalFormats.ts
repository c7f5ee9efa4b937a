import { intersects } from "./addresses";
import { StandInError, notModeled } from "./errors";
import { type ConditionalFormatModel, clearConditionalFormats } from "./model";
import { ENTITY, StandInObject, type Mirrors } from "./proxy";
import { RangePart, type RangeTarget, color } from "./rangePart";

/** A range's conditional formats: those that apply to any of its cells. */
export class StandInConditionalFormats
  extends RangePart<Excel.ConditionalFormatCollection>
  implements Mirrors<StandInConditionalFormats, Excel.ConditionalFormatCollection>
{
  protected readonly scalars = [];

  get items(): Excel.ConditionalFormat[] {
    return this.loaded("items");
  }

  /** Only "ContainsText", the one the add-in uses, is modeled. */
  add(type: string): Excel.ConditionalFormat {
    if (type !== "ContainsText") throw notModeled(`conditionalFormats.add("${type}")`);
    return this.method("add", [type], (o) => {
      const create = () => {
        const { sheet, block } = this[ENTITY]();
        const cf: ConditionalFormatModel = { sheet, type, blocks: [block] };
        sheet.conditionalFormats.push(cf);
        return cf;
      };
      return new StandInConditionalFormat(this.session, create, o);
    });
  }

  clearAll(): void {
    this.invoke("clearAll", [], ({ sheet, block }) => {
      clearConditionalFormats(sheet, block);
    });
  }

  protected override listItems({ sheet, block }: RangeTarget): StandInObject<unknown, unknown>[] {
    return sheet.conditionalFormats
      .filter((cf) => cf.blocks.some((b) => intersects(b, block)))
      .map((cf) => new StandInConditionalFormat(this.session, () => cf));
  }
}

/** A conditional format and its parts live as long as the format stays on its sheet. */
abstract class FormatPart<X> extends StandInObject<ConditionalFormatModel, X> {
  protected override alive(cf: ConditionalFormatModel): boolean {
    return this.session.book.sheets.includes(cf.sheet) && cf.sheet.conditionalFormats.includes(cf);
  }
}

export class StandInConditionalFormat
  extends FormatPart<Excel.ConditionalFormat>
  implements Mirrors<StandInConditionalFormat, Excel.ConditionalFormat>
{
  protected readonly scalars = ["type"];
  protected override readonly navigations = ["textComparison"];

  get type(): Excel.ConditionalFormat["type"] {
    return this.loaded("type");
  }
  get textComparison(): Excel.TextConditionalFormat {
    return this.part("textComparison", StandInTextFormat);
  }

  protected override read(_property: string, cf: ConditionalFormatModel): unknown {
    return cf.type;
  }
}

const TEXT_OPERATORS = ["Contains", "NotContains", "BeginsWith", "EndsWith"];

export class StandInTextFormat
  extends FormatPart<Excel.TextConditionalFormat>
  implements Mirrors<StandInTextFormat, Excel.TextConditionalFormat>
{
  protected readonly scalars = ["rule"];
  protected override readonly navigations = ["format"];

  get rule(): Excel.ConditionalTextComparisonRule {
    return this.loaded("rule");
  }
  set rule(rule: Excel.ConditionalTextComparisonRule) {
    this.put("rule", rule, (cf) => {
      if (!TEXT_OPERATORS.includes(rule.operator) || typeof rule.text !== "string") {
        throw new StandInError("InvalidArgument");
      }
      cf.rule = { operator: rule.operator, text: rule.text };
    });
  }
  get format(): Excel.ConditionalRangeFormat {
    return this.part("format", StandInConditionalRangeFormat);
  }

  protected override read(_property: string, cf: ConditionalFormatModel): unknown {
    return cf.rule ? { ...cf.rule } : null;
  }
}

export class StandInConditionalRangeFormat
  extends FormatPart<Excel.ConditionalRangeFormat>
  implements Mirrors<StandInConditionalRangeFormat, Excel.ConditionalRangeFormat>
{
  protected readonly scalars = [];
  protected override readonly navigations = ["font", "fill"];

  get font(): Excel.ConditionalRangeFont {
    return this.part("font", StandInConditionalFont);
  }
  get fill(): Excel.ConditionalRangeFill {
    return this.part("fill", StandInConditionalFill);
  }
}

export class StandInConditionalFont
  extends FormatPart<Excel.ConditionalRangeFont>
  implements Mirrors<StandInConditionalFont, Excel.ConditionalRangeFont>
{
  protected readonly scalars = ["color"];

  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.put("color", value, (cf) => {
      cf.fontColor = color(value);
    });
  }

  protected override read(_property: string, cf: ConditionalFormatModel): unknown {
    return cf.fontColor ?? null;
  }
}

export class StandInConditionalFill
  extends FormatPart<Excel.ConditionalRangeFill>
  implements Mirrors<StandInConditionalFill, Excel.ConditionalRangeFill>
{
  protected readonly scalars = ["color"];

  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.put("color", value, (cf) => {
      cf.fillColor = color(value);
    });
  }

  protected override read(_property: string, cf: ConditionalFormatModel): unknown {
    return cf.fillColor ?? null;
  }
}

import type { Block } from "./addresses";
import { StandInError, notModeled } from "./errors";
import type { ChartModel, PageLayoutModel, SheetModel } from "./model";
import { ENTITY, StandInObject, type Mirrors, type Origin } from "./proxy";
import type { RangeTarget } from "./rangePart";
import { SheetPart } from "./sheetPart";

/**
 * Charts and print settings: recorded as data (what the playground draws and the .xlsx writer
 * saves), with Excel's argument checks. Only what the add-in uses is modeled.
 */

const CHART_TYPES = ["ColumnClustered", "Line", "LineMarkers", "BarClustered", "Area"];

/** The cells a range argument stands for, on the chart's own sheet. */
function cellsOf(range: unknown, sheet: SheetModel): Block {
  const target = (range as { [ENTITY]?: () => RangeTarget })[ENTITY]?.();
  if (!target) throw new StandInError("InvalidArgument", "Expected a range.");
  if (target.sheet !== sheet) throw notModeled("a chart on one sheet with data on another");
  return target.block;
}

export class StandInChartCollection
  extends SheetPart<Excel.ChartCollection>
  implements Mirrors<StandInChartCollection, Excel.ChartCollection>
{
  protected readonly scalars = [];

  get items(): Excel.Chart[] {
    return this.loaded("items");
  }

  add(type: string, sourceData: Excel.Range, seriesBy?: string): Excel.Chart {
    return this.method("add", [type, sourceData, seriesBy], (o: Origin) => {
      const create = (): ChartModel => {
        const sheet = this[ENTITY]();
        if (!CHART_TYPES.includes(type)) throw notModeled(`charts.add("${type}")`);
        const by = seriesBy ?? "Auto";
        if (by !== "Rows" && by !== "Columns" && by !== "Auto")
          throw new StandInError("InvalidArgument");
        const chart: ChartModel = {
          name: `Chart ${this.session.book.sheets.reduce((n, s) => n + s.charts.length, 0) + 1}`,
          type,
          source: cellsOf(sourceData, sheet),
          seriesBy: by,
          title: "",
        };
        sheet.charts.push(chart);
        return chart;
      };
      return new StandInChart(this.session, create, o);
    });
  }

  protected override listItems(sheet: SheetModel): StandInObject<unknown, unknown>[] {
    return sheet.charts.map((chart) => new StandInChart(this.session, () => chart));
  }
}

/** A chart and its parts live as long as the chart is on a sheet of the workbook. */
abstract class ChartPart<X> extends StandInObject<ChartModel, X> {
  protected override alive(chart: ChartModel): boolean {
    return this.session.book.sheets.some((sheet) => sheet.charts.includes(chart));
  }
  protected sheetOf(chart: ChartModel): SheetModel {
    const sheet = this.session.book.sheets.find((s) => s.charts.includes(chart));
    if (!sheet) throw new StandInError("ItemNotFound");
    return sheet;
  }
}

export class StandInChart
  extends ChartPart<Excel.Chart>
  implements Mirrors<StandInChart, Excel.Chart>
{
  protected readonly scalars = ["name", "chartType"];
  protected override readonly navigations = ["title", "axes"];

  get name(): string {
    return this.loaded("name");
  }
  get chartType(): Excel.Chart["chartType"] {
    return this.loaded("chartType");
  }
  get title(): Excel.ChartTitle {
    return this.part("title", StandInChartTitle);
  }
  get axes(): Excel.ChartAxes {
    return this.part("axes", StandInChartAxes);
  }

  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    this.invoke("setPosition", [startCell, endCell], (chart) => {
      if (typeof startCell === "string" || typeof endCell === "string" || !endCell)
        throw notModeled("chart.setPosition with addresses or one cell");
      const sheet = this.sheetOf(chart);
      chart.position = { from: cellsOf(startCell, sheet), to: cellsOf(endCell, sheet) };
    });
  }

  delete(): void {
    this.invoke("delete", [], (chart) => {
      const charts = this.sheetOf(chart).charts;
      charts.splice(charts.indexOf(chart), 1);
    });
  }

  protected override read(property: string, chart: ChartModel): unknown {
    return property === "name" ? chart.name : chart.type;
  }
}

export class StandInChartTitle
  extends ChartPart<Excel.ChartTitle>
  implements Mirrors<StandInChartTitle, Excel.ChartTitle>
{
  protected readonly scalars = ["text"];

  get text(): string {
    return this.loaded("text");
  }
  set text(text: string) {
    this.put("text", text, (chart) => {
      if (typeof text !== "string") throw new StandInError("InvalidArgument");
      chart.title = text;
    });
  }

  protected override read(_property: string, chart: ChartModel): unknown {
    return chart.title;
  }
}

export class StandInChartAxes
  extends ChartPart<Excel.ChartAxes>
  implements Mirrors<StandInChartAxes, Excel.ChartAxes>
{
  protected readonly scalars = [];
  protected override readonly navigations = ["categoryAxis"];

  get categoryAxis(): Excel.ChartAxis {
    return this.part("categoryAxis", StandInCategoryAxis);
  }
}

export class StandInCategoryAxis
  extends ChartPart<Excel.ChartAxis>
  implements Mirrors<StandInCategoryAxis, Excel.ChartAxis>
{
  protected readonly scalars = [];

  setCategoryNames(sourceData: Excel.Range): void {
    this.invoke("setCategoryNames", [sourceData], (chart) => {
      chart.categories = cellsOf(sourceData, this.sheetOf(chart));
    });
  }
}

const PAPER_SIZES = ["Letter", "Legal", "A3", "A4", "A5", "B4", "B5", "Executive", "Tabloid"];

/** A sheet's print settings. */
export class StandInPageLayout
  extends SheetPart<Excel.PageLayout>
  implements Mirrors<StandInPageLayout, Excel.PageLayout>
{
  protected readonly scalars = ["orientation", "paperSize", "zoom", "printGridlines"];

  get orientation(): Excel.PageLayout["orientation"] {
    return this.loaded("orientation");
  }
  set orientation(orientation: Excel.PageLayout["orientation"]) {
    this.put("orientation", orientation, (sheet) => {
      if (orientation !== "Portrait" && orientation !== "Landscape")
        throw new StandInError("InvalidArgument");
      sheet.pageLayout.orientation = orientation;
    });
  }
  get paperSize(): Excel.PageLayout["paperSize"] {
    return this.loaded("paperSize");
  }
  set paperSize(paperSize: Excel.PageLayout["paperSize"]) {
    this.put("paperSize", paperSize, (sheet) => {
      if (!PAPER_SIZES.includes(paperSize)) throw notModeled(`paper size ${paperSize}`);
      sheet.pageLayout.paperSize = paperSize;
    });
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.loaded("zoom");
  }
  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    this.put("zoom", zoom, (sheet) => {
      const layout: PageLayoutModel = sheet.pageLayout;
      const whole = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
      if (zoom.scale !== undefined) {
        if (!(zoom.scale >= 10 && zoom.scale <= 400)) throw new StandInError("InvalidArgument");
        layout.scale = zoom.scale;
        delete layout.fitToWidth;
        delete layout.fitToHeight;
        return;
      }
      const { horizontalFitToPages: wide, verticalFitToPages: tall } = zoom;
      if ((wide !== undefined && !whole(wide)) || (tall !== undefined && !whole(tall)))
        throw new StandInError("InvalidArgument");
      delete layout.scale;
      layout.fitToWidth = wide ?? 1;
      layout.fitToHeight = tall ?? 1;
    });
  }
  get printGridlines(): boolean {
    return this.loaded("printGridlines");
  }
  set printGridlines(print: boolean) {
    this.put("printGridlines", print, (sheet) => {
      if (typeof print !== "boolean") throw new StandInError("InvalidArgument");
      sheet.pageLayout.printGridlines = print;
    });
  }

  setPrintArea(printArea: Excel.Range | Excel.RangeAreas | string): void {
    this.invoke("setPrintArea", [printArea], (sheet) => {
      if (typeof printArea === "string") throw notModeled("setPrintArea with an address");
      sheet.pageLayout.printArea = cellsOf(printArea, sheet);
    });
  }

  protected override read(property: string, sheet: SheetModel): unknown {
    const layout = sheet.pageLayout;
    if (property === "orientation") return layout.orientation ?? "Portrait";
    if (property === "paperSize") return layout.paperSize ?? "Letter";
    if (property === "printGridlines") return layout.printGridlines ?? false;
    return layout.scale !== undefined || layout.fitToWidth === undefined
      ? { scale: layout.scale ?? 100 }
      : { horizontalFitToPages: layout.fitToWidth, verticalFitToPages: layout.fitToHeight };
  }
}

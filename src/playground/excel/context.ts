import type { WorkbookModel } from "./model";
import { StandInNamedItemCollection } from "./names";
import { StandInObject, type Mirrors } from "./proxy";
import type { Session } from "./session";
import { StandInTableCollection } from "./tables";
import { StandInWorksheetCollection } from "./worksheet";

export class StandInWorkbookObject
  extends StandInObject<WorkbookModel, Excel.Workbook>
  implements Mirrors<StandInWorkbookObject, Excel.Workbook>
{
  protected readonly scalars = ["name"];
  protected override readonly navigations = ["names", "worksheets", "tables"];

  get name(): string {
    return this.loaded("name");
  }

  /** Workbook-scoped names only, as in Excel. */
  get names(): Excel.NamedItemCollection {
    return this.property(
      "names",
      (o) => new StandInNamedItemCollection(this.session, () => ({ sheet: undefined }), o)
    );
  }
  get worksheets(): Excel.WorksheetCollection {
    return this.property(
      "worksheets",
      (o) => new StandInWorksheetCollection(this.session, () => this.session.book, o)
    );
  }
  get tables(): Excel.TableCollection {
    return this.property(
      "tables",
      (o) => new StandInTableCollection(this.session, () => ({ sheet: undefined }), o)
    );
  }

  protected override read(_property: string, book: WorkbookModel): unknown {
    return book.name ?? "Book1";
  }
}

export class StandInApplication
  extends StandInObject<WorkbookModel, Excel.Application>
  implements Mirrors<StandInApplication, Excel.Application>
{
  protected readonly scalars = [];

  /**
   * The sync log records that it was asked for. Nothing more to do: with HyperFormula, writes
   * wait for the next read anyway, so a sync recalculates once.
   */
  suspendApiCalculationUntilNextSync(): void {
    this.invoke("suspendApiCalculationUntilNextSync", [], () => undefined);
  }
}

/** What the Excel layer receives as `Excel.RequestContext`. */
export class StandInContext implements Mirrors<StandInContext, Excel.RequestContext> {
  readonly workbook: Excel.Workbook;
  readonly application: Excel.Application;
  readonly #session: Session;

  constructor(session: Session) {
    this.#session = session;
    const book = () => session.book;
    this.workbook = new StandInWorkbookObject(session, book) as unknown as Excel.Workbook;
    this.application = new StandInApplication(session, book) as unknown as Excel.Application;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    await this.#session.sync();
    return passThroughValue as T;
  }
}

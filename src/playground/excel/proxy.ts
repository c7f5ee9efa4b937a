import { StandInError, notLoaded, notModeled } from "./errors";
import type { Session } from "./session";

/**
 * The model object a proxy stands for. A symbol, so that the proxies' string-named members stay
 * exactly the real API's while the stand-in's own files can still reach what a proxy means.
 */
export const ENTITY = Symbol("standIn.entity");

/**
 * What a stand-in class implements: every public member it has, typed exactly as office-js types
 * the member of that name, and no public member office-js lacks (a compile error names it), so
 * the signatures cannot drift and the Excel layer cannot come to rely on a stand-in extra.
 * `Inherited` names base-class members the real object lacks, which the Excel layer cannot see.
 */
export type Mirrors<C, X, Inherited extends keyof C = never> = [
  Exclude<keyof C, keyof X | Inherited | typeof ENTITY>,
] extends [never]
  ? Pick<X, Extract<keyof C, keyof X>>
  : { "a public member office-js lacks": Exclude<keyof C, keyof X | Inherited | typeof ENTITY> };

/** How a proxy was reached: sent as its instantiate operation, as Office does. */
export interface Origin {
  readonly parent: StandInObject<unknown, unknown>;
  readonly member: string;
  readonly args: readonly unknown[];
  /** `*OrNullObject`: a missing item makes a null object instead of failing the sync. */
  readonly nullable: boolean;
}

/**
 * Everything `load` accepts: `"values, worksheet/name"`, arrays, `{ select, expand }` or the
 * office-js load-options objects such as `{ values: true, format: { font: { bold: true } } }`.
 */
export type LoadOption = string | string[] | object;

function loadPaths(option: unknown): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === "string")
    return option
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
  if (Array.isArray(option)) return option.flatMap(loadPaths);
  if (typeof option !== "object") throw new StandInError("InvalidArgument");
  const o = option as Record<string, unknown>;
  if ("top" in o || "skip" in o) throw notModeled("paging a collection with top/skip");
  if ("select" in o || "expand" in o) return [...loadPaths(o.select), ...loadPaths(o.expand)];
  return Object.entries(o).flatMap(([key, v]) => {
    if (key === "$all" || v === false) return [];
    const nested = typeof v === "object" && v !== null ? loadPaths(v) : [];
    return nested.length > 0 ? nested.map((p) => `${key}/${p}`) : [key];
  });
}

/**
 * A proxy object. Setting a property or calling a method queues an operation that changes the
 * model at the next `context.sync()`; a scalar property can be read only after a `load` of it and
 * a sync, and shows the model as it was at that sync.
 *
 * E is the model object it stands for, X the office-js type it poses as.
 */
export abstract class StandInObject<E, X> {
  /** The scalar properties this stand-in models; `load()` with no argument loads all of them. */
  protected abstract readonly scalars: readonly string[];
  /** Navigation properties, which a load path such as `"worksheet/name"` passes through. */
  protected readonly navigations: readonly string[] = [];
  /** Set by objects with an identity (a sheet, a name): false once it was deleted. */
  protected alive?(entity: E): boolean;
  /** Set by collections: their items, as a load of `items` sees them. */
  protected listItems?(entity: E): StandInObject<unknown, unknown>[];

  readonly #id: number;
  readonly #locate: () => E;
  readonly #nullable: boolean;
  /** Located once, at the first operation, then kept; null for a null object. */
  #entity: E | null | undefined;
  #isNull: boolean | undefined;
  readonly #snapshot = new Map<string, unknown>();
  readonly #properties = new Map<string, unknown>();

  /** Without an origin the proxy is a root or came out of a response: nothing to instantiate. */
  constructor(
    protected readonly session: Session,
    locate: () => E,
    origin?: Origin
  ) {
    this.#id = session.nextId();
    this.#locate = locate;
    this.#nullable = origin?.nullable ?? false;
    if (origin && !session.processing) session.touch(origin.parent, origin.member);
    if (!origin) this.#isNull = false;
    if (!origin || session.processing) return;
    const request = { op: "new", id: this.#id, parent: origin.parent.#id, member: origin.member };
    session.enqueue({ ...request, args: StandInObject.#requestArgs(origin.args) }, () => {
      const found = this.#resolve() !== undefined;
      session.respond(null, () => {
        this.#isNull = !found;
      });
    });
  }

  static #requestArgs(args: readonly unknown[]): unknown[] {
    return args.map((a) => (a instanceof StandInObject ? { objectId: a.#id } : a));
  }

  get isNullObject(): boolean {
    if (this.#isNull === undefined) throw notLoaded("isNullObject");
    return this.#isNull;
  }

  load(option?: LoadOption): X {
    const paths = loadPaths(option);
    for (const path of paths) this.session.touch(this, path.split("/")[0] ?? path);
    this.session.enqueue({ op: "load", target: this.#id, select: paths }, () => {
      this.#capture(paths);
    });
    return this as unknown as X;
  }

  /** The model object, or ItemNotFound (a null object, a missing or deleted item). */
  [ENTITY](): E {
    const entity = this.#resolve();
    if (entity === undefined) throw new StandInError("ItemNotFound");
    return entity;
  }

  #resolve(): E | undefined {
    if (this.#entity === null) return undefined;
    if (this.#entity !== undefined) {
      if (this.alive?.(this.#entity) === false) throw new StandInError("ItemNotFound");
      return this.#entity;
    }
    try {
      // Bound for good, like an Office object path: a renamed sheet is still the same sheet.
      this.#entity = this.#locate();
      return this.#entity;
    } catch (error) {
      if (!this.#nullable || !(error instanceof StandInError) || error.code !== "ItemNotFound") {
        throw error;
      }
      this.#entity = null;
      return undefined;
    }
  }

  /** Runs inside a sync: reads the loaded properties now, hands them over if the sync succeeds. */
  #capture(paths: readonly string[]): void {
    const entity = this.#resolve();
    if (entity === undefined) {
      this.session.respond(null, () => {
        this.#isNull = true;
      });
      return;
    }
    const items = this.listItems?.(entity);
    if (items) {
      // Office reads `collection.load("name")` as `"items/name"`.
      const itemPaths = paths.includes("items") ? [] : paths.map((p) => p.replace(/^items\//, ""));
      for (const item of items) item.#capture(itemPaths);
      this.session.respond(items.length, () => {
        this.#isNull = false;
        this.#snapshot.set("items", items);
      });
      return;
    }
    const values: Record<string, unknown> = {};
    const nested = new Map<string, string[]>();
    for (const path of paths.length > 0 ? paths : this.scalars) {
      const [head = "", ...rest] = path.split("/");
      if (rest.length === 0 && this.scalars.includes(head)) {
        values[head] = this.read(head, entity);
      } else if (this.navigations.includes(head)) {
        nested.set(head, [
          ...(nested.get(head) ?? []),
          ...(rest.length > 0 ? [rest.join("/")] : []),
        ]);
      } else {
        throw notModeled(`loading ${this.constructor.name}.${head}`);
      }
    }
    for (const [name, sub] of nested) {
      const child: unknown = Reflect.get(this, name);
      if (child instanceof StandInObject) child.#capture(sub);
    }
    this.session.respond(values, () => {
      this.#isNull = false;
      for (const [name, value] of Object.entries(values)) this.#snapshot.set(name, value);
    });
  }

  /** The value of a scalar property, computed from the model in the middle of a sync. */
  protected read(property: string, _entity: E): unknown {
    throw notModeled(`reading ${this.constructor.name}.${property}`);
  }

  /** A loaded property, as of the sync that loaded it. */
  protected loaded<K extends keyof X & string>(property: K): X[K] {
    if (this.#isNull === true) {
      throw new StandInError(
        "PropertyNotLoaded",
        `The property '${property}' is not available: the object is a null object (isNullObject is true).`
      );
    }
    if (!this.#snapshot.has(property)) throw notLoaded(property);
    return this.#snapshot.get(property) as X[K];
  }

  /**
   * Queues a property set. The stand-in forgets the loaded value until the next load (Office
   * would echo the value set locally): nothing may read what Excel has not confirmed.
   */
  protected put<K extends keyof X & string>(
    property: K,
    value: X[K],
    apply: (entity: E) => void
  ): void {
    this.session.touch(this, property);
    this.#snapshot.delete(property);
    this.session.enqueue({ op: "set", target: this.#id, property, value }, () => {
      apply(this[ENTITY]());
    });
  }

  protected invoke(method: string, args: readonly unknown[], apply: (entity: E) => void): void {
    this.session.touch(this, method);
    const request = {
      op: "call",
      target: this.#id,
      method,
      args: StandInObject.#requestArgs(args),
    };
    this.session.enqueue(request, () => {
      apply(this[ENTITY]());
    });
  }

  /** A proxy returned by a method: a new one, instantiated at the next sync. */
  protected method<T>(
    member: string,
    args: readonly unknown[],
    make: (origin: Origin) => StandInObject<unknown, T>,
    nullable = false
  ): T {
    return make({ parent: this, member, args, nullable }) as unknown as T;
  }

  /** A navigation property standing for the same model object, such as `range.format`. */
  protected part<T>(
    member: string,
    Part: new (session: Session, locate: () => E, origin: Origin) => StandInObject<unknown, T>
  ): T {
    return this.property(member, (o) => new Part(this.session, () => this[ENTITY](), o));
  }

  /** A navigation property: the same proxy every time it is read. */
  protected property<T>(member: string, make: (origin: Origin) => StandInObject<unknown, T>): T {
    let child = this.#properties.get(member);
    if (child === undefined) {
      child = make({ parent: this, member, args: [], nullable: false });
      this.#properties.set(member, child);
    }
    return child as T;
  }
}

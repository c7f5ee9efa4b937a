/**
 * The XML add-in manifest, checked offline: resources resolve, URLs are https, every visible
 * string has a zh-CN override, icons exist at the right size, and office-addin-manifest reads it.
 */
import {
  RIBBON_BUTTONS,
  RIBBON_COMMANDS,
  RIBBON_ICON_SIZES,
  RIBBON_TAB,
} from "../src/commands/ribbon";
import { translate } from "../src/i18n";
import type { UiMessageKey } from "../src/i18n/ui.en-US";
import { MANIFEST_SETS } from "../src/workbook/requirements";
import { spawnSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";

const ROOT = join(__dirname, "..");
const MANIFEST_PATH = join(ROOT, "manifest.xml");
const XML = readFileSync(MANIFEST_PATH, "utf8");
const DEV_ORIGIN = "https://localhost:3000";

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** fast-xml-parser's ordered output turned into a plain element tree. */
function toElements(nodes: unknown): XmlElement[] {
  if (!Array.isArray(nodes)) return [];
  const elements: XmlElement[] = [];
  for (const node of nodes as Record<string, unknown>[]) {
    const name = Object.keys(node).find((key) => key !== ":@");
    if (name === undefined || name === "#text" || name.startsWith("?")) continue;
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries((node[":@"] ?? {}) as Record<string, unknown>)) {
      attrs[key.replace(/^@_/, "")] = String(value);
    }
    const content = node[name] as unknown[];
    const text = content
      .map((child) => (child as Record<string, unknown>)["#text"])
      .filter((value) => value !== undefined)
      .map(String)
      .join("");
    elements.push({ name, attrs, children: toElements(content), text: text.trim() });
  }
  return elements;
}

const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
};

/**
 * Every top-level element. The parse is lenient; well-formedness is left to the strict parser of
 * office-addin-manifest (last test), the one Office tooling uses.
 */
function parseRoots(xml: string): XmlElement[] {
  return toElements(new XMLParser(PARSER_OPTIONS).parse(xml));
}

function parseManifest(xml: string): XmlElement {
  const [root] = parseRoots(xml);
  if (!root) throw new Error("manifest.xml has no root element");
  return root;
}

function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}

const ROOT_ELEMENT = parseManifest(XML);
const ALL = [ROOT_ELEMENT, ...descendants(ROOT_ELEMENT)];

const named = (name: string) => ALL.filter((element) => element.name === name);
/** The only element with this name: fails if there are none or several. */
function single(name: string, scope: XmlElement[] = ALL): XmlElement {
  const found = scope.filter((element) => element.name === name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0] as XmlElement;
}
const child = (parent: XmlElement, name: string) => single(name, parent.children);

type ResourceKind = "image" | "url" | "string";
interface Resource {
  kind: ResourceKind;
  element: XmlElement;
}

const RESOURCES = single("Resources");
const resources = new Map<string, Resource>();
const duplicateIds: string[] = [];
for (const [group, kind] of [
  ["bt:Images", "image"],
  ["bt:Urls", "url"],
  ["bt:ShortStrings", "string"],
  ["bt:LongStrings", "string"],
] as const) {
  for (const element of RESOURCES.children
    .filter((e) => e.name === group)
    .flatMap((e) => e.children)) {
    const id = element.attrs.id ?? "";
    if (resources.has(id)) duplicateIds.push(id);
    resources.set(id, { kind, element });
  }
}

/** Which kind of resource a resid on this element must name. */
function expectedKind(element: XmlElement): ResourceKind {
  if (element.name === "bt:Image") return "image";
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(element.name)) return "url";
  return "string";
}

function resource(resid: string, kind: ResourceKind): XmlElement {
  const found = resources.get(resid);
  if (!found) throw new Error(`resid ${resid} is not defined in <Resources>`);
  if (found.kind !== kind) throw new Error(`resid ${resid} is a ${found.kind}, expected a ${kind}`);
  return found.element;
}

/** The value of the zh-CN override of a resource or of DisplayName/Description, if any. */
function zhCN(element: XmlElement): string | undefined {
  const overrides = element.children.filter(
    (e) => (e.name === "bt:Override" || e.name === "Override") && e.attrs.Locale === "zh-CN"
  );
  return overrides.length === 1 ? overrides[0]?.attrs.Value : undefined;
}

const references = ALL.filter((element) => element.attrs.resid !== undefined);

/** Reads width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (bytes.toString("ascii", 12, 16) !== "IHDR")
    throw new Error(`${file} does not start with IHDR`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** assets/… file that a https://localhost:3000/assets/… URL is served from. */
function assetFile(url: string): string {
  const { origin, pathname } = new URL(url);
  expect(origin).toBe(DEV_ORIGIN);
  expect(pathname).toMatch(/^\/assets\/[\w.-]+\.png$/);
  return join(ROOT, pathname);
}

describe("manifest.xml", () => {
  it("is a single-rooted Workbook task pane add-in", () => {
    expect(parseRoots(XML)).toHaveLength(1);
    expect(ROOT_ELEMENT.name).toBe("OfficeApp");
    expect(ROOT_ELEMENT.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(child(ROOT_ELEMENT, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    );
    // Not the id of the Microsoft template it was modelled on.
    expect(child(ROOT_ELEMENT, "Id").text).not.toBe("ca968be6-628b-4f14-ba3c-3e614effa9bd");
    expect(child(ROOT_ELEMENT, "Version").text).toBe("1.0.0.0");
    expect(child(ROOT_ELEMENT, "ProviderName").text).toBe("S&OP Planner");
    expect(child(ROOT_ELEMENT, "DefaultLocale").text).toBe("en-US");
    expect(child(child(ROOT_ELEMENT, "Hosts"), "Host").attrs.Name).toBe("Workbook");
    // The minimum the core needs, as src/workbook/requirements.ts states it.
    expect(named("Set").map((set) => [set.attrs.Name, set.attrs.MinVersion])).toEqual(
      MANIFEST_SETS.map((set) => [set.name, set.version])
    );
  });

  it("asks for ReadWriteDocument permission", () => {
    expect(child(ROOT_ELEMENT, "Permissions").text).toBe("ReadWriteDocument");
  });

  it("resolves every resid to a resource of the right kind, and uses every resource", () => {
    expect(duplicateIds).toEqual([]);
    expect(references.length).toBeGreaterThan(10);
    for (const element of references) {
      expect(() => resource(element.attrs.resid ?? "", expectedKind(element))).not.toThrow();
    }
    const used = new Set(references.map((element) => element.attrs.resid));
    expect([...resources.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it("uses https for every URL", () => {
    const urls: string[] = [];
    for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]) {
      for (const element of named(name)) {
        if (element.attrs.DefaultValue !== undefined) urls.push(element.attrs.DefaultValue);
      }
    }
    for (const { kind, element } of resources.values()) {
      if (kind === "string") continue;
      urls.push(element.attrs.DefaultValue ?? "");
      for (const override of element.children) urls.push(override.attrs.Value ?? "");
    }
    urls.push(...named("AppDomain").map((element) => element.text));
    expect(urls.length).toBeGreaterThanOrEqual(14);
    for (const url of urls) expect(new URL(url).protocol).toBe("https:");
  });

  it("declares the custom functions under the SOP namespace in every language", () => {
    const namespace = resource(single("Namespace").attrs.resid ?? "", "string");
    expect(namespace.attrs.DefaultValue).toBe("SOP");
    expect(zhCN(namespace)).toBe("SOP");
  });

  it("points the custom functions at the dev server, with zh-CN metadata", () => {
    const extension = ALL.find(
      (element) =>
        element.name === "ExtensionPoint" && element.attrs["xsi:type"] === "CustomFunctions"
    );
    if (!extension) throw new Error("no CustomFunctions extension point");
    const url = (name: string) =>
      resource(single("SourceLocation", child(extension, name).children).attrs.resid ?? "", "url");
    expect(url("Script").attrs.DefaultValue).toBe(`${DEV_ORIGIN}/functions.js`);
    expect(url("Page").attrs.DefaultValue).toBe(`${DEV_ORIGIN}/functions.html`);
    const metadata = url("Metadata");
    expect(metadata.attrs.DefaultValue).toBe(`${DEV_ORIGIN}/functions.json`);
    expect(zhCN(metadata)).toMatch(/\/functions\.zh-CN\.json$/);
  });

  it("declares the S&OP tab as src/commands/ribbon.ts has it: groups, labels in both languages, icons, actions", () => {
    const tab = single("CustomTab");
    expect(named("OfficeTab")).toEqual([]);
    expect(tab.attrs.id).toBe(RIBBON_TAB.id);
    /** A resid'd string in both languages, as the pane words the same key. */
    const words = (element: XmlElement) => {
      const string = resource(element.attrs.resid ?? "", "string");
      return [string.attrs.DefaultValue, zhCN(string)];
    };
    const inBoth = (key: UiMessageKey) => [translate("en", key), translate("zh", key)];
    // The tab's label comes after its groups, as the schema orders them.
    expect(tab.children.map((c) => c.name)).toEqual([
      ...RIBBON_TAB.groups.map(() => "Group"),
      "Label",
    ]);
    expect(words(child(tab, "Label"))).toEqual(inBoth(RIBBON_TAB.label));
    const groups = tab.children.filter((c) => c.name === "Group");
    expect(groups.map((g) => g.attrs.id)).toEqual(RIBBON_TAB.groups.map((g) => g.id));
    /** The 16, 32 and 80 px images of an <Icon>, as asset file names. */
    const icons = (parent: XmlElement) =>
      child(parent, "Icon").children.map((image) => [
        Number(image.attrs.size),
        new URL(resource(image.attrs.resid ?? "", "image").attrs.DefaultValue ?? "").pathname,
      ]);
    const iconsOf = (name: string) =>
      RIBBON_ICON_SIZES.map((size) => [size, `/assets/${name}-${size}.png`]);
    const taskpaneUrl = `${DEV_ORIGIN}/taskpane.html`;
    RIBBON_TAB.groups.forEach((group, g) => {
      const element = groups[g] as XmlElement;
      expect(words(child(element, "Label"))).toEqual(inBoth(group.label));
      expect(icons(element)).toEqual(iconsOf(group.buttons[0]?.icon ?? ""));
      const controls = element.children.filter((c) => c.name === "Control");
      expect(controls.map((c) => [c.attrs.id, c.attrs["xsi:type"]])).toEqual(
        group.buttons.map((b) => [b.id, "Button"])
      );
      group.buttons.forEach((button, b) => {
        const control = controls[b] as XmlElement;
        expect(words(child(control, "Label"))).toEqual(inBoth(button.label));
        const tip = child(control, "Supertip");
        expect(words(child(tip, "Title"))).toEqual(inBoth(button.label));
        const description = resource(child(tip, "Description").attrs.resid ?? "", "string");
        expect([description.attrs.DefaultValue, zhCN(description)]).toEqual(inBoth(button.tooltip));
        expect(icons(control)).toEqual(iconsOf(button.icon));
        const action = child(control, "Action");
        if (button.action.kind === "taskpane") {
          expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
          expect(child(action, "TaskpaneId").text).toBe("SopPlannerTaskpane");
          expect(
            resource(child(action, "SourceLocation").attrs.resid ?? "", "url").attrs.DefaultValue
          ).toBe(taskpaneUrl);
        } else {
          expect(action.attrs["xsi:type"]).toBe("ExecuteFunction");
          expect(child(action, "FunctionName").text).toBe(button.action.command);
        }
      });
    });
    // The ExecuteFunction buttons run in the commands file, which registers exactly these.
    expect(named("FunctionName").map((f) => f.text)).toEqual([...RIBBON_COMMANDS]);
    expect(resource(single("FunctionFile").attrs.resid ?? "", "url").attrs.DefaultValue).toBe(
      `${DEV_ORIGIN}/commands.html`
    );
  });

  it("keeps the ribbon's words within Office's limits: 125 characters for a label, 250 for a tooltip", () => {
    for (const button of RIBBON_BUTTONS) {
      for (const language of ["en", "zh"] as const) {
        expect(translate(language, button.label).length).toBeLessThanOrEqual(125);
        expect(translate(language, button.tooltip).length).toBeLessThanOrEqual(250);
      }
    }
  });

  it("has a zh-CN override for every string, the display name and the description", () => {
    const localized = [
      ...[...resources.values()].filter((r) => r.kind === "string").map((r) => r.element),
      child(ROOT_ELEMENT, "DisplayName"),
      child(ROOT_ELEMENT, "Description"),
    ];
    expect(localized.length).toBeGreaterThanOrEqual(8);
    const missing = localized
      .filter((element) => !zhCN(element))
      .map((element) => element.attrs.id ?? element.name);
    expect(missing).toEqual([]);
    expect(zhCN(child(ROOT_ELEMENT, "DisplayName"))).toBe("S&OP 产销协同计划");
    // The description is translated, not copied.
    expect(zhCN(child(ROOT_ELEMENT, "Description"))).toMatch(/[\u4e00-\u9fff]/);
  });

  it("serves icons that exist in assets/ at the declared pixel sizes", () => {
    const icons: [string, number][] = [
      [child(ROOT_ELEMENT, "IconUrl").attrs.DefaultValue ?? "", 32],
      [child(ROOT_ELEMENT, "HighResolutionIconUrl").attrs.DefaultValue ?? "", 64],
    ];
    for (const image of named("bt:Image").filter((element) => element.attrs.size !== undefined)) {
      icons.push([
        resource(image.attrs.resid ?? "", "image").attrs.DefaultValue ?? "",
        Number(image.attrs.size),
      ]);
    }
    expect(new Set(icons.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, size] of icons) {
      const file = assetFile(url);
      expect(existsSync(file)).toBe(true);
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });

  it("is well-formed and read by office-addin-manifest info", () => {
    // Run the package's bin script with this node, so it works the same on every OS; stdin is
    // closed so the tool can never wait for an answer.
    const pkg = JSON.parse(
      readFileSync(join(ROOT, "node_modules/office-addin-manifest/package.json"), "utf8")
    ) as {
      bin: Record<string, string>;
    };
    const bin = join(
      ROOT,
      "node_modules/office-addin-manifest",
      pkg.bin["office-addin-manifest"] ?? "cli.js"
    );
    const result = spawnSync(process.execPath, [bin, "info", "manifest.xml"], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 60_000,
      env: { ...process.env, CI: "true", NO_COLOR: "1" },
    });
    expect(result.error).toBeUndefined();
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
    expect(result.stdout).toContain(`Id: ${child(ROOT_ELEMENT, "Id").text}`);
    expect(result.stdout).toContain("Name: S&OP Planner");
    expect(result.stdout).toContain("Permissions: ReadWriteDocument");
  });
});

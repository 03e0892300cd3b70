import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { child, descendants, parseXml, type XmlElement } from './manifestXml';

/**
 * Offline checks of an add-in-only XML manifest (TaskPaneApp): what Office would reject or
 * silently mishandle, found without the network `office-addin-manifest validate` needs.
 */

/** Children of <OfficeApp> for a TaskPaneApp, in the order the schema (1.1) requires. */
const OFFICE_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'VersionOverrides',
  'ExtendedOverrides',
];
const REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'Hosts',
  'DefaultSettings',
  'Permissions',
];
/** Which resource table a resid must be found in, by the element that carries it. */
const RESOURCE_KIND: Readonly<Record<string, string>> = {
  'bt:Image': 'bt:Images',
  SourceLocation: 'bt:Urls',
  FunctionFile: 'bt:Urls',
  LearnMoreUrl: 'bt:Urls',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};
const MAX_LENGTH: Readonly<Record<string, number>> = {
  'bt:ShortStrings': 125,
  'bt:LongStrings': 250,
};
const LOCALES = ['zh-CN'];

export interface ValidateOptions {
  /** Folder that URL paths are resolved against to find icon files (default: the manifest's). */
  readonly assetRoot: string;
}

function pngWidth(file: string): number | undefined {
  const bytes = readFileSync(file);
  return bytes.subarray(1, 4).toString('ascii') === 'PNG' ? bytes.readUInt32BE(16) : undefined;
}

function checkOrder(app: XmlElement, errors: string[]): void {
  let last = -1;
  for (const element of app.children) {
    const index = OFFICE_APP_ORDER.indexOf(element.name);
    if (index < 0)
      errors.push(`line ${element.line}: <${element.name}> is not allowed in <OfficeApp>`);
    else if (index < last)
      errors.push(`line ${element.line}: <${element.name}> is out of schema order`);
    else last = index;
  }
  for (const name of REQUIRED) if (!child(app, name)) errors.push(`<${name}> is required`);
  const id = child(app, 'Id')?.text.trim() ?? '';
  if (id && !/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(id))
    errors.push(`<Id> ${id} is not a GUID`);
  const version = child(app, 'Version')?.text.trim() ?? '';
  if (version && !/^\d+(\.\d+){0,3}$/.test(version))
    errors.push(`<Version> ${version} is not n.n.n.n`);
}

function resources(app: XmlElement): Map<string, { kind: string; element: XmlElement }> {
  const found = new Map<string, { kind: string; element: XmlElement }>();
  const table = [...descendants(app)].find((e) => e.name === 'Resources');
  for (const kind of table?.children ?? []) {
    for (const element of kind.children)
      found.set(element.attributes.id ?? '', { kind: kind.name, element });
  }
  return found;
}

function checkResources(app: XmlElement, errors: string[]): void {
  const table = resources(app);
  for (const element of descendants(app)) {
    const resid = element.attributes.resid;
    if (resid === undefined) continue;
    if (resid.length > 32)
      errors.push(`line ${element.line}: resid ${resid} is longer than 32 characters`);
    const target = table.get(resid);
    const want = RESOURCE_KIND[element.name];
    if (!target) errors.push(`line ${element.line}: resid ${resid} has no resource`);
    else if (want && target.kind !== want) {
      errors.push(
        `line ${element.line}: resid ${resid} of <${element.name}> must be in <${want}>, found in <${target.kind}>`,
      );
    }
  }
  for (const [id, { kind, element }] of table) {
    const max = MAX_LENGTH[kind];
    if (max && (element.attributes.DefaultValue ?? '').length > max)
      errors.push(`${id}: longer than ${max} characters`);
    if (max) checkOverrides(element, 'bt:Override', id, errors);
  }
  const actions = [...descendants(app)].filter((e) => e.name === 'Action');
  const executes = actions.some((a) => a.attributes['xsi:type'] === 'ExecuteFunction');
  if (executes && ![...descendants(app)].some((e) => e.name === 'FunctionFile')) {
    errors.push('an ExecuteFunction button needs a <FunctionFile>');
  }
}

function checkOverrides(
  element: XmlElement,
  overrideName: string,
  label: string,
  errors: string[],
): void {
  for (const locale of LOCALES) {
    const override = element.children.find(
      (c) => c.name === overrideName && c.attributes.Locale === locale,
    );
    if (!override?.attributes.Value) errors.push(`${label}: no ${locale} override`);
  }
}

/**
 * The file a URL serves from assetRoot: its path, or the path without leading segments, since a
 * production base URL may carry a prefix (https://host/addin/assets/…) that dist/ does not.
 */
function localFile(assetRoot: string, url: string): string {
  const segments = decodeURIComponent(new URL(url).pathname).split('/').filter(Boolean);
  for (let skip = 0; skip < segments.length; skip++) {
    const candidate = path.join(assetRoot, ...segments.slice(skip));
    if (existsSync(candidate)) return candidate;
  }
  return path.join(assetRoot, ...segments);
}

/** Every URL in the manifest: https only; icons must exist under assetRoot with the stated size. */
function checkUrls(app: XmlElement, options: ValidateOptions, errors: string[]): void {
  const sized = new Map<string, number>();
  for (const element of descendants(app)) {
    if (element.name === 'bt:Image' && element.attributes.size && element.attributes.resid) {
      sized.set(element.attributes.resid, Number(element.attributes.size));
    }
  }
  for (const element of [app, ...descendants(app)]) {
    const value =
      element.attributes.DefaultValue ?? (element.name === 'AppDomain' ? element.text.trim() : '');
    if (!/^[a-z]+:\/\//i.test(value)) continue;
    if (!value.startsWith('https://')) errors.push(`line ${element.line}: ${value} is not https`);
    const isIcon = ['IconUrl', 'HighResolutionIconUrl', 'bt:Image'].includes(element.name);
    if (!isIcon) continue;
    const file = localFile(options.assetRoot, value);
    if (!existsSync(file)) {
      errors.push(
        `line ${element.line}: icon ${value} has no file ${path.relative(process.cwd(), file)}`,
      );
      continue;
    }
    const want = sized.get(element.attributes.id ?? '');
    const width = pngWidth(file);
    if (width === undefined) errors.push(`${file}: not a PNG`);
    else if (want && width !== want) errors.push(`${file}: ${width}px wide, used as ${want}px`);
  }
}

/** All problems found, empty when the manifest passes. */
export function validateManifest(xml: string, options: ValidateOptions): string[] {
  let app: XmlElement;
  try {
    app = parseXml(xml);
  } catch (error) {
    return [`not well-formed XML: ${(error as Error).message}`];
  }
  const errors: string[] = [];
  if (app.name !== 'OfficeApp') return [`root element is <${app.name}>, not <OfficeApp>`];
  if (app.attributes['xsi:type'] !== 'TaskPaneApp') errors.push('xsi:type must be TaskPaneApp');
  checkOrder(app, errors);
  for (const name of ['DisplayName', 'Description']) {
    const element = child(app, name);
    if (element) checkOverrides(element, 'Override', `<${name}>`, errors);
  }
  const permissions = child(app, 'Permissions')?.text.trim();
  if (permissions && permissions !== 'ReadWriteDocument')
    errors.push(`<Permissions> is ${permissions}, the add-in writes marks: ReadWriteDocument`);
  checkResources(app, errors);
  checkUrls(app, options, errors);
  return errors;
}

if (require.main === module) {
  const [file = 'manifest.xml', assetRoot] = process.argv.slice(2);
  const errors = validateManifest(readFileSync(file, 'utf8'), {
    assetRoot: assetRoot ?? path.dirname(path.resolve(file)),
  });
  for (const error of errors) console.error(`${file}: ${error}`);
  if (errors.length) process.exit(1);
  console.log(`${file}: valid (offline checks)`);
}

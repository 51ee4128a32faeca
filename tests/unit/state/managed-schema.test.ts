import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { faqBlockSchema, faqLinkSchema, faqPackEntrySchema, faqPackSchema } from '../../../faq/schema';
import { parseManagedSettings } from '../../../state/managed';
import { managedSettingsSchema } from '../../../state/managed-schema';
import { panelWidthRange } from '../../../state/panel-width';
import { fontSizeValues, panelAutoOpenValues, panelSideValues, settingLeafSchemas, settingPaths } from '../../../state/settings';

/** The subset of JSON Schema that Chromium's managed_schema.json understands. */
interface ChromeSchema {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
  enum?: (string | number)[];
  minimum?: number;
  maximum?: number;
  id?: string;
}

const schema = JSON.parse(await readFile('public/managed_schema.json', 'utf8')) as ChromeSchema;
const doc = await readFile('docs/enterprise-deployment.md', 'utf8');
const samplePack = JSON.parse(await readFile('docs/sample-faq-pack.json', 'utf8')) as unknown;

function at(root: ChromeSchema, path: string): ChromeSchema | undefined {
  return path.split('.').reduce<ChromeSchema | undefined>((node, key) => node?.properties?.[key], root);
}

/** What Chromium does with a policy value: problems where the schema would drop it. */
function chromeProblems(value: unknown, node: ChromeSchema, where = '$'): string[] {
  const kind = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value === 'object' ? 'object' : typeof value;
  if (kind !== node.type) return [`${where}: ${kind} is not ${node.type}`];
  if (node.enum && !node.enum.includes(value as string)) return [`${where}: ${String(value)} not in enum`];
  if (node.minimum !== undefined && (value as number) < node.minimum) return [`${where}: below minimum`];
  if (node.maximum !== undefined && (value as number) > node.maximum) return [`${where}: above maximum`];
  if (node.type === 'array') return (value as unknown[]).flatMap((item, index) => chromeProblems(item, node.items!, `${where}[${index}]`));
  if (node.type === 'object')
    return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => {
      const childSchema = node.properties?.[key];
      return childSchema ? chromeProblems(child, childSchema, `${where}.${key}`) : [`${where}.${key}: unknown property`];
    });
  return [];
}

describe('public/managed_schema.json', () => {
  it('declares the same top-level keys as managedSettingsSchema', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(Object.keys(managedSettingsSchema.shape).sort());
  });

  it.each(settingPaths)('declares %s with the type and limits of the settings schema', (path) => {
    const node = at(schema, path);
    expect(node, `add ${path} to public/managed_schema.json`).toBeDefined();
    const sample = { 'panel.width': 400, 'upload.maxBytes': 1, 'upload.maxPixelsSide': 1, 'upload.maxNameLength': 1 }[path as string];
    expect(node?.type).toBe(sample === undefined ? 'string' : 'integer');
    if (sample !== undefined) expect(settingLeafSchemas[path].safeParse(sample).success).toBe(true);
  });

  it('lists the same choices and bounds as the code', () => {
    expect(at(schema, 'panel.autoOpen')?.enum).toEqual([...panelAutoOpenValues]);
    expect(at(schema, 'panel.side')?.enum).toEqual([...panelSideValues]);
    expect(at(schema, 'fontSize')?.enum).toEqual([...fontSizeValues]);
    expect([at(schema, 'panel.width')?.minimum, at(schema, 'panel.width')?.maximum]).toEqual([panelWidthRange.min, panelWidthRange.max]);
  });

  it('describes every field of a content pack, so Chromium passes packs through whole', () => {
    const pack = schema.properties?.packs?.items;
    expect(Object.keys(pack?.properties ?? {}).sort()).toEqual(Object.keys(faqPackSchema.shape).sort());
    const entry = pack?.properties?.entries?.items;
    expect(Object.keys(entry?.properties ?? {}).sort()).toEqual(Object.keys(faqPackEntrySchema.shape).sort());
    const blockFields = new Set(faqBlockSchema._zod.def.options.flatMap((option) => Object.keys(option.shape)));
    expect(Object.keys(entry?.properties?.answer?.items?.properties ?? {}).sort()).toEqual([...blockFields].sort());
    expect(Object.keys(entry?.properties?.links?.items?.properties ?? {}).sort()).toEqual(Object.keys(faqLinkSchema.shape).sort());
    expect(chromeProblems([samplePack], schema.properties!.packs!)).toEqual([]);
  });
});

describe('docs/enterprise-deployment.md samples', () => {
  // Every JSON block must parse; the settings samples are found by what they hold (the guide also shows install policies).
  const jsonBlocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]!) as Record<string, any>);
  const chromium = jsonBlocks.find((block) => block['3rdparty']?.extensions?.EXTENSION_ID);
  const firefox = jsonBlocks.find((block) => block.policies?.['3rdparty']);

  it('has a Chromium JSON policy and a Firefox policies.json', () => {
    expect(chromium).toBeDefined();
    expect(firefox).toBeDefined();
  });

  it('gives a Chromium policy that passes both the browser schema and the helper', () => {
    const policy = chromium!['3rdparty'].extensions.EXTENSION_ID;
    expect(chromeProblems(policy, schema)).toEqual([]);
    const read = parseManagedSettings(policy);
    expect(read.issues).toEqual([]);
    expect(Object.keys(read.values).sort()).toEqual(['contact', 'fontSize', 'panel', 'upload']);
  });

  it('gives a Firefox policy for the gecko id that the helper accepts', () => {
    const policy = firefox!.policies['3rdparty'].Extensions['permit-self-check@helper.local'];
    expect(policy).toBeDefined();
    expect(parseManagedSettings(policy).issues).toEqual([]);
  });

  it('gives registry values that match the schema (DWORD for integers)', () => {
    const reg = [...doc.matchAll(/```reg\n([\s\S]*?)```/g)].map((match) => match[1]!).find((block) => block.includes('\\3rdparty\\')) ?? '';
    const width = /"width"=dword:([0-9a-f]{8})/.exec(reg)?.[1];
    expect(width && parseInt(width, 16)).toBe(420);
    for (const [, key] of reg.matchAll(/^"(\w+)"=/gm)) expect(JSON.stringify(schema)).toContain(`"${key}"`);
  });
});

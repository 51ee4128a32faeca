import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldTools, toolsForKind } from '../../../components/field-tools/registry';
import { isPageKindId, pageKindIds } from '../../../platform/page-kinds';
import { pageKindRegistry } from '../../../platform/kinds';

describe('the field tools registry', () => {
  it('holds each tool once, each with a title, known page kinds and something to show', () => {
    const ids = fieldTools.map((tool) => tool.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const tool of fieldTools) {
      expect(tool.Tip ?? tool.PanelSection, tool.id).toBeDefined();
      if (tool.Tip) expect(tool.find, `${tool.id}: a tip needs a find`).toBeDefined();
      if (tool.kinds !== 'all') {
        expect(tool.kinds.length, tool.id).toBeGreaterThan(0);
        expect(tool.kinds.filter((kind) => !isPageKindId(kind)), tool.id).toEqual([]);
      }
    }
  });

  it('registers every module of tools/, named by its id, in their unique order; the ones kinds offer by id file that id', () => {
    const dir = 'components/field-tools/tools';
    const files = readdirSync(dir).filter((name) => name.endsWith('.tsx'));
    expect(files.map((name) => name.replace(/\.tsx$/, '')).sort()).toEqual(fieldTools.map((tool) => tool.id).sort());
    const orders = fieldTools.map((tool) => tool.order);
    expect(orders.filter((order) => order === undefined)).toEqual([]);
    expect(new Set(orders).size).toBe(orders.length);
    const filed = files.flatMap((name) =>
      [...readFileSync(`${dir}/${name}`, 'utf8').matchAll(/interface PanelToolModules \{\s*'?([\w-]+)'?: true;\s*\}/g)].map((match) => [name, match[1]] as const),
    );
    expect(filed.filter(([name, id]) => name !== `${id}.tsx`)).toEqual([]);
    // An id kinds may offer is a tool with a panel section.
    expect(filed.filter(([, id]) => !fieldTools.find((tool) => tool.id === id)?.PanelSection)).toEqual([]);
    const offered = new Set(pageKindRegistry.flatMap((kind) => kind.offers?.tools ?? []));
    expect([...offered].filter((id) => !filed.some(([, filedId]) => filedId === id))).toEqual([]);
  });

  it('the panel offers on every page the tools for all pages, and only what the registry says', () => {
    for (const kind of pageKindIds) {
      const ids = toolsForKind(kind).map((tool) => tool.id);
      expect(ids).toEqual(fieldTools.filter((tool) => tool.PanelSection && (tool.kinds === 'all' || tool.kinds.includes(kind))).map((tool) => tool.id));
      expect(ids).toContain('deadlines');
    }
  });

  it('the layer, the panel’s tools section and the tools page name no tool themselves: they read the registry', () => {
    for (const file of ['components/field-tools/FieldToolsLayer.tsx', 'components/tools/PanelToolsSection.tsx', 'entrypoints/tools/ToolsPage.tsx', 'entrypoints/content/field-tools/index.ts']) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/from '[^']*field-tools\/tools\//);
      expect(source, file).not.toMatch(/CreditCodeTip|CoordinateCard|UploadTip|RenewalTip|CreditCodeChecker|FileChecker/);
    }
  });
});

import { demoEnterprise } from '../data/enterprise';
import { esc } from './html';

/** The cells every ckxm list shows for the enterprise's permit: 序号, 许可证编号, 单位名称, 行业类别. */
export function permitCells(): string[] {
  return ['1', esc(demoEnterprise.permitNumber), esc(demoEnterprise.name), esc(demoEnterprise.industry)];
}

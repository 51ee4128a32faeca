/**
 * Industries whose modules are online in the mock, offered by the 行业类别 selectors of the
 * 产品产能 and 废水产治排 cards. D462 (水处理) is deliberately absent: FAQ 7 and 11.
 */
export const onlineIndustries: { code: string; name: string }[] = [
  { code: 'C2211', name: '木竹浆制造' },
  { code: 'C2511', name: '原油加工及石油制品制造' },
  { code: 'C2614', name: '有机化学原料制造' },
  { code: 'C2631', name: '化学农药制造' },
  { code: 'C3011', name: '水泥制造' },
  { code: 'C3110', name: '炼铁' },
  { code: 'C3120', name: '炼钢' },
  { code: 'D4411', name: '火力发电' },
];

export function industryOptions(selected?: string): string {
  return [
    '<option value="">--请选择行业类别--</option>',
    ...onlineIndustries.map(
      (i) => `<option value="${i.code}"${i.code === selected ? ' selected="selected"' : ''}>${i.code} ${i.name}</option>`,
    ),
  ].join('');
}

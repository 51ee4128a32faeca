/** A small slice of the administrative divisions, enough for the 省/市/县 cascades. */
export interface Region {
  code: string;
  name: string;
  children?: Region[];
}

export const regions: Region[] = [
  {
    code: '110000',
    name: '北京市',
    children: [
      {
        code: '110100',
        name: '北京市',
        children: [
          { code: '110101', name: '东城区' },
          { code: '110105', name: '朝阳区' },
          { code: '110108', name: '海淀区' },
          { code: '110112', name: '通州区' },
        ],
      },
    ],
  },
  {
    code: '130000',
    name: '河北省',
    children: [
      {
        code: '130100',
        name: '石家庄市',
        children: [
          { code: '130102', name: '长安区' },
          { code: '130104', name: '桥西区' },
          { code: '130181', name: '辛集市' },
        ],
      },
      {
        code: '130200',
        name: '唐山市',
        children: [
          { code: '130202', name: '路南区' },
          { code: '130203', name: '路北区' },
          { code: '130281', name: '遵化市' },
        ],
      },
    ],
  },
  {
    code: '320000',
    name: '江苏省',
    children: [
      {
        code: '320100',
        name: '南京市',
        children: [
          { code: '320102', name: '玄武区' },
          { code: '320111', name: '浦口区' },
          { code: '320116', name: '六合区' },
        ],
      },
      {
        code: '320500',
        name: '苏州市',
        children: [
          { code: '320505', name: '虎丘区' },
          { code: '320506', name: '吴中区' },
          { code: '320594', name: '苏州工业园区' },
        ],
      },
    ],
  },
  {
    code: '440000',
    name: '广东省',
    children: [
      {
        code: '440100',
        name: '广州市',
        children: [
          { code: '440106', name: '天河区' },
          { code: '440112', name: '黄埔区' },
          { code: '440115', name: '南沙区' },
        ],
      },
      {
        code: '441900',
        name: '东莞市',
        children: [{ code: '441900', name: '东莞市（不设区）' }],
      },
    ],
  },
];

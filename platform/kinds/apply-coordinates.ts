import { defineKind } from './kind';

/**
 * The longitude/latitude picker of FAQ 20 (map, 经度/纬度, 拾取 / 定位 / 确定). Nobody has recorded
 * its URL or its buttons' exact texts, so only its Document names it: coordinate inputs with a
 * picking button, or with a map and a confirming button. Opened in a frame of a card, it is the
 * most specific page of the tab.
 */
const kind = defineKind({
  id: 'apply-coordinates',
  label: { zh: '申请表：经纬度选择', en: 'Application: longitude/latitude picker' },
  specificity: 4,
  precedence: 60,
  side: 'enterprise',
  group: 'application-card',
  offers: { tools: ['coordinates'], checks: ['ie-advice', 'flash'] },
  urlUnrecorded: true,
  urls: [],
  dom: [
    {
      strength: 'strong',
      test: (f) => {
        const { longitude, latitude } = f.coordinates();
        if (longitude.length === 0 || latitude.length === 0) return false;
        if (f.buttons(/拾取|定位|选点/).length > 0) return true;
        const map = f.has('#map, #mapDiv, #allmap, .map, [id*="map" i] canvas, iframe[src*="map" i], object, embed');
        return map && f.buttons(/^(?:确定|确认|保存)$/).length > 0;
      },
      fixtures: [
        '<h3>经纬度</h3>经度：<input name="a"> 纬度：<input name="b"><input type="button" value="拾取">',
        '<table><tr><td>经度</td><td><input id="a"></td><td>纬度</td><td><input id="b"></td></tr></table><button type="button">拾取</button>',
        '<label for="x1">经度</label><div><input id="x1"></div><label for="y1">纬度</label><div><input id="y1"></div><a href="javascript:void(0)" class="easyui-linkbutton"><span class="l-btn-text">定位</span></a>',
        '<input type="hidden" name="longitude"><input type="hidden" name="latitude"><input type="button" value="定位">',
        '<div id="map"></div>经度：<input name="longitude"> 纬度：<input name="latitude"><button type="button">确定</button>',
      ],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'apply-coordinates': typeof kind;
  }
}

import { text } from '../text';

export const noUserAgent = text('没有取得浏览器标识（User-Agent），无法判断。', 'No user agent string was collected; nothing to judge.');

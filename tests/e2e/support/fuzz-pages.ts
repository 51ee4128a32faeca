import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { findMockRoute, mockRoutes, type MockRoute } from '../../mock-platform/routes';
import { siteForHost } from '../../mock-platform/server';

/**
 * Generated pages for the fuzz test: real mock-platform pages, mutated from a seeded PRNG, served at
 * the platform's own paths so the content script runs on them. A page is fully determined by its
 * seed (`?__fuzz=SEED`), so a failure is reproduced by loading the same URL again.
 */

export type Mutation =
  | 'drop-body-close'
  | 'no-body-tags'
  | 'truncate'
  | 'duplicate-ids'
  | 'frameset'
  | 'deep-iframes'
  | 'huge-table'
  | 'document-write-head'
  | 'document-open-after-load'
  | 'reload-once'
  | 'navigate-away'
  | 'unicode-text'
  | 'huge-attributes'
  | 'weird-inputs'
  | 'odd-markup'
  | 'history-spam'
  | 'page-globals'
  | 'alert-calls'
  | 'dom-churn';

export const allMutations: readonly Mutation[] = [
  'drop-body-close',
  'no-body-tags',
  'truncate',
  'duplicate-ids',
  'frameset',
  'deep-iframes',
  'huge-table',
  'document-write-head',
  'document-open-after-load',
  'reload-once',
  'navigate-away',
  'unicode-text',
  'huge-attributes',
  'weird-inputs',
  'odd-markup',
  'history-spam',
  'page-globals',
  'alert-calls',
  'dom-churn',
];

export interface FuzzPage {
  seed: number;
  route: MockRoute;
  mutations: Mutation[];
  /** Path and query to load (on a platform host). */
  path: string;
  html: string;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = ReturnType<typeof prng>;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** Mock pages that forward the browser elsewhere as soon as they load (the landing page is not a fuzz page). */
const forwardingPaths = new Set(['/', '/eap/SingleSignOnXKZ', '/permitExt/jcjl/jcjl!jcjl.action', '/permitExt/outside/LicenseRedirect', '/cas/logout']);

/** Routes usable as a base: every mock page that renders a document of its own and stays on it. */
const baseRoutes = mockRoutes.filter(
  (route) =>
    !route.path.toLowerCase().includes('autologin') &&
    !forwardingPaths.has(route.path.split('?')[0] ?? '') &&
    route.render({ url: new URL(`https://permit.mee.gov.cn${route.path}`), method: 'GET', body: '' }).html.length > 1500,
);

const unicodePool = [
  '\u202e', // right-to-left override
  '\u200b\u200c\u200d\ufeff',
  '\ud83d\udca9\ud83c\udff3\ufe0f\u200d\ud83c\udf08',
  '\ud800', // lone surrogate
  '𠮷𡈼',
  '統一社會信用代碼',
  '\u0000\u0001\u001f',
  'ﾊﾝｶｸ',
  'Ｆｕｌｌ　ｗｉｄｔｈ　１２３',
  '<script>window.__injected=1</script>',
  '&amp;&lt;&#0;&#x110000;',
  'Z̸̢̛̖͓̙a̴̟͊l̷̠͒g̸͍̀o̷̩̊',
  '统一社会信用代码不正确',
  '系统错误，请联系管理员',
  '登录超时，请重新登录',
];

function randomText(random: Random, length: number): string {
  let out = '';
  while (out.length < length) {
    const roll = random();
    if (roll < 0.3) out += pick(random, unicodePool);
    else if (roll < 0.6) out += String.fromCharCode(int(random, 0x4e00, 0x9fff));
    else if (roll < 0.8) out += String.fromCodePoint(int(random, 0x20, 0x2fff));
    else out += String.fromCodePoint(int(random, 0x10000, 0x10ffff));
  }
  return out;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The first script of every page: proves the page's own scripts ran, before and after load. */
function markerScript(seed: number): string {
  return `<script>window.__pageScriptRan=true;document.documentElement.setAttribute('data-fuzz-script','${seed}');addEventListener('load',function(){window.__pageLoadRan=true;document.documentElement.setAttribute('data-fuzz-loaded','1');});</script>`;
}

function insertAfterHeadStart(html: string, insert: string): string {
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + insert + html.slice(head.index + head[0].length);
  const htmlTag = /<html[^>]*>/i.exec(html);
  if (htmlTag) return html.slice(0, htmlTag.index + htmlTag[0].length) + insert + html.slice(htmlTag.index + htmlTag[0].length);
  return insert + html;
}

function insertBeforeBodyEnd(html: string, insert: string): string {
  const end = html.search(/<\/body>/i);
  return end < 0 ? html + insert : html.slice(0, end) + insert + html.slice(end);
}

function bodyInner(html: string): string {
  const start = /<body[^>]*>/i.exec(html);
  const end = html.search(/<\/body>/i);
  if (!start) return '';
  return html.slice(start.index + start[0].length, end < 0 ? undefined : end);
}

/** The route's URL with the fuzz parameters in its query: before a hash route (`/app/#/list?…`), which the server never sees. */
function fuzzUrl(route: MockRoute, params: Record<string, string | number>): string {
  const hashAt = route.path.indexOf('#');
  const beforeHash = hashAt < 0 ? route.path : route.path.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : route.path.slice(hashAt);
  const [pathname, query = ''] = beforeHash.split('?');
  const search = new URLSearchParams(query);
  for (const [key, value] of Object.entries(params)) search.set(key, String(value));
  return `${pathname}?${search.toString()}${hash}`;
}

function applyMutation(mutation: Mutation, html: string, random: Random, seed: number, route: MockRoute): string {
  switch (mutation) {
    case 'drop-body-close':
      return html.replace(/<\/body>/gi, '').replace(/<\/html>/gi, '');
    case 'no-body-tags':
      return html.replace(/<\/?body[^>]*>/gi, '');
    case 'truncate': {
      const head = html.search(/<\/head>/i);
      const from = head < 0 ? Math.min(html.length, 200) : head;
      return html.slice(0, int(random, from, html.length));
    }
    case 'duplicate-ids':
      return insertBeforeBodyEnd(html, bodyInner(html).replace(/<script[\s\S]*?<\/script>/gi, ''));
    case 'frameset': {
      const frames = [0, 1, 2]
        .slice(0, int(random, 1, 3))
        .map((index) => `<frame name="f${index}" src="${escapeHtml(fuzzUrl(pick(random, baseRoutes), { __fuzz: seed, __frame: index }))}">`)
        .join('');
      const headEnd = html.search(/<\/head>/i);
      const head = headEnd < 0 ? `<html><head>${markerScript(seed)}` : html.slice(0, headEnd);
      return `${head}</head><frameset cols="40%,*">${frames}</frameset></html>`;
    }
    case 'deep-iframes':
      return insertBeforeBodyEnd(
        html,
        `<iframe id="deep" width="400" height="300" src="${escapeHtml(fuzzUrl(route, { __fuzz: seed, __depth: 1 }))}"></iframe>`,
      );
    case 'huge-table': {
      const rows: string[] = [];
      for (let row = 0; row < 5000; row += 1) rows.push(`<tr><td id="r${row % 50}">${row}</td><td>排污单位${row}</td><td><input name="v${row}" value="${row}"></td></tr>`);
      return insertBeforeBodyEnd(html, `<table class="list" id="huge">${rows.join('')}</table>`);
    }
    case 'document-write-head':
      return insertAfterHeadStart(
        html,
        `<script>document.write('<meta name="dw" content="1"><style>.dw{color:red}</style>');document.write('<p class="dw">document.write 在 head 中</p>');</script>`,
      );
    case 'document-open-after-load':
      return insertBeforeBodyEnd(
        html,
        `<script>addEventListener('load',function(){setTimeout(function(){document.open();document.write('<!doctype html><html><head><title>重写</title><script>window.__pageScriptRan=true;document.documentElement.setAttribute('data-fuzz-script','1');document.documentElement.setAttribute('data-fuzz-loaded','1');<\\/script></head><body><p>页面已被 document.open 重写</p></body></html>');document.close();},0);});</script>`,
      );
    case 'reload-once':
      return insertAfterHeadStart(
        html,
        `<script>try{if(!sessionStorage.getItem('fuzz-reload-${seed}')){sessionStorage.setItem('fuzz-reload-${seed}','1');document.documentElement.setAttribute('data-fuzz-leaving','1');location.reload();}}catch(e){}</script>`,
      );
    case 'navigate-away': {
      const target = fuzzUrl(pick(random, baseRoutes), { __fuzz: seed, __landing: 1 });
      return insertBeforeBodyEnd(
        html,
        `<script>document.documentElement.setAttribute('data-fuzz-leaving','1');setTimeout(function(){location.href=${JSON.stringify(target)};},${int(random, 0, 60)});</script>`,
      );
    }
    case 'unicode-text': {
      const pieces = Array.from({ length: int(random, 3, 12) }, () => `<p title="${escapeHtml(randomText(random, 30))}">${escapeHtml(randomText(random, int(random, 5, 400)))}</p>`);
      return insertBeforeBodyEnd(html.replace(/<title>[^<]*<\/title>/i, `<title>${escapeHtml(randomText(random, 40))}</title>`), pieces.join(''));
    }
    case 'huge-attributes': {
      const big = 'x'.repeat(int(random, 10_000, 200_000));
      let left = 12;
      return html.replace(/<(div|td|input|table|a)\b/gi, (tag) =>
        left > 0 && random() < 0.2 ? (left--, `${tag} data-big="${big}" title="${big.slice(0, 5000)}"`) : tag,
      );
    }
    case 'weird-inputs': {
      const names = ['__proto__', 'constructor', 'toString', '"><img src=x onerror=alert(1)>', '', ' ', '🙂', 'a'.repeat(5000), 'creditCode', 'tyshxydm', 'password', '经度', 'longitude', 'file', 'id', 'length'];
      const inputs = names.map((name) => {
        const type = pick(random, ['text', 'password', 'file', 'hidden', 'number', 'checkbox', 'date', 'search', 'bogus']);
        return `<input type="${type}" name="${escapeHtml(name)}" id="${escapeHtml(name)}" value="${escapeHtml(randomText(random, 20))}">`;
      });
      return insertBeforeBodyEnd(html, `<form name="weird" id="weird">${inputs.join('')}<select name="__proto__"><option>${escapeHtml(randomText(random, 10))}</option></select></form>`);
    }
    case 'odd-markup':
      return insertBeforeBodyEnd(
        html,
        pick(random, [
          '<svg><foreignObject><div id="tyshxydm">svg</div></foreignObject></svg><math><mi>x</mi></math>',
          '<template><input name="creditCode"><script>throw 1</script></template><noscript><p>noscript</p></noscript>',
          '<table><tr><td>unclosed<table><tr><td><div><span><b><i>',
          '<object data="data:text/html,obj"></object><embed type="text/plain"><marquee>滚动</marquee>',
          '<div style="position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.01)"></div>',
          `<custom-element-x><slot>${'<div>'.repeat(400)}深${'</div>'.repeat(400)}</slot></custom-element-x>`,
          '<iframe srcdoc="<p>srcdoc 页面</p><script>parent.__srcdoc=1</script>"></iframe><iframe src="about:blank"></iframe><iframe src="javascript:\'\'"></iframe>',
        ]),
      );
    case 'history-spam':
      return insertBeforeBodyEnd(
        html,
        `<script>for(var i=0;i<${int(random, 2, 30)};i++){history.pushState({i:i},'',location.pathname+location.search+'&step='+i);}history.replaceState(null,'',location.pathname+location.search);setTimeout(function(){history.back();},10);location.hash='#'+Math.random();</script>`,
      );
    case 'page-globals':
      return insertAfterHeadStart(
        html,
        `<script>window.chrome=undefined;window.browser={runtime:null};window.customElements&&(window.customElements.define=function(){throw new Error('page disabled customElements')});try{Object.defineProperty(window,'alert',{value:function(){},writable:false,configurable:false});}catch(e){}Array.prototype.fuzzPolluted=1;Object.prototype.fuzzPolluted=1;window.Promise=function(){};window.MutationObserver=undefined;window.requestIdleCallback=undefined;window.CustomEvent=function(){throw new Error('page disabled CustomEvent')};</script>`,
      );
    case 'alert-calls':
      return insertBeforeBodyEnd(
        html,
        `<script>try{alert('统一社会信用代码应为18位');alert();alert({toString:function(){throw new Error('x')}});alert(${JSON.stringify(randomText(random, 300))});alert(Symbol('s'));}catch(e){}</script>`,
      );
    case 'dom-churn':
      return insertBeforeBodyEnd(
        html,
        `<script>(function(){var n=0;var t=setInterval(function(){var d=document.createElement('div');d.className='error-tip';d.textContent='错误'+n;(document.body||document.documentElement).appendChild(d);if(n%3===0&&d.previousSibling)d.previousSibling.remove();if(n===10){var h=document.querySelector('permit-helper-panel');if(h)h.remove();}if(++n>20)clearInterval(t);},15);document.documentElement.setAttribute('lang','x-'+n);})();</script>`,
      );
  }
}

/** A small page for frames and nested iframes, itself a (lightly) mutated mock page. */
function framePage(seed: number, random: Random, depth: number, maxDepth: number): string {
  const route = pick(random, baseRoutes);
  // Deeper frames are small pages: the nesting is what is tested there, not the content.
  let html =
    depth >= 2
      ? `<!doctype html><html><head><title>第${depth}层</title></head><body><p>${escapeHtml(randomText(random, 40))}</p></body></html>`
      : route.render({ url: new URL(`https://permit.mee.gov.cn${route.path}`), method: 'GET', body: '' }).html;
  html = insertAfterHeadStart(html, markerScript(seed));
  if (depth < maxDepth) {
    html = insertBeforeBodyEnd(html, `<iframe width="300" height="200" src="${escapeHtml(fuzzUrl(route, { __fuzz: seed, __depth: depth + 1 }))}"></iframe>`);
  }
  if (random() < 0.5) html = applyMutation(pick(random, ['unicode-text', 'duplicate-ids', 'weird-inputs', 'drop-body-close'] as const), html, random, seed, route);
  return html;
}

export function fuzzPage(seed: number): FuzzPage {
  const random = prng(seed);
  const route = pick(random, baseRoutes);
  const count = int(random, 1, 3);
  const mutations: Mutation[] = [];
  // Seeds below the number of mutations exercise each mutation alone at least once.
  if (seed < allMutations.length) mutations.push(allMutations[seed]!);
  // history.back() of history-spam racing a scripted navigation hung the harness (seeds 10, 138 of an earlier set): kept apart.
  const exclusive = (a: Mutation, b: Mutation) => (a === 'history-spam' && b === 'navigate-away') || (a === 'navigate-away' && b === 'history-spam');
  while (mutations.length < count) {
    const next = pick(random, allMutations);
    if (!mutations.includes(next) && !mutations.some((taken) => exclusive(taken, next))) mutations.push(next);
  }
  const url = new URL(`https://${route.site === 'monitoring' ? 'wryjc.cnemc.cn' : 'permit.mee.gov.cn'}${route.path}`);
  let html = route.render({ url, method: 'GET', body: '' }).html;
  html = insertAfterHeadStart(html, markerScript(seed));
  for (const mutation of mutations) html = applyMutation(mutation, html, random, seed, route);
  if (!html.includes('__pageScriptRan')) html = markerScript(seed) + html;
  return { seed, route, mutations, path: fuzzUrl(route, { __fuzz: seed }), html };
}

/** The host a route lives on, for building its URL in the browser. */
export const fuzzHost = (page: FuzzPage) => (page.route.site === 'monitoring' ? 'wryjc.cnemc.cn' : 'permit.mee.gov.cn');

export interface FuzzServer {
  port: number;
  close(): Promise<void>;
}

function answer(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'permit.mee.gov.cn'}`);
  const send = (status: number, html: string) => {
    res.writeHead(status, { 'Content-Type': 'text/html; charset=UTF-8', 'Cache-Control': 'no-store' });
    res.end(html);
  };
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  const seedText = url.searchParams.get('__fuzz');
  if (seedText !== null) {
    const seed = Number(seedText);
    const depth = Number(url.searchParams.get('__depth') ?? '0');
    const frame = url.searchParams.get('__frame');
    const landing = url.searchParams.get('__landing');
    if (depth > 0) send(200, framePage(seed * 31 + depth, prng(seed * 131 + depth), depth, 5));
    else if (frame !== null) send(200, framePage(seed * 17 + Number(frame), prng(seed * 977 + Number(frame)), 0, 1));
    else if (landing !== null) send(200, framePage(seed * 7 + 3, prng(seed * 7919), 0, 0));
    else send(200, fuzzPage(seed).html);
    return;
  }
  // Links and frames of the base pages lead to the plain mock pages.
  const route = findMockRoute(siteForHost(req.headers.host), url);
  if (!route) {
    send(404, '<!doctype html><title>404</title><p>404</p>');
    return;
  }
  try {
    send(200, route.render({ url, method: req.method ?? 'GET', body: '' }).html);
  } catch {
    send(500, '<!doctype html><title>500</title><p>500</p>');
  }
}

/** Serves fuzz pages (and the plain mock pages they link to) over HTTP on a free port. */
export async function startFuzzServer(): Promise<FuzzServer> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    req.resume();
    answer(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

import { script } from './html';

/**
 * The hand-written jQuery-like helpers the 2017-era pages inline (the real site loads jQuery;
 * the mock never loads an external script). `$` takes `#id`, a selector, or a function to run
 * on DOM ready; `$.each` and `$.trim` mirror the jQuery calls the pages use; `$.guard` validates
 * a form on submit.
 */
export const legacyHelpers = script(`
var $ = window.$ = function (sel) {
  if (typeof sel === 'function') {
    if (document.readyState !== 'loading') { sel(); } else { document.addEventListener('DOMContentLoaded', sel); }
    return null;
  }
  if (sel.charAt(0) === '#' && sel.indexOf(' ') < 0) { return document.getElementById(sel.substring(1)); }
  return document.querySelectorAll(sel);
};
$.each = function (list, fn) { for (var i = 0; i < list.length; i++) { fn.call(list[i], i, list[i]); } };
$.trim = function (s) { return (s == null ? '' : String(s)).replace(/^\\s+|\\s+$/g, ''); };
$.on = function (el, type, fn) { if (el) { el.addEventListener(type, fn, false); } };
/** Runs check() on submit; a false result stops the submission. */
$.guard = function (form, check) {
  $.on(form, 'submit', function (e) { if (check.call(form) === false) { e.preventDefault(); } });
};
`);

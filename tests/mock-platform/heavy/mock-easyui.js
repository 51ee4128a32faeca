/*
 * A widget layer in the manner of jQuery EasyUI, on jQuery 1.12 and jQuery UI 1.13, for the mock's
 * pages of the real platform's weight (tests/mock-platform/heavy/). Like easyui it builds its widgets
 * at load from markup and JSON: a menu tree, tabs, data grids with pagers and fitted columns, form
 * fields wrapped in text boxes with validation, date pickers and combo boxes. Not a copy of easyui;
 * it does the same kind of work at load, so a page built with it costs what the platform's pages cost.
 */
(function ($) {
  'use strict';

  function esc(value) {
    return String(value == null ? '' : value)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  }

  /* Menu tree: nested lists from JSON, groups that fold, leaves as li.hrefli opening a tab. */
  $.fn.menutree = function (options) {
    var data = options.data || [];
    return this.each(function () {
      var $root = $('<ul class="tree"></ul>');
      $.each(data, function (groupIndex, group) {
        var $group = $('<li class="tree-group"></li>');
        var $node = $('<div class="tree-node"><span class="tree-hit tree-expanded"></span><span class="tree-title"></span></div>');
        $node.find('.tree-title').text(group.text);
        var $children = $('<ul></ul>');
        $.each(group.children || [], function (itemIndex, item) {
          var $item = $('<li class="hrefli"></li>').attr({ 'data-url': item.url, 'data-id': groupIndex + '-' + itemIndex });
          $item.append($('<div class="tree-node"><span class="tree-indent"></span><span class="tree-icon tree-file"></span><span class="tree-title"></span></div>'));
          $item.find('.tree-title').text(item.text);
          $item.data('menu', item);
          $children.append($item);
        });
        $node.on('click', function () {
          $node.find('.tree-hit').toggleClass('tree-expanded tree-collapsed');
          $children.toggle();
        });
        $group.append($node, $children);
        $root.append($group);
      });
      $root.on('mouseenter', '.tree-node', function () { $(this).addClass('tree-node-hover'); });
      $root.on('mouseleave', '.tree-node', function () { $(this).removeClass('tree-node-hover'); });
      $root.on('click', 'li.hrefli', function (event) {
        event.stopPropagation();
        $root.find('li.tree-node-selected').removeClass('tree-node-selected');
        $(this).addClass('tree-node-selected');
        if (options.onSelect) options.onSelect.call(this, $(this).data('menu'));
      });
      $(this).empty().append($root);
    });
  };

  /* Data grid: header and body built as HTML strings, columns fitted to the header by measuring, a pager. */
  $.fn.datagrid = function (options) {
    var columns = options.columns;
    var rows = options.data || [];
    var pageSize = options.pageSize || rows.length;
    return this.each(function () {
      var $panel = $(this).addClass('datagrid ui-widget ui-widget-content ui-corner-all');
      var head = ['<table class="datagrid-htable"><tr class="datagrid-header-row">'];
      if (options.checkbox) head.push('<th class="datagrid-cell-check"><input type="checkbox" class="dg-check-all" /></th>');
      $.each(columns, function (i, column) {
        head.push('<th field="' + column.field + '"><div class="datagrid-cell">' + esc(column.title) + '<span class="datagrid-sort-icon"></span></div></th>');
      });
      head.push('</tr></table>');
      var body = ['<table class="datagrid-btable"><tbody>'];
      for (var r = 0; r < rows.length && r < pageSize; r++) {
        var row = rows[r];
        body.push('<tr class="datagrid-row' + (r % 2 ? ' datagrid-row-alt' : '') + '" datagrid-row-index="' + r + '">');
        if (options.checkbox) body.push('<td class="datagrid-cell-check"><input type="checkbox" name="ck" value="' + r + '" /></td>');
        for (var c = 0; c < columns.length; c++) {
          var column = columns[c];
          var value = row[column.field];
          var html = column.formatter ? column.formatter(value, row, r) : esc(value);
          body.push('<td field="' + column.field + '"><div class="datagrid-cell">' + html + '</div></td>');
        }
        body.push('</tr>');
      }
      body.push('</tbody></table>');
      var $header = $('<div class="datagrid-header"></div>').html(head.join(''));
      var $body = $('<div class="datagrid-body"></div>').html(body.join(''));
      var $pager = $('<div class="datagrid-pager"></div>');
      $panel.empty().append($header, $body, $pager);

      // fitColumns: the header cells set the width of the body's cells (easyui reads the layout here).
      var $firstRow = $body.find('tr.datagrid-row').first().children('td');
      var widths = $header.find('th').map(function () { return $(this).outerWidth(); }).get();
      $.each(widths, function (index, width) { $firstRow.eq(index).css('width', width + 'px'); });
      $body.find('tr.datagrid-row').each(function () {
        var $row = $(this);
        $row.data('index', Number($row.attr('datagrid-row-index')));
      });
      $body.on('mouseenter', 'tr.datagrid-row', function () { $(this).addClass('datagrid-row-over'); });
      $body.on('mouseleave', 'tr.datagrid-row', function () { $(this).removeClass('datagrid-row-over'); });
      $body.on('click', 'tr.datagrid-row', function () {
        $body.find('tr.datagrid-row-selected').removeClass('datagrid-row-selected');
        $(this).addClass('datagrid-row-selected');
      });
      $header.on('click', '.dg-check-all', function () {
        $body.find('input[name=ck]').prop('checked', this.checked);
      });
      $header.find('th[field]').on('click', function () {
        $(this).find('.datagrid-sort-icon').toggleClass('datagrid-sort-asc');
      });

      var pages = Math.max(1, Math.ceil(rows.length / pageSize));
      $pager.append(
        $('<button type="button" class="pagination-first">首页</button>').button(),
        $('<button type="button" class="pagination-prev">上一页</button>').button(),
        $('<span class="pagination-num"></span>').text('第 1 页，共 ' + pages + ' 页'),
        $('<button type="button" class="pagination-next">下一页</button>').button(),
        $('<button type="button" class="pagination-last">末页</button>').button(),
        $('<span class="pagination-info"></span>').text('显示 1 到 ' + Math.min(pageSize, rows.length) + '，共 ' + rows.length + ' 条记录')
      );
    });
  };

  /* Form fields: every input wrapped in a text box with its validation, dates get a date picker, selects a combo. */
  $.fn.parseform = function () {
    return this.each(function () {
      var $form = $(this);
      $form.find('input[type=text], input:not([type]), textarea').each(function () {
        var $input = $(this);
        $input.addClass('textbox-text validatebox-text');
        $input.wrap('<span class="textbox"></span>');
        var required = $input.attr('data-required') === 'true';
        var check = function () {
          var invalid = required && $.trim($input.val()) === '';
          $input.toggleClass('validatebox-invalid', invalid);
          $input.parent().toggleClass('textbox-invalid', invalid);
        };
        $input.on('blur.validatebox keyup.validatebox', check);
        $input.on('focus.validatebox', function () { $input.parent().addClass('textbox-focused'); });
        $input.on('blur.textbox', function () { $input.parent().removeClass('textbox-focused'); });
        check();
      });
      $form.find('input.date').datepicker({ dateFormat: 'yy-mm-dd', changeMonth: true, changeYear: true });
      $form.find('select.combo').each(function () {
        var $select = $(this);
        var source = $select.find('option').map(function () { return $(this).text(); }).get();
        var $combo = $('<input type="text" class="combo-text" />').val($select.find('option:selected').text());
        $select.hide().after($combo);
        $combo.autocomplete({ source: source, minLength: 0 });
        $combo.on('autocompleteselect', function (event, ui) {
          $select.find('option').filter(function () { return $(this).text() === ui.item.value; }).prop('selected', true);
        });
      });
      $form.find('.panel-tool').tooltip();
    });
  };

  /* Tabs over jQuery UI tabs, with a close button per tab and an iframe per tab opened from the menu. */
  $.fn.pagetabs = function () {
    return this.each(function () {
      var $tabs = $(this).tabs();
      $tabs.on('click', 'span.tabs-close', function () {
        var $li = $(this).closest('li');
        $($li.find('a').attr('href')).remove();
        $li.remove();
        $tabs.tabs('refresh');
      });
      $tabs.data('open', function (item) {
        var id = 'tab-' + String(item.url).replace(/\W+/g, '-');
        if ($('#' + id).length === 0) {
          $tabs.find('ul.tabs-header').first().append('<li><a href="#' + id + '">' + esc(item.text) + '</a><span class="tabs-close">×</span></li>');
          $tabs.append('<div id="' + id + '" class="tabs-panel"><iframe frameborder="0" src="' + esc(item.url) + '"></iframe></div>');
          $tabs.tabs('refresh');
        }
        $tabs.tabs('option', 'active', $tabs.find('ul.tabs-header').first().children('li').length - 1);
      });
    });
  };

  $(function () {
    $('.easyui-accordion').accordion({ heightStyle: 'content', collapsible: true });
    $('.easyui-dialog').dialog({ autoOpen: false, modal: true, width: 420 });
    $('a.easyui-linkbutton, input.btn, button.btn').button();
  });
})(jQuery);

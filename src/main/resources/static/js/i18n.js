// Language support for the page scripts: numbers in the page's language (the lang attribute of <html>, set by the
// server) and ECharts options adapted to it: the page's font (Nastaliq for Urdu, Noto Sans SC for Chinese), axis and
// tooltip numbers through Intl.NumberFormat, and mirrored axes for right-to-left pages. Visible words never live
// here or in any page script: templates pass them in data-* attributes from the message bundles.
(function () {
  var root = document.documentElement;
  var lang = root.lang || 'en';
  var rtl = root.dir === 'rtl';
  var formats = {};

  function formatter(maxDigits) {
    var key = String(maxDigits);
    if (!formats[key]) {
      try {
        formats[key] = new Intl.NumberFormat(lang, { maximumFractionDigits: maxDigits });
      } catch (e) {
        formats[key] = new Intl.NumberFormat(undefined, { maximumFractionDigits: maxDigits });
      }
    }
    return formats[key];
  }

  function number(value, maxDigits) {
    if (value === null || value === undefined || value === '' || isNaN(Number(value))) { return value; }
    return formatter(maxDigits === undefined ? 2 : maxDigits).format(Number(value));
  }

  function each(axes, fn) {
    if (!axes) { return; }
    (Array.isArray(axes) ? axes : [axes]).forEach(fn);
  }

  function localize(option) {
    var family = window.getComputedStyle(document.body).fontFamily;
    option.textStyle = Object.assign({ fontFamily: family }, option.textStyle || {});
    if (option.tooltip && !option.tooltip.formatter && !option.tooltip.valueFormatter) {
      option.tooltip.valueFormatter = function (v) { return number(v); };
    }
    function numeric(axis) {
      if (axis.type === 'value' || axis.type === 'log') {
        axis.axisLabel = Object.assign({ formatter: function (v) { return number(v); } }, axis.axisLabel || {});
      }
    }
    each(option.xAxis, function (axis) {
      numeric(axis);
      if (rtl && !axis.quadhubMirrored) { axis.inverse = !axis.inverse; axis.quadhubMirrored = true; }
    });
    each(option.yAxis, function (axis) {
      numeric(axis);
      if (rtl && !axis.position) { axis.position = 'right'; }
    });
    if (rtl && option.legend && option.legend.left === undefined) { option.legend.right = 0; }
    return option;
  }

  window.QuadHubI18n = { lang: lang, rtl: rtl, number: number, localize: localize };

  // Every chart on every page gets localize() without its script doing anything: when the ECharts library
  // (loaded after this file) registers its global, charts created through it pass their options through localize.
  function patch(lib) {
    if (!lib || lib.__quadhubLocalized || typeof lib.init !== 'function') { return lib; }
    var init = lib.init;
    lib.init = function () {
      var chart = init.apply(lib, arguments);
      var setOption = chart.setOption;
      chart.setOption = function (option) {
        var args = Array.prototype.slice.call(arguments);
        if (option && typeof option === 'object') { args[0] = localize(option); }
        return setOption.apply(chart, args);
      };
      return chart;
    };
    lib.__quadhubLocalized = true;
    return lib;
  }
  if (!('echarts' in window)) {
    var library;
    Object.defineProperty(window, 'echarts', {
      configurable: true,
      get: function () { return patch(library); },
      set: function (value) { library = value; }
    });
  }
})();

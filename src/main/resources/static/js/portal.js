// Public portal charts, drawn from the data attributes the server rendered (all labels come from the bundle).
(function () {
  if (typeof echarts === 'undefined') { return; }
  var rtl = document.documentElement.getAttribute('dir') === 'rtl';

  function parse(el, name) { return JSON.parse(el.getAttribute('data-' + name) || '[]'); }

  function draw(el, option) {
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  var programme = document.getElementById('programme-chart');
  if (programme) {
    var millions = function (list) { return list.map(function (v) { return v === null ? null : Math.round(Number(v) / 1e4) / 100; }); };
    draw(programme, {
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', inverse: rtl, data: parse(programme, 'years') },
      yAxis: { type: 'value', position: rtl ? 'right' : 'left', name: programme.getAttribute('data-label-unit') },
      animationDuration: 300,
      series: [
        { name: programme.getAttribute('data-label-accepted'), type: 'bar', data: millions(parse(programme, 'accepted')),
          itemStyle: { color: '#01665e' } },
        { name: programme.getAttribute('data-label-trajectory'), type: 'line', data: millions(parse(programme, 'trajectory')),
          itemStyle: { color: '#8c510a' }, lineStyle: { type: 'dashed' } }
      ]
    });
  }

  var quad = document.getElementById('quad-chart');
  if (quad) {
    var numbers = function (list) { return list.map(function (v) { return v === null ? null : Math.round(Number(v)); }); };
    draw(quad, {
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', inverse: rtl, data: parse(quad, 'months') },
      yAxis: { type: 'value', position: rtl ? 'right' : 'left', name: quad.getAttribute('data-label-unit') },
      animationDuration: 300,
      series: [
        { name: quad.getAttribute('data-label-trajectory'), type: 'line', showSymbol: false, data: numbers(parse(quad, 'expected')),
          itemStyle: { color: '#8c510a' }, lineStyle: { type: 'dashed' } },
        { name: quad.getAttribute('data-label-accepted'), type: 'bar', data: numbers(parse(quad, 'accepted')),
          itemStyle: { color: '#01665e' } }
      ]
    });
  }
})();

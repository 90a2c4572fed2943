// Skills gap chart: one bar series per category, years along the axis; positive bars are shortfalls.
// Every string comes from the page (data attributes), so the chart follows the page's language.
(function () {
  if (typeof echarts === 'undefined') { return; }
  var holder = document.getElementById('skills-data');
  var el = document.getElementById('skills-chart');
  if (!holder || !el) { return; }
  var d = JSON.parse(holder.dataset.chart || '{}');
  var colours = ['#1f6f8b', '#99a8b2', '#e6a157', '#7a4069'];
  var rtl = document.documentElement.getAttribute('dir') === 'rtl';
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: d.years || [], inverse: rtl },
    yAxis: { type: 'value', name: holder.dataset.axis, position: rtl ? 'right' : 'left' },
    series: (d.series || []).map(function (s, i) {
      return {
        name: s.name, type: 'bar', data: s.gap, itemStyle: { color: colours[i % colours.length] },
        markLine: i === 0 ? { symbol: 'none', silent: true, data: [{ yAxis: 0, name: holder.dataset.shortfall }],
          lineStyle: { color: '#333' }, label: { formatter: holder.dataset.shortfall } } : undefined
      };
    })
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();

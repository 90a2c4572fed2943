// Draws the "QUADs by status" bar chart from the data attributes the server rendered.
(function () {
  var el = document.getElementById('status-chart');
  if (!el || typeof echarts === 'undefined') { return; }
  var labels = JSON.parse(el.dataset.labels || '[]');
  var values = JSON.parse(el.dataset.values || '[]');
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: labels, axisLabel: { rotate: 35, interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    animationDuration: 300,
    series: [{ type: 'bar', data: values, itemStyle: { color: '#01665e' } }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();

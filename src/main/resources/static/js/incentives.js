// Draws "cost vs net foreign exchange by year" (USD million) from the data attributes the server rendered.
(function () {
  var el = document.getElementById('fiscal-chart');
  if (!el || typeof echarts === 'undefined') { return; }
  var years = JSON.parse(el.dataset.years || '[]');
  if (years.length === 0) { el.hidden = true; return; }
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 4 },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', name: el.dataset.unit },
    animationDuration: 300,
    series: [
      { name: el.dataset.costLabel, type: 'bar', data: JSON.parse(el.dataset.cost || '[]'), itemStyle: { color: '#b3261e' } },
      { name: el.dataset.forexLabel, type: 'line', data: JSON.parse(el.dataset.forex || '[]'), itemStyle: { color: '#01665e' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();

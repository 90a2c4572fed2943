// Draws a matching run's best soft score over time from the data attribute the server rendered; redraws after
// every htmx refresh of the live section.
(function () {
  function draw() {
    var el = document.getElementById('score-chart');
    if (!el || typeof echarts === 'undefined') { return; }
    var history = JSON.parse(el.dataset.history || '[]');
    if (history.length === 0) { el.style.display = 'none'; return; }
    var points = history.map(function (p) {
      var soft = parseInt((p.score.split('/')[1] || '0').replace('soft', ''), 10);
      return [p.millis / 1000, soft];
    });
    var chart = echarts.getInstanceByDom(el) || echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', name: el.dataset.unitSeconds },
      yAxis: { type: 'value', scale: true },
      animation: false,
      series: [{ type: 'line', step: 'end', data: points, showSymbol: points.length < 3, symbolSize: 8, itemStyle: { color: '#01665e' } }]
    });
  }
  // When a run the page was watching stops solving, load the page again: the breakdowns and the constraint
  // justifications are rendered only for a run that has finished.
  function finished() {
    var live = document.getElementById('run-live');
    if (live && !live.hasAttribute('hx-get') && !document.getElementById('justifications')) {
      window.location.reload();
      return true;
    }
    return false;
  }
  draw();
  document.body.addEventListener('htmx:afterSwap', function () {
    if (!finished()) { draw(); }
  });
})();

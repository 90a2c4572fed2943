// Approvals charts, drawn from data attributes the server rendered: the case timeline and the agency league table.
(function () {
  if (typeof echarts === 'undefined') { return; }

  var timeline = document.getElementById('case-timeline');
  if (timeline) {
    var bars = JSON.parse(timeline.dataset.bars || '[]');
    var now = Date.now();
    var colours = { APPROVED: '#2e7d32', DEEMED_APPROVED: '#66bb6a', OPEN: '#0b5394', QUERIED: '#f9a825',
      ESCALATED: '#b3261e', REJECTED: '#b3261e', WAITING: '#9e9e9e' };
    var names = bars.map(function (b) { return b.name; });
    var data = [];
    var dues = [];
    bars.forEach(function (b, i) {
      if (b.opened) {
        data.push({ value: [i, b.opened, b.decided || now], itemStyle: { color: colours[b.state] || '#607d8b' } });
      }
      if (b.due) { dues.push([b.due, i]); }
    });
    var chart = echarts.init(timeline, null, { renderer: 'svg' });
    chart.setOption({
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      // ECharts puts a formatter's string in the page as HTML: names come from user data, so encode them
      tooltip: { formatter: function (p) { return echarts.format.encodeHTML(p.seriesIndex === 0 ? names[p.value[0]] : names[p.value[1]]); } },
      xAxis: { type: 'time' },
      yAxis: { type: 'category', data: names, inverse: true },
      animationDuration: 300,
      series: [{
        type: 'custom',
        renderItem: function (params, api) {
          var start = api.coord([api.value(1), api.value(0)]);
          var end = api.coord([api.value(2), api.value(0)]);
          var height = api.size([0, 1])[1] * 0.5;
          return { type: 'rect', shape: { x: start[0], y: start[1] - height / 2, width: Math.max(end[0] - start[0], 2),
            height: height }, style: api.style() };
        },
        encode: { x: [1, 2], y: 0 },
        data: data
      }, {
        type: 'scatter', name: timeline.dataset.labelDue, symbol: 'diamond', symbolSize: 12,
        itemStyle: { color: '#b3261e' }, data: dues
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  var league = document.getElementById('league-chart');
  if (league) {
    var rows = JSON.parse(league.dataset.rows || '[]');
    var agencies = rows.map(function (r) { return r.key; });
    var chart2 = echarts.init(league, null, { renderer: 'svg' });
    chart2.setOption({
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: agencies },
      yAxis: { type: 'value', minInterval: 1 },
      animationDuration: 300,
      series: [
        { name: league.dataset.labelMedian, type: 'bar', data: rows.map(function (r) { return r.medianWorkingDays; }),
          itemStyle: { color: '#01665e' } },
        { name: league.dataset.labelP90, type: 'bar', data: rows.map(function (r) { return r.p90WorkingDays; }),
          itemStyle: { color: '#80cdc1' } },
        { name: league.dataset.labelOverdue, type: 'line', data: rows.map(function (r) { return r.overdueNow; }),
          itemStyle: { color: '#b3261e' } }
      ]
    });
    window.addEventListener('resize', function () { chart2.resize(); });
  }
})();

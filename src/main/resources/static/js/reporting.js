// Reporting charts: the programme dashboard and a QUAD's trajectory, from JSON the server rendered.
(function () {
  if (typeof echarts === 'undefined') { return; }
  var charts = [];
  function draw(el, option) {
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option);
    charts.push(chart);
  }
  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.dataset.chart || '{}') : null;
  }
  var bn = function (v) { return Math.round(Number(v) / 1e7) / 100; };
  var m = function (v) { return Math.round(Number(v) / 1e4) / 100; };
  var colours = { ON_TRACK: '#1a9850', AT_RISK: '#fdae61', OFF_TRACK: '#d73027', NOT_STARTED: '#999' };

  var d = data('dashboard-data');
  if (d) {
    var L = d.labels;
    var multiples = document.getElementById('multiples');
    (d.quads || []).forEach(function (q) {
      var box = document.createElement('div');
      box.className = 'multiple';
      var title = document.createElement('h3');
      var link = document.createElement('a');
      link.href = '/quads/' + q.id + '/reporting';
      link.textContent = q.name;
      title.appendChild(link);
      var chartEl = document.createElement('div');
      chartEl.className = 'mini-chart';
      box.appendChild(title);
      box.appendChild(chartEl);
      multiples.appendChild(box);
      draw(chartEl, {
        grid: { left: 4, right: 4, top: 8, bottom: 4, containLabel: true },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: q.years.map(function (y) { return y.year; }), axisLabel: { fontSize: 9 } },
        yAxis: { type: 'value', axisLabel: { fontSize: 9 } },
        series: [
          { name: L.actual + ' (' + L.m + ')', type: 'bar', data: q.years.map(function (y) { return m(y.actualUsd); }),
            itemStyle: { color: colours[q.standing] } },
          { name: L.trajectory + ' (' + L.m + ')', type: 'line', data: q.years.map(function (y) { return m(y.expectedUsd); }),
            symbol: 'none', lineStyle: { color: '#333', type: 'dashed' } }
        ]
      });
    });
    var years = (d.programme || []).map(function (y) { return y.year; });
    draw(document.getElementById('programme-chart'), {
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: years },
      yAxis: { type: 'value', name: L.bn, max: function (v) { return Math.max(v.max, bn(d.targetUsd) * 1.05); } },
      series: [
        { name: L.actual, type: 'bar', data: d.programme.map(function (y) { return bn(y.actualUsd); }), itemStyle: { color: '#01665e' } },
        { name: L.trajectory, type: 'line', data: d.programme.map(function (y) { return bn(y.trajectoryUsd); }), symbol: 'none' },
        { name: L.target, type: 'line', data: d.programme.map(function () { return bn(d.targetUsd); }), symbol: 'none',
          lineStyle: { color: '#d73027', type: 'dotted' },
          markPoint: { data: [{ coord: [String(d.targetYear), bn(d.targetUsd)], value: d.targetYear }] } }
      ]
    });
    var dest = d.destinations || [];
    draw(document.getElementById('destinations-chart'), {
      grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: dest.map(function (a) { return a.name; }) },
      series: [{ type: 'bar', name: L.m, data: dest.map(function (a) { return m(a.usd); }), itemStyle: { color: '#35978f' } }]
    });
    draw(document.getElementById('regions-chart'), {
      tooltip: { trigger: 'item' },
      series: [{ type: 'pie', radius: ['35%', '70%'], name: L.m,
        data: (d.regions || []).map(function (a) { return { name: a.name, value: m(a.usd) }; }) }]
    });
    var jobs = d.jobs || [];
    draw(document.getElementById('jobs-chart'), {
      grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: jobs.map(function (j) { return j.category; }), axisLabel: { interval: 0, rotate: 20 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: L.jobs, type: 'bar', data: jobs.map(function (j) { return j.jobs; }), itemStyle: { color: '#01665e' } },
        { name: L.women, type: 'bar', data: jobs.map(function (j) { return j.women; }), itemStyle: { color: '#c7eae5' } }
      ]
    });
  }

  var q = data('quad-data');
  if (q && q.months) {
    var Q = q.labels;
    var months = q.months;
    var low = months.map(function (p) { return p.forecastLowUsd == null ? null : m(p.forecastLowUsd); });
    var width = months.map(function (p) {
      return p.forecastHighUsd == null ? null : m(p.forecastHighUsd) - m(p.forecastLowUsd);
    });
    draw(document.getElementById('trajectory-chart'), {
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [Q.actual, Q.trajectory, Q.forecast, Q.band] },
      xAxis: { type: 'category', data: months.map(function (p) { return p.month; }) },
      yAxis: { type: 'value', name: Q.m },
      series: [
        { name: 'low', type: 'line', stack: 'band', data: low, symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false } }, // i18n-ok: hidden series
        { name: Q.band, type: 'line', stack: 'band', data: width, symbol: 'none', lineStyle: { opacity: 0 },
          areaStyle: { color: '#c7eae5' } },
        { name: Q.actual, type: 'bar', data: months.map(function (p) { return p.actualUsd == null ? null : m(p.actualUsd); }),
          itemStyle: { color: '#01665e' } },
        { name: Q.trajectory, type: 'line', data: months.map(function (p) { return m(p.expectedUsd); }), symbol: 'none',
          lineStyle: { color: '#333', type: 'dashed' } },
        { name: Q.forecast, type: 'line', data: months.map(function (p) { return p.forecastUsd == null ? null : m(p.forecastUsd); }),
          symbol: 'none', lineStyle: { color: '#8c510a' } }
      ]
    });
  }
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();

// Upload page: show how much of the file has been sent while the browser transfers it (htmx XHR progress);
// the server's own progress (rows read) follows in #upload-status.
(function () {
  var form = document.getElementById('upload-form');
  var bar = document.getElementById('upload-transfer');
  var text = document.getElementById('upload-transfer-text');
  if (!form || !bar || !text) { return; }
  form.addEventListener('htmx:xhr:progress', function (evt) {
    var detail = evt.detail || {};
    if (!detail.lengthComputable || !detail.total) { return; }
    var percent = Math.floor(detail.loaded * 100 / detail.total);
    bar.hidden = false;
    text.hidden = false;
    bar.value = percent;
    text.textContent = (percent >= 100 ? text.dataset.received : text.dataset.sending).replace('{0}', String(percent));
  });
})();

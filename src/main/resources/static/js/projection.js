// Projection charts: fan chart, net forex, jobs and tornado on a run page; median lines on the compare page.
(function () {
  if (typeof echarts === 'undefined') { return; }
  var BN = 1e9;
  function round(v, digits) { var f = Math.pow(10, digits); return Math.round(v * f) / f; }
  function years(run) { return run.years.map(function (y) { return y.year; }); }
  function pick(run, metric, key, scale) {
    return run.years.map(function (y) { return round(y[metric][key] / scale, 3); });
  }
  // A P10-P90 band as two stacked areas: an invisible base at P10 and the band's height on top.
  function band(name, run, metric, scale, color, stack) {
    var low = pick(run, metric, 'p10', scale);
    var high = pick(run, metric, 'p90', scale);
    return [
      { name: name, type: 'line', stack: stack, data: low, lineStyle: { opacity: 0 }, symbol: 'none', silent: true,
        tooltip: { show: false } },
      { name: name, type: 'line', stack: stack, symbol: 'none', lineStyle: { opacity: 0 },
        areaStyle: { color: color, opacity: 0.25 },
        data: high.map(function (h, i) { return round(h - low[i], 3); }), tooltip: { show: false } }
    ];
  }
  function chart(id) {
    var el = document.getElementById(id);
    if (!el) { return null; }
    var c = echarts.init(el, null, { renderer: 'svg' });
    window.addEventListener('resize', function () { c.resize(); });
    return c;
  }
  function base(labels, x, unit) {
    return {
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: x, name: labels.labelYear },
      yAxis: { type: 'value', name: unit },
      animationDuration: 300
    };
  }

  var charts = document.getElementById('projection-charts');
  if (charts) {
    var l = charts.dataset;
    fetch(charts.dataset.url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (run) {
        var x = years(run);
        var target = Number(l.target) / BN;
        var fan = chart('fan-chart');
        if (fan) {
          var o = base(l, x, l.labelBn);
          o.series = band(l.labelBand, run, 'exports', BN, '#01665e', 'exports').concat([
            { name: l.labelP50, type: 'line', data: pick(run, 'exports', 'p50', BN), color: '#01665e',
              markLine: { symbol: 'none', lineStyle: { color: '#b2182b', type: 'dashed' },
                label: { position: 'insideEndTop', formatter: l.labelTarget + ' ' + QuadHubI18n.number(target) + ' ' + l.labelBn }, data: [{ yAxis: target }] } },
            { name: l.labelMean, type: 'line', data: pick(run, 'exports', 'mean', BN), color: '#8c510a',
              lineStyle: { type: 'dotted' } }
          ]);
          o.yAxis.max = function (v) { return Math.max(v.max, target) * 1.05; };
          fan.setOption(o);
        }
        var forex = chart('forex-chart');
        if (forex) {
          var f = base(l, x, l.labelBn);
          f.series = band(l.labelBand, run, 'netForex', BN, '#5ab4ac', 'forex').concat([
            { name: l.labelForex, type: 'line', data: pick(run, 'netForex', 'p50', BN), color: '#01665e' }]);
          forex.setOption(f);
        }
        var jobs = chart('jobs-chart');
        if (jobs) {
          var j = base(l, x, '');
          j.series = band(l.labelDirect + ' ' + l.labelBand, run, 'directJobs', 1, '#01665e', 'direct')
            .concat(band(l.labelIndirect + ' ' + l.labelBand, run, 'indirectJobs', 1, '#d8b365', 'indirect'))
            .concat([
              { name: l.labelDirect, type: 'line', data: pick(run, 'directJobs', 'p50', 1), color: '#01665e' },
              { name: l.labelIndirect, type: 'line', data: pick(run, 'indirectJobs', 'p50', 1), color: '#8c510a' }]);
          jobs.setOption(j);
        }
        var tornado = chart('tornado-chart');
        if (tornado && run.tornado) {
          var bars = run.tornado.bars.slice().reverse();
          var baseline = run.tornado.baseExportsUsd;
          var names = bars.map(function (b) { return b.parameter.replace('sectors.', ''); });
          tornado.setOption({
            grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
            tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
            legend: { top: 0 },
            xAxis: { type: 'value', name: l.labelBn },
            yAxis: { type: 'category', data: names },
            animationDuration: 300,
            series: [
              { name: l.labelLow, type: 'bar', barGap: '-100%', color: '#d8b365',
                data: bars.map(function (b) { return round((b.lowExportsUsd - baseline) / BN, 2); }) },
              { name: l.labelHigh, type: 'bar', color: '#5ab4ac',
                data: bars.map(function (b) { return round((b.highExportsUsd - baseline) / BN, 2); }) }
            ]
          });
          document.getElementById('tornado-chart').style.height = Math.max(200, 60 + 28 * bars.length) + 'px';
          tornado.resize();
        }
      });
  }

  var compare = document.getElementById('compare-chart');
  if (compare) {
    var d = compare.dataset;
    fetch(d.url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (runs) {
        var done = runs.filter(function (r) { return r.years; });
        if (!done.length) { return; }
        var longest = done.reduce(function (a, b) { return a.years.length >= b.years.length ? a : b; });
        var c = chart('compare-chart');
        var o = base(d, years(longest), d.labelBn);
        o.series = done.map(function (r) {
          return { name: r.name + ' (#' + r.id + ')', type: 'line', data: pick(r, 'exports', 'p50', BN) };
        });
        o.series[0].markLine = { symbol: 'none', lineStyle: { color: '#b2182b', type: 'dashed' },
          label: { position: 'insideEndTop', formatter: d.labelTarget + ' ' + QuadHubI18n.number(200) + ' ' + d.labelBn }, data: [{ yAxis: 200 }] };
        c.setOption(o);
      });
  }
})();

// Draws the product space (ECharts force graph) from the JSON the server rendered into data-space.
(function () {
  var el = document.getElementById('product-space');
  if (!el || typeof echarts === 'undefined') { return; }
  var space = JSON.parse(el.dataset.space || '{}');
  var palette = ['#8dd3c7', '#e6ab02', '#bebada', '#fb8072', '#80b1d3', '#fdb462', '#b3de69', '#fccde5',
    '#1b9e77', '#bc80bd', '#ccebc5', '#ffed6f', '#7570b3'];
  var max = 0;
  space.nodes.forEach(function (n) { if (n.worldExports > max) { max = n.worldExports; } });
  var nodes = space.nodes.map(function (n) {
    var colour = palette[n.section % palette.length];
    return {
      id: String(n.product), name: n.product + ' ' + n.name, category: n.section,
      symbolSize: 4 + 16 * Math.sqrt(max > 0 ? n.worldExports / max : 0),
      value: n.pci,
      itemStyle: n.held ? { color: colour, borderColor: '#1b1f24', borderWidth: 1 }
        : { color: '#ffffff', borderColor: colour, borderWidth: 1.5 }
    };
  });
  var edges = space.edges.map(function (e) {
    return { source: String(space.nodes[e.source].product), target: String(space.nodes[e.target].product),
      value: e.proximity, lineStyle: { opacity: 0.15 + 0.5 * e.proximity } };
  });
  var categories = space.sections.map(function (s, i) {
    return { name: s.name, itemStyle: { color: palette[i % palette.length] } };
  });
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    tooltip: { formatter: function (p) {
      var enc = echarts.format.encodeHTML; // names come from uploaded trade data: never HTML
      if (p.dataType === 'edge') { return enc(p.data.source) + ' – ' + enc(p.data.target) + ': ' + QuadHubI18n.number(p.data.value, 2); }
      return enc(p.data.name) + '<br>' + enc(el.dataset.pciLabel) + ' ' + QuadHubI18n.number(p.data.value, 2) + '<br>'
        + enc(p.data.itemStyle.borderWidth === 1 ? el.dataset.heldLabel : el.dataset.otherLabel);
    } },
    legend: [{ data: categories.map(function (c) { return c.name; }), type: 'scroll', bottom: 0 }],
    animation: false,
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: false, categories: categories,
      data: nodes, links: edges, force: { repulsion: Math.max(18, 4000 / Math.max(1, nodes.length)), edgeLength: [4, 30], gravity: 0.08, layoutAnimation: false },
      lineStyle: { color: '#888', width: 0.6 }, emphasis: { focus: 'adjacency' }
    }]
  });
  chart.on('click', function (p) {
    if (p.dataType === 'node') { window.location = el.dataset.productUrl + encodeURIComponent(p.data.id) + el.dataset.query; }
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();

// Draws every chart the server embedded as <script type="application/json" data-chart>, right to left, with Persian
// digits. The labels come from the server in Persian (Jalali weeks and months); only the numbers are formatted here.
// Once drawn, the fallback table stays for screen readers only.
(function () {
  'use strict';

  if (typeof Chart === 'undefined') {
    return;
  }

  var palette = ['#0f766e', '#d97706', '#2563eb', '#be123c', '#7c3aed', '#4d7c0f', '#0891b2', '#a16207'];
  var digits = new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 0 });

  // The suffix («٪», « تومان») comes with each series from the server's texts.
  function format(value, suffix) {
    return digits.format(value) + (suffix || '');
  }

  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily || 'Vazirmatn, Tahoma, sans-serif';
  Chart.defaults.color = '#334155';

  function draw(source) {
    var spec = JSON.parse(source.textContent);
    var canvas = document.querySelector('[data-chart-canvas="' + spec.id + '"]');
    var table = document.querySelector('[data-chart-table="' + spec.id + '"]');
    var valueAxis = spec.horizontal ? 'x' : 'y';
    var labelAxis = spec.horizontal ? 'y' : 'x';
    var bars = spec.series.find(function (s) { return !s.line; }) || spec.series[0];
    var lines = spec.series.find(function (s) { return s.line; });

    var datasets = spec.series.map(function (series, i) {
      var colour = palette[i % palette.length];
      var dataset = {
        label: series.name,
        data: series.values,
        suffix: series.suffix,
        type: series.line ? 'line' : 'bar',
        backgroundColor: colour,
        borderColor: colour,
        borderWidth: series.line ? 2 : 0,
        order: series.line ? 0 : 1
      };
      if (series.line) {
        dataset[valueAxis + 'AxisID'] = 'line';
        dataset.stack = 'line';
      }
      return dataset;
    });

    var scales = {};
    // Right to left: the first label sits on the right, and the value axis stands on the right.
    scales[labelAxis] = { stacked: spec.stacked, reverse: !spec.horizontal, position: spec.horizontal ? 'right' : 'bottom' };
    scales[valueAxis] = {
      stacked: spec.stacked,
      beginAtZero: true,
      reverse: spec.horizontal,
      position: spec.horizontal ? 'bottom' : 'right',
      max: bars.unit === 'percent' ? 100 : undefined,
      ticks: { precision: 0, callback: function (value) { return format(value, bars.suffix); } }
    };
    if (lines) {
      scales.line = {
        axis: valueAxis,
        beginAtZero: true,
        max: 100,
        position: spec.horizontal ? 'top' : 'left',
        grid: { drawOnChartArea: false },
        ticks: { callback: function (value) { return format(value, lines.suffix); } }
      };
    }

    canvas.parentElement.hidden = false;
    new Chart(canvas, {
      type: 'bar',
      data: { labels: spec.labels, datasets: datasets },
      options: {
        indexAxis: labelAxis,
        locale: 'fa-IR',
        animation: false,
        maintainAspectRatio: false,
        scales: scales,
        plugins: {
          legend: { rtl: true, textDirection: 'rtl', position: 'bottom' },
          tooltip: {
            rtl: true,
            textDirection: 'rtl',
            callbacks: {
              label: function (item) { return item.dataset.label + ': ' + format(item.raw, item.dataset.suffix); }
            }
          }
        }
      }
    });
    table.classList.add('visually-hidden');
  }

  document.querySelectorAll('script[type="application/json"][data-chart]').forEach(draw);
})();

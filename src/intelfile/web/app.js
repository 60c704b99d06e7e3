/* intelfile web page: map, timeline, network, events table and document view.
 *
 * Plain JavaScript, no build step and no library: every view reads the JSON API of the same server
 * (/api/...), so the page works offline. Filters and the open document live in the URL's hash
 * (#type=ASSAULT&actor=ISIS&doc=ID&s=3&e=EVENT), so views can be bookmarked and the back button works.
 */
(function () {
  'use strict';

  var SVGNS = 'http://www.w3.org/2000/svg';
  var FILTER_KEYS = ['actor', 'type', 'quad', 'modality', 'since', 'until'];
  var PAGE = 500;
  var MAX_NODES = 50;
  var MAX_LABELS = 18;
  var GRAVITY = 0.2;
  var TYPE_COLOURS = {
    AGREE: '#2e7d32', CONSULT: '#66a861', SUPPORT: '#00796b', COOPERATE: '#26a69a', AID: '#0277bd',
    CONCEDE: '#4fa3d1', RETREAT: '#8e8e8e', REQUEST: '#7986cb', ACCUSE: '#f2b01e', REJECT: '#ef8f00',
    DEMAND: '#c9a227', DISAPPROVE: '#b8860b', THREATEN: '#e65100', PROTEST: '#8d6e63', SANCTION: '#8e44ad',
    MOBILIZE: '#5e35b1', COERCE: '#d81b60', ASSAULT: '#b71c1c'
  };
  var EXTRA_COLOURS = ['#546e7a', '#6d4c41', '#00838f', '#9e9d24', '#ad1457', '#4527a0', '#2e7d32', '#ef6c00'];
  var QUAD_COLOURS = {1: '#3f8fc7', 2: '#007a5a', 3: '#d98b00', 4: '#c8410b', 0: '#7a7a7a'};

  var state = {
    filters: {},
    events: [],
    total: 0,
    selected: null,
    points: [],
    labels: [],
    extent: null,
    view: {x: -180, y: -85, w: 360, h: 145},
    request: 0,
    stats: null,
    docId: null
  };

  // ---------------------------------------------------------------------------------- helpers

  function $(selector) { return document.querySelector(selector); }

  function el(tag, attrs) {
    var node = document.createElement(tag);
    setAttrs(node, attrs);
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function sv(tag, attrs) {
    var node = document.createElementNS(SVGNS, tag);
    setAttrs(node, attrs);
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function setAttrs(node, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') node.textContent = v;
      else if (k === 'className') node.setAttribute('class', v);
      else node.setAttribute(k, v === true ? '' : String(v));
    });
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function title(text) { return sv('title', {text: text}); }

  function getJSON(url) {
    return fetch(url, {headers: {Accept: 'application/json'}}).then(function (r) {
      return r.json().catch(function () { return null; }).then(function (body) {
        if (!r.ok) {
          var msg = body && body.error ? body.error.message : r.status + ' ' + r.statusText;
          throw new Error(url.split('?')[0] + ': ' + msg);
        }
        return body;
      });
    });
  }

  function typeColour(type) {
    if (TYPE_COLOURS[type]) return TYPE_COLOURS[type];
    var h = 0;
    for (var i = 0; i < type.length; i++) h = (h * 31 + type.charCodeAt(i)) >>> 0;
    return EXTRA_COLOURS[h % EXTRA_COLOURS.length];
  }

  function names(mentions) {
    var seen = [];
    mentions.forEach(function (m) { if (seen.indexOf(m.name) < 0) seen.push(m.name); });
    return seen.join(', ');
  }

  function eventLabel(e) {
    var who = names(e.sources) || '?';
    var whom = names(e.targets);
    return e.type + ': ' + who + (whom ? ' → ' + whom : '') + (e.place && e.place.name ? ', ' + e.place.name : '') +
      (e.date ? ', ' + e.date : '');
  }

  function setStatus(text, isError) {
    var s = $('#status');
    s.textContent = text;
    s.className = 'status' + (isError ? ' error' : '');
  }

  function fail(err) {
    setStatus(String(err && err.message ? err.message : err), true);
    document.body.setAttribute('data-state', 'error');
  }

  // ------------------------------------------------------------------------------ the hash

  function parseHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    var out = {};
    params.forEach(function (v, k) { if (v !== '') out[k] = v; });
    return out;
  }

  function buildHash(values) {
    var params = new URLSearchParams();
    Object.keys(values).forEach(function (k) {
      if (values[k] !== undefined && values[k] !== null && values[k] !== '') params.set(k, values[k]);
    });
    var s = params.toString();
    return s ? '#' + s : '#';
  }

  function pickFilters(values) {
    var out = {};
    FILTER_KEYS.forEach(function (k) { if (values[k]) out[k] = values[k]; });
    return out;
  }

  function sameFilters(a, b) {
    return FILTER_KEYS.every(function (k) { return (a[k] || '') === (b[k] || ''); });
  }

  function filterQuery(extra) {
    var params = new URLSearchParams();
    Object.keys(state.filters).forEach(function (k) { params.set(k, state.filters[k]); });
    Object.keys(extra || {}).forEach(function (k) { params.set(k, extra[k]); });
    return params.toString();
  }

  function readForm() {
    var form = $('#filters');
    var out = {};
    FILTER_KEYS.forEach(function (k) {
      var v = form.elements[k].value.trim();
      if (v) out[k] = v;
    });
    return out;
  }

  function writeForm(filters) {
    var form = $('#filters');
    FILTER_KEYS.forEach(function (k) { form.elements[k].value = filters[k] || ''; });
  }

  function navigate(values) {
    var hash = buildHash(values);
    if (hash === (location.hash || '#')) route();
    else location.hash = hash;
  }

  function route() {
    var p = parseHash();
    var filters = pickFilters(p);
    var loading = Promise.resolve();
    if (!sameFilters(filters, state.filters) || !state.loaded) {
      state.filters = filters;
      writeForm(filters);
      loading = loadViews();
    }
    return loading.then(function () {
      if (p.doc) return showDocument(p.doc, p.s !== undefined ? Number(p.s) : null, p.e || null);
      hideDocument();
      if (p.e && p.e !== state.selected) return select(p.e, {scroll: true});
      return null;
    }).catch(fail);
  }

  // ---------------------------------------------------------------------------- loading

  function loadViews() {
    var ticket = ++state.request;
    document.body.setAttribute('data-state', 'loading');
    setStatus('Loading…');
    var q = filterQuery();
    return Promise.all([
      getJSON('/api/events?' + filterQuery({limit: PAGE})),
      getJSON('/api/events.geojson' + (q ? '?' + q : '')),
      loadTimeline(ticket),
      getJSON('/api/network' + (q ? '?' + q : ''))
    ]).then(function (res) {
      if (ticket !== state.request) return;
      state.loaded = true;
      renderTable(res[0], false);
      renderPoints(res[1]);
      renderNetwork(res[3]);
      $('#events-json').setAttribute('href', '/api/events' + (q ? '?' + q : ''));
      $('#events-geojson').setAttribute('href', '/api/events.geojson' + (q ? '?' + q : ''));
      var parts = Object.keys(state.filters).map(function (k) { return k + ' ' + state.filters[k]; });
      setStatus(res[0].total + ' event' + (res[0].total === 1 ? '' : 's') + ', ' + res[1].total + ' on the map' +
        (parts.length ? ' — filtered by ' + parts.join(', ') : ''));
      document.body.setAttribute('data-state', 'ready');
    });
  }

  function loadTimeline(ticket) {
    var interval = $('#t-interval').value;
    return getJSON('/api/timeline?' + filterQuery({interval: interval})).then(function (body) {
      if (ticket === undefined || ticket === state.request) renderTimeline(body);
      return body;
    });
  }

  function loadMore() {
    var ticket = state.request;
    return getJSON('/api/events?' + filterQuery({limit: PAGE, offset: state.events.length})).then(function (body) {
      if (ticket === state.request) renderTable(body, true);
      return body;
    });
  }

  // --------------------------------------------------------------------------- the table

  function evidenceCell(e) {
    var text = e.evidence || '';
    var td = el('td', {className: 'evidence'});
    var at = e.trigger ? text.toLowerCase().indexOf(e.trigger.toLowerCase()) : -1;
    if (at < 0) { td.textContent = text; return td; }
    append(td, [text.slice(0, at), el('mark', {text: text.slice(at, at + e.trigger.length)}),
      text.slice(at + e.trigger.length)]);
    return td;
  }

  function docHref(e) {
    return buildHash(Object.assign({}, state.filters, {doc: e.doc_id, s: e.sentence, e: e.id}));
  }

  function row(e) {
    var quad = e.quad_class || 0;
    var dates = e.date ? e.date + (e.date_end && e.date_end !== e.date ? ' – ' + e.date_end : '') : '';
    var place = e.place ? (e.place.name || e.place.text) +
      (e.place.country ? ' (' + e.place.country + ')' : '') : '';
    var doc = e.document || {id: e.doc_id};
    var tr = el('tr', {'data-id': e.id, 'data-type': e.type, 'data-date': e.date || '', tabindex: 0,
      'aria-selected': 'false'},
      el('td', {className: 'date'}, dates || el('span', {className: 'muted', text: 'undated'}),
        e.date_source === 'published' ? el('div', {className: 'muted', text: '(publication)'}) : null),
      el('td', {className: 'type'},
        el('span', {className: 'chip', style: 'background:' + QUAD_COLOURS[quad], title: e.quad_name || 'no class'}),
        e.type, e.mode ? el('div', {className: 'mode', text: e.mode}) : null),
      el('td', {className: 'who'}, (names(e.sources) || '?') + (e.targets.length ? ' → ' + names(e.targets) : '')),
      el('td', {className: 'where'}, place || el('span', {className: 'muted', text: '—'})),
      el('td', {className: 'modality'}, el('span', {className: 'tag ' + e.modality, text: e.modality})),
      evidenceCell(e),
      el('td', {className: 'source'},
        el('a', {href: docHref(e), text: doc.title || e.doc_id.slice(0, 12)}),
        doc.published ? el('div', {className: 'muted', text: doc.published.slice(0, 10)}) : null)
    );
    tr.addEventListener('click', function (ev) {
      if (ev.target.closest('a')) return;
      select(e.id, {scroll: false, fromTable: true});
    });
    tr.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(e.id, {scroll: false, fromTable: true}); }
    });
    return tr;
  }

  function renderTable(body, more) {
    var tbody = $('#events-table tbody');
    if (!more) { clear(tbody); state.events = []; }
    body.events.forEach(function (e) { state.events.push(e); tbody.appendChild(row(e)); });
    state.total = body.total;
    $('#events-count').textContent = '(' + (state.events.length < body.total ?
      state.events.length + ' of ' + body.total : body.total) + ')';
    $('#events-more').hidden = state.events.length >= body.total;
    if (!more && state.selected) markSelected();
    if (!body.total) {
      tbody.appendChild(el('tr', {className: 'empty'}, el('td', {colspan: 7, className: 'muted',
        text: 'No events match these filters.'})));
    }
  }

  function findRow(id) {
    return document.querySelector('#events-table tbody tr[data-id="' + CSS.escape(id) + '"]');
  }

  function markSelected() {
    document.querySelectorAll('#events-table tbody tr[aria-selected="true"]').forEach(function (tr) {
      tr.setAttribute('aria-selected', 'false');
    });
    document.querySelectorAll('#map .pt.selected').forEach(function (c) { c.classList.remove('selected'); });
    if (!state.selected) return;
    var tr = findRow(state.selected);
    if (tr) tr.setAttribute('aria-selected', 'true');
    var pt = document.querySelector('#map .pt[data-id="' + CSS.escape(state.selected) + '"]');
    if (pt) { pt.classList.add('selected'); pt.parentNode.appendChild(pt); }
  }

  /* Select one event: highlight its row (loading more pages when needed) and its map point. */
  function select(id, opts) {
    opts = opts || {};
    state.selected = id;
    highlightRows(null);
    if (!opts.fromBar) {
      document.querySelectorAll('#timeline .bar.selected').forEach(function (b) { b.classList.remove('selected'); });
    }
    var p = parseHash();
    if (p.e !== id && !p.doc) {
      p.e = id;
      history.replaceState(null, '', buildHash(p));
    }
    var found = findRow(id);
    var guard = 0;
    var ensure = function () {
      found = findRow(id);
      if (found || state.events.length >= state.total || guard++ > 50) return Promise.resolve(found);
      return loadMore().then(ensure);
    };
    return ensure().then(function (tr) {
      markSelected();
      if (tr && !opts.fromTable) {
        tr.scrollIntoView({block: 'nearest'});
        tr.focus({preventScroll: true});
      }
      return tr;
    });
  }

  function highlightRows(test) {
    document.querySelectorAll('#events-table tbody tr').forEach(function (tr) {
      tr.classList.toggle('match', !!test && test(tr));
    });
  }

  // ------------------------------------------------------------------------------ the map

  function ringPath(ring) {
    var d = '';
    var prev = null;
    for (var i = 0; i < ring.length; i++) {
      var lon = ring[i][0];
      var lat = ring[i][1];
      d += (prev === null || Math.abs(lon - prev) > 180 ? 'M' : 'L') + lon.toFixed(2) + ',' + (-lat).toFixed(2);
      prev = lon;
    }
    return d + 'Z';
  }

  function drawGraticule() {
    var g = $('#map .graticule');
    clear(g);
    var d = '';
    for (var lon = -180; lon <= 180; lon += 30) d += 'M' + lon + ',-90L' + lon + ',90';
    for (var lat = -60; lat <= 80; lat += 20) d += 'M-180,' + (-lat) + 'L180,' + (-lat);
    g.appendChild(sv('path', {d: d}));
  }

  function drawCountries(world) {
    var g = $('#map .countries');
    clear(g);
    state.labels = [];
    (world.features || []).forEach(function (f) {
      var geom = f.geometry || {};
      var polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.type === 'MultiPolygon' ? geom.coordinates : [];
      if (!polys.length) return;
      var d = '';
      var best = null;
      polys.forEach(function (poly) {
        poly.forEach(function (ring, i) {
          d += ringPath(ring);
          if (i !== 0) return;
          var xs = ring.map(function (p) { return p[0]; });
          var ys = ring.map(function (p) { return p[1]; });
          var box = [Math.min.apply(null, xs), Math.min.apply(null, ys), Math.max.apply(null, xs), Math.max.apply(null, ys)];
          var area = (box[2] - box[0]) * (box[3] - box[1]);
          if (box[2] - box[0] < 180 && (!best || area > best.area)) {
            best = {area: area, x: (box[0] + box[2]) / 2, y: -(box[1] + box[3]) / 2};
          }
        });
      });
      var name = (f.properties || {}).name || '';
      g.appendChild(sv('path', {className: 'country', d: d, 'fill-rule': 'evenodd'}, title(name)));
      if (best && name) state.labels.push({name: name, x: best.x, y: best.y, area: best.area});
    });
  }

  function drawLabels() {
    var g = $('#map .countries');
    g.querySelectorAll('.country-label').forEach(function (t) { t.remove(); });
    var v = state.view;
    var viewArea = v.w * v.h;
    var size = v.w / 55;
    state.labels.filter(function (l) {
      return l.x > v.x + v.w * 0.06 && l.x < v.x + v.w * 0.94 && l.y > v.y + v.h * 0.04 &&
        l.y < v.y + v.h * 0.96 && l.area / viewArea > 0.01;
    }).sort(function (a, b) { return b.area - a.area; }).slice(0, 40).forEach(function (l) {
      g.appendChild(sv('text', {className: 'country-label', x: l.x, y: l.y, style: 'font-size:' + size.toFixed(3) + 'px',
        'aria-hidden': 'true', text: l.name}));
    });
  }

  function mapAspect() {
    var svgEl = $('#map');
    var r = svgEl.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? r.width / r.height : 2;
  }

  function setView(v) {
    var minW = 1.5;
    var maxW = 420;
    if (v.w < minW) { v.x += (v.w - minW) / 2; v.y += (v.h - minW * v.h / v.w) / 2; v.h = minW * v.h / v.w; v.w = minW; }
    if (v.w > maxW) { v.x += (v.w - maxW) / 2; v.y += (v.h - maxW * v.h / v.w) / 2; v.h = maxW * v.h / v.w; v.w = maxW; }
    state.view = v;
    $('#map').setAttribute('viewBox', [v.x, v.y, v.w, v.h].map(function (n) { return n.toFixed(4); }).join(' '));
    placePoints();
    drawLabels();
  }

  function fitView(box) {
    var aspect = mapAspect();
    var pad = 0.15;
    var minLon = box[0];
    var minLat = box[1];
    var maxLon = box[2];
    var maxLat = box[3];
    var w = Math.max(maxLon - minLon, 8);
    var h = Math.max(maxLat - minLat, 5);
    w *= 1 + 2 * pad;
    h *= 1 + 2 * pad;
    if (w / h < aspect) w = h * aspect; else h = w / aspect;
    var cx = (minLon + maxLon) / 2;
    var cy = -(minLat + maxLat) / 2;
    setView({x: cx - w / 2, y: cy - h / 2, w: w, h: h});
  }

  function worldView() { fitView([-170, -58, 170, 80]); }

  function renderPoints(geo) {
    var g = $('#map .points');
    clear(g);
    var groups = {};
    state.points = [];
    (geo.features || []).forEach(function (f) {
      var c = f.geometry.coordinates;
      var key = c[0].toFixed(3) + ',' + c[1].toFixed(3);
      groups[key] = (groups[key] || 0) + 1;
      var p = f.properties;
      var circle = sv('circle', {className: 'pt q' + (p.quad_class || 0), 'data-id': p.id, tabindex: 0,
        role: 'button', 'aria-label': p.type + ': ' + (p.sources.join(', ') || '?') +
          (p.targets.length ? ' → ' + p.targets.join(', ') : '') + ', ' + (p.place || '') + (p.date ? ', ' + p.date : '')},
        title(p.type + ' — ' + (p.sources.join(', ') || '?') + (p.targets.length ? ' → ' + p.targets.join(', ') : '') +
          '\n' + (p.place || '') + (p.date ? ' · ' + p.date : '') + '\n' + (p.evidence || '')));
      circle.addEventListener('click', function () { select(p.id, {scroll: true}); });
      circle.addEventListener('keydown', function (ev) {
        if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(p.id, {scroll: true}); }
      });
      g.appendChild(circle);
      state.points.push({el: circle, lon: c[0], lat: c[1], index: groups[key] - 1});
    });
    var note = $('#map-note');
    var unplaced = state.total - (geo.total || 0);
    note.textContent = (geo.total || 0) + ' placed event' + (geo.total === 1 ? '' : 's') +
      (unplaced > 0 ? '; ' + unplaced + ' without a place are only in the table.' : '.');
    if (state.points.length) {
      var lons = state.points.map(function (p) { return p.lon; });
      var lats = state.points.map(function (p) { return p.lat; });
      state.extent = [Math.min.apply(null, lons), Math.min.apply(null, lats),
        Math.max.apply(null, lons), Math.max.apply(null, lats)];
      fitView(state.extent);
    } else {
      state.extent = null;
      worldView();
    }
    markSelected();
  }

  /* Radius and position of every point for the current zoom; events at one place spread in a spiral. */
  function placePoints() {
    var r = state.view.w / 120;
    state.points.forEach(function (p) {
      var dist = p.index ? r * 1.7 * Math.sqrt(p.index) : 0;
      var angle = p.index * 2.39996;
      p.el.setAttribute('cx', (p.lon + dist * Math.cos(angle)).toFixed(4));
      p.el.setAttribute('cy', (-p.lat + dist * Math.sin(angle)).toFixed(4));
      p.el.setAttribute('r', r.toFixed(4));
    });
  }

  function setupMapInteraction() {
    var svgEl = $('#map');
    function toUser(clientX, clientY) {
      var pt = svgEl.createSVGPoint();
      pt.x = clientX; pt.y = clientY;
      var m = svgEl.getScreenCTM();
      return m ? pt.matrixTransform(m.inverse()) : {x: 0, y: 0};
    }
    svgEl.addEventListener('wheel', function (ev) {
      ev.preventDefault();
      var factor = Math.exp(Math.max(-100, Math.min(100, ev.deltaY)) * 0.004);
      var at = toUser(ev.clientX, ev.clientY);
      var v = state.view;
      setView({x: at.x - (at.x - v.x) * factor, y: at.y - (at.y - v.y) * factor, w: v.w * factor, h: v.h * factor});
    }, {passive: false});
    var drag = null;
    svgEl.addEventListener('pointerdown', function (ev) {
      if (ev.target.classList.contains('pt') || ev.button !== 0) return;
      drag = {x: ev.clientX, y: ev.clientY, view: Object.assign({}, state.view), moved: false};
    });
    svgEl.addEventListener('pointermove', function (ev) {
      if (!drag) return;
      var dx = ev.clientX - drag.x;
      var dy = ev.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
      if (!drag.moved) { drag.moved = true; svgEl.setPointerCapture(ev.pointerId); svgEl.classList.add('dragging'); }
      var m = svgEl.getScreenCTM();
      var scale = m ? m.a : 1;
      setView({x: drag.view.x - dx / scale, y: drag.view.y - dy / scale, w: drag.view.w, h: drag.view.h});
    });
    function end() { drag = null; svgEl.classList.remove('dragging'); }
    svgEl.addEventListener('pointerup', end);
    svgEl.addEventListener('pointercancel', end);
    $('#map-fit').addEventListener('click', function () { if (state.extent) fitView(state.extent); else worldView(); });
    $('#map-world').addEventListener('click', worldView);
    window.addEventListener('resize', function () {
      if (state.extent) fitView(state.extent); else worldView();
    });
  }

  // ------------------------------------------------------------------------- the timeline

  function niceMax(n) {
    if (n <= 5) return Math.max(n, 1);
    var p = Math.pow(10, Math.floor(Math.log10(n)));
    var steps = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
    for (var i = 0; i < steps.length; i++) if (steps[i] * p >= n) return steps[i] * p;
    return 10 * p;
  }

  function renderTimeline(body) {
    var svgEl = $('#timeline');
    Array.prototype.slice.call(svgEl.childNodes).forEach(function (n) {
      if (n.nodeName !== 'desc') svgEl.removeChild(n);
    });
    var W = 640;
    var H = 240;
    var M = {l: 38, r: 10, t: 10, b: 34};
    var periods = body.periods;
    var legend = $('#timeline-legend');
    clear(legend);
    body.types.forEach(function (t) {
      legend.appendChild(el('li', {}, el('span', {className: 'swatch sq', style: 'background:' + typeColour(t)}), t));
    });
    $('#timeline-note').textContent = (body.undated ? body.undated + ' event' + (body.undated === 1 ? '' : 's') +
      ' without a date to the ' + body.interval + ' not shown. ' : '') + (periods.length ? '' : 'No dated events.');
    if (!periods.length) return;
    var max = niceMax(Math.max.apply(null, periods.map(function (p) { return p.total; })));
    var iw = W - M.l - M.r;
    var ih = H - M.t - M.b;
    var bw = iw / periods.length;
    var gap = Math.min(3, bw * 0.15);
    var y = function (v) { return M.t + ih - (v / max) * ih; };
    var grid = sv('g', {className: 'grid'});
    [0, max / 2, max].forEach(function (v) {
      if (v !== Math.round(v)) return;
      grid.appendChild(sv('line', {x1: M.l, x2: W - M.r, y1: y(v), y2: y(v)}));
      grid.appendChild(sv('text', {x: M.l - 5, y: y(v) + 4, 'text-anchor': 'end', text: String(v)}));
    });
    svgEl.appendChild(grid);
    var bars = sv('g', {className: 'bars'});
    var labelEvery = Math.max(1, Math.ceil(periods.length / Math.floor(iw / 56)));
    var axis = sv('g', {className: 'axis'});
    var lastLabelEnd = -Infinity;
    periods.forEach(function (p, i) {
      var x = M.l + i * bw + gap / 2;
      var base = 0;
      body.types.slice().reverse().forEach(function (t) {
        var c = p.counts[t];
        if (!c) return;
        var rect = sv('rect', {className: 'bar', x: x.toFixed(2), y: y(base + c).toFixed(2), width: Math.max(bw - gap, 1).toFixed(2),
          height: (y(base) - y(base + c)).toFixed(2), fill: typeColour(t), 'data-period': p.period, 'data-type': t,
          tabindex: 0, role: 'button', 'aria-label': p.period + ': ' + c + ' ' + t},
          title(p.period + ' — ' + t + ': ' + c));
        rect.addEventListener('click', function () { pickBar(rect, p.period, t); });
        rect.addEventListener('keydown', function (ev) {
          if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); pickBar(rect, p.period, t); }
        });
        bars.appendChild(rect);
        base += c;
      });
      if (i % labelEvery === 0) {
        var half = p.period.length * 3.3;
        var lx = Math.min(Math.max(x + (bw - gap) / 2, M.l + half), W - M.r - half);
        if (lx - half > lastLabelEnd + 4) {
          axis.appendChild(sv('text', {x: lx.toFixed(2), y: H - M.b + 15, 'text-anchor': 'middle', text: p.period}));
          lastLabelEnd = lx + half;
        }
      }
    });
    axis.appendChild(sv('line', {x1: M.l, x2: W - M.r, y1: y(0), y2: y(0)}));
    svgEl.appendChild(bars);
    svgEl.appendChild(axis);
  }

  /* A bar stands for the events of one type in one period: select the first, mark the others. */
  function pickBar(rect, period, type) {
    document.querySelectorAll('#timeline .bar.selected').forEach(function (b) { b.classList.remove('selected'); });
    rect.classList.add('selected');
    var range = periodRange(period);
    return getJSON('/api/events?' + filterQuery({type: type, since: range[0], until: range[1], limit: 200}))
      .then(function (body) {
        var ids = body.events.filter(function (e) { return (e.date || '').indexOf(period) === 0; })
          .map(function (e) { return e.id; });
        if (!ids.length) return null;
        return select(ids[0], {scroll: true, fromBar: true}).then(function () {
          highlightRows(function (tr) { return ids.indexOf(tr.getAttribute('data-id')) >= 0; });
        });
      }).catch(fail);
  }

  function periodRange(period) {
    if (period.length === 4) return [period + '-01-01', period + '-12-31'];
    if (period.length === 7) return [period + '-01', period + '-31'];
    return [period, period];
  }

  // -------------------------------------------------------------------------- the network

  /* Fruchterman–Reingold force layout, deterministic (nodes start on a circle). */
  function layout(nodes, edges, W, H) {
    var n = nodes.length;
    var pos = nodes.map(function (_, i) {
      var a = 2 * Math.PI * i / Math.max(n, 1);
      return {x: W / 2 + Math.cos(a) * W / 3, y: H / 2 + Math.sin(a) * H / 3};
    });
    if (n < 2) return pos.map(function () { return {x: W / 2, y: H / 2}; });
    var index = {};
    nodes.forEach(function (nd, i) { index[nd.id] = i; });
    var k = Math.sqrt(W * H / n) * 1.2;
    var temp = W / 6;
    var iterations = 400;
    for (var it = 0; it < iterations; it++) {
      var disp = pos.map(function () { return {x: 0, y: 0}; });
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var dx = pos[i].x - pos[j].x;
          var dy = pos[i].y - pos[j].y;
          var d = Math.sqrt(dx * dx + dy * dy) || 0.01;
          var f = k * k / d;
          disp[i].x += dx / d * f; disp[i].y += dy / d * f;
          disp[j].x -= dx / d * f; disp[j].y -= dy / d * f;
        }
      }
      edges.forEach(function (e) {
        var a = index[e.source];
        var b = index[e.target];
        var dx = pos[a].x - pos[b].x;
        var dy = pos[a].y - pos[b].y;
        var d = Math.sqrt(dx * dx + dy * dy) || 0.01;
        var f = d * d / k * 0.4;
        disp[a].x -= dx / d * f; disp[a].y -= dy / d * f;
        disp[b].x += dx / d * f; disp[b].y += dy / d * f;
      });
      for (var m = 0; m < n; m++) {
        disp[m].x -= (pos[m].x - W / 2) * GRAVITY;
        disp[m].y -= (pos[m].y - H / 2) * GRAVITY;
        var len = Math.sqrt(disp[m].x * disp[m].x + disp[m].y * disp[m].y) || 0.01;
        var step = Math.min(len, temp);
        pos[m].x += disp[m].x / len * step;
        pos[m].y += disp[m].y / len * step;
      }
      temp *= 0.985;
    }
    var xs = pos.map(function (p) { return p.x; });
    var ys = pos.map(function (p) { return p.y; });
    var x0 = Math.min.apply(null, xs);
    var x1 = Math.max.apply(null, xs);
    var y0 = Math.min.apply(null, ys);
    var y1 = Math.max.apply(null, ys);
    var padX = 80;
    var padY = 30;
    return pos.map(function (p) {
      return {
        x: x1 > x0 ? padX + (p.x - x0) / (x1 - x0) * (W - 2 * padX) : W / 2,
        y: y1 > y0 ? padY + (p.y - y0) / (y1 - y0) * (H - 2 * padY) : H / 2
      };
    });
  }

  function renderNetwork(body) {
    var svgEl = $('#network');
    Array.prototype.slice.call(svgEl.childNodes).forEach(function (n) {
      if (n.nodeName !== 'desc') svgEl.removeChild(n);
    });
    var W = 640;
    var H = 400;
    var tied = body.nodes.filter(function (n) { return n.degree > 0; });
    tied.sort(function (a, b) { return (b.degree + b.events) - (a.degree + a.events); });
    var keep = tied.slice(0, MAX_NODES);
    var ids = {};
    keep.forEach(function (n) { ids[n.id] = true; });
    var edges = body.edges.filter(function (e) { return ids[e.source] && ids[e.target]; });
    var alone = body.nodes.length - tied.length;
    $('#network-note').textContent = edges.length + ' tie' + (edges.length === 1 ? '' : 's') + ' between ' +
      keep.length + ' actor' + (keep.length === 1 ? '' : 's') +
      (tied.length > keep.length ? ' (the ' + keep.length + ' most connected of ' + tied.length + ')' : '') +
      (alone ? '; ' + alone + ' actor' + (alone === 1 ? '' : 's') + ' without a cooperative or hostile tie not drawn' : '') +
      '.';
    if (!keep.length) return;
    var labelled = {};
    keep.slice().sort(function (a, b) { return b.events - a.events; }).slice(0, MAX_LABELS)
      .forEach(function (n) { labelled[n.id] = true; });
    var pos = layout(keep, edges, W, H);
    var at = {};
    keep.forEach(function (n, i) { at[n.id] = pos[i]; });
    var names = {};
    keep.forEach(function (n) { names[n.id] = n.name; });
    var ge = sv('g', {className: 'edges'});
    edges.forEach(function (e) {
      var a = at[e.source];
      var b = at[e.target];
      ge.appendChild(sv('line', {className: 'edge ' + e.polarity, x1: a.x.toFixed(1), y1: a.y.toFixed(1),
        x2: b.x.toFixed(1), y2: b.y.toFixed(1), 'stroke-width': (1.5 + 1.8 * Math.log2(e.weight)).toFixed(2),
        'data-source': e.source, 'data-target': e.target},
        title(names[e.source] + ' — ' + names[e.target] + ': ' + e.cooperation + ' cooperative, ' +
          e.hostility + ' hostile' + (e.relations.length ? ' (incl. stated: ' +
          e.relations.map(function (r) { return r.kind + (r.scope ? ', ' + r.scope : ''); }).join('; ') + ')' : ''))));
    });
    svgEl.appendChild(ge);
    var gn = sv('g', {className: 'nodes'});
    var boxes = keep.map(function (n) {
      var p = at[n.id];
      var r = Math.min(5 + 2 * Math.sqrt(n.events), 18);
      return [p.x - r, p.y - r, p.x + r, p.y + r];
    });
    /* Write a label right or left of its node where it overlaps no other label; else leave it to the tooltip. */
    function placeLabel(g, text, p, r, force) {
      var w = text.length * 6.3;
      // [x, y, anchor, box]: right, left, above, below the node
      var tries = [
        [p.x + r + 4, p.y + 4, 'start', [p.x + r + 3, p.y - 7, p.x + r + 5 + w, p.y + 7]],
        [p.x - r - 4, p.y + 4, 'end', [p.x - r - 5 - w, p.y - 7, p.x - r - 3, p.y + 7]],
        [p.x, p.y - r - 5, 'middle', [p.x - w / 2, p.y - r - 17, p.x + w / 2, p.y - r - 3]],
        [p.x, p.y + r + 13, 'middle', [p.x - w / 2, p.y + r + 2, p.x + w / 2, p.y + r + 16]]
      ];
      var chosen = null;
      for (var i = 0; i < tries.length && !chosen; i++) {
        var box = tries[i][3];
        if (box[0] < 0 || box[2] > W || box[1] < 0 || box[3] > H) continue;
        var clash = boxes.some(function (b) {
          return !(b[0] === p.x - r && b[1] === p.y - r) && box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1];
        });
        if (!clash) chosen = tries[i];
      }
      if (!chosen && force) chosen = p.x < W - w - r - 8 ? tries[0] : tries[1];
      if (!chosen) return;
      boxes.push(chosen[3]);
      g.appendChild(sv('text', {className: 'label', x: chosen[0].toFixed(1), y: chosen[1].toFixed(1),
        'text-anchor': chosen[2], text: text}));
    }
    var active = (state.filters.actor || '').toLowerCase();
    var rank = 0;
    keep.forEach(function (n) {
      var p = at[n.id];
      var r = Math.min(5 + 2 * Math.sqrt(n.events), 18);
      var kind = n.kind === 'state' || n.kind === 'armed-group' ? n.kind : 'other';
      var g = sv('g', {className: 'actor'});
      var c = sv('circle', {className: 'node ' + kind + (active && active === n.id.toLowerCase() ? ' active' : ''),
        cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1), 'data-id': n.id, tabindex: 0, role: 'button',
        'aria-label': n.name + ': ' + n.events + ' event' + (n.events === 1 ? '' : 's') + '; select to filter by this actor'},
        title(n.name + ' (' + n.id + ') — ' + n.events + ' events, ' + n.degree + ' ties'));
      var pick = function () {
        var values = Object.assign({}, state.filters, {actor: n.id});
        navigate(values);
      };
      c.addEventListener('click', pick);
      c.addEventListener('keydown', function (ev) {
        if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); pick(); }
      });
      g.appendChild(c);
      gn.appendChild(g);
      if (labelled[n.id]) placeLabel(g, n.name, p, r, rank++ < 5);
    });
    svgEl.appendChild(gn);
  }

  // ------------------------------------------------------------------------- the document

  function showDocument(id, sentence, eventId) {
    var panel = $('#document-panel');
    var ticket = ++state.docRequest;
    return getJSON('/api/documents/' + encodeURIComponent(id)).then(function (d) {
      if (ticket !== state.docRequest) return;
      state.docId = d.id;
      panel.hidden = false;
      $('#doc-title').textContent = d.title || d.id;
      $('#doc-json').setAttribute('href', '/api/documents/' + encodeURIComponent(d.id));
      var meta = $('#doc-meta');
      clear(meta);
      append(meta, [d.publisher || 'unknown publisher', ' · ', d.published || 'undated', ' · ', d.origin]);
      if (d.url) append(meta, [' · ', el('a', {href: d.url, rel: 'noopener noreferrer', text: d.url})]);
      var withEvents = {};
      d.events.forEach(function (e) { withEvents[e.sentence] = true; });
      var box = $('#doc-text');
      clear(box);
      var cursor = 0;
      var target = null;
      d.sentences.forEach(function (s) {
        if (s.start > cursor) box.appendChild(document.createTextNode(d.text.slice(cursor, s.start)));
        var span = el('span', {className: 'sent' + (withEvents[s.index] ? ' has-event' : '') +
          (s.index === sentence ? ' evidence' : ''), id: 'sent-' + s.index, text: s.text});
        if (s.index === sentence) target = span;
        box.appendChild(span);
        cursor = s.end;
      });
      if (cursor < d.text.length) box.appendChild(document.createTextNode(d.text.slice(cursor)));
      var list = $('#doc-events');
      clear(list);
      d.events.forEach(function (e) {
        var href = buildHash(Object.assign({}, state.filters, {doc: d.id, s: e.sentence, e: e.id}));
        list.appendChild(el('li', {className: e.id === eventId ? 'current' : null},
          el('a', {href: href, text: eventLabel(e)}), ' ', el('span', {className: 'tag ' + e.modality, text: e.modality})));
      });
      if (!d.events.length) list.appendChild(el('li', {className: 'muted', text: 'none'}));
      panel.scrollIntoView({block: 'start'});
      if (target) box.scrollTop = Math.max(0, target.offsetTop - box.offsetTop - 40);
      if (eventId) {
        state.selected = eventId;
        markSelected();
      }
    });
  }

  function hideDocument() {
    var panel = $('#document-panel');
    if (!panel.hidden) panel.hidden = true;
    state.docId = null;
  }

  // ------------------------------------------------------------------------------- set up

  function loadStatic() {
    var stats = getJSON('/api/stats').then(function (s) {
      state.stats = s;
      var docs = s.store && s.store.documents !== undefined ? s.store.documents : '?';
      $('#summary').textContent = docs + ' documents · ' + s.events + ' events (' + s.events_located + ' placed) · ' +
        s.actors + ' actors · ' + s.relations + ' relations · ' + s.claims + ' claims' +
        (s.first_date ? ' · ' + s.first_date + ' – ' + s.last_date : '');
      var sel = $('#f-type');
      Object.keys(s.types).forEach(function (t) { sel.appendChild(el('option', {value: t, text: t})); });
      sel.value = state.filters.type || '';
    });
    var actors = getJSON('/api/actors?limit=2000').then(function (body) {
      var list = $('#actor-list');
      body.actors.forEach(function (a) { list.appendChild(el('option', {value: a.id, label: a.name})); });
    });
    var basemap = getJSON('/api/basemap').then(function (world) {
      if (world.available === false || !(world.features || []).length) {
        $('#attribution').textContent = 'No country outlines available: ' + (world.reason || 'empty basemap') + '.';
        return;
      }
      drawCountries(world);
      drawLabels();
      if (world.attribution) $('#attribution').textContent = 'Country outlines: ' + world.attribution;
    }).catch(function (err) {
      $('#attribution').textContent = 'No country outlines: ' + err.message;
    });
    return Promise.all([stats, actors, basemap]);
  }

  function init() {
    state.docRequest = 0;
    drawGraticule();
    setupMapInteraction();
    $('#filters').addEventListener('submit', function (ev) {
      ev.preventDefault();
      navigate(readForm());
    });
    $('#filters').addEventListener('reset', function (ev) {
      ev.preventDefault();
      writeForm({});
      navigate({});
    });
    ['f-type', 'f-quad', 'f-modality'].forEach(function (id) {
      $('#' + id).addEventListener('change', function () { navigate(readForm()); });
    });
    $('#t-interval').addEventListener('change', function () { loadTimeline().catch(fail); });
    $('#events-more').addEventListener('click', function () { loadMore().catch(fail); });
    $('#doc-close').addEventListener('click', function () {
      var p = parseHash();
      delete p.doc; delete p.s;
      navigate(p);
    });
    window.addEventListener('hashchange', route);
    state.filters = pickFilters(parseHash());
    writeForm(state.filters);
    loadStatic().then(route).catch(fail);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
}());

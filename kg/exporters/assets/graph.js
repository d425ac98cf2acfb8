/* kg graph.html page script.
 * All graph text comes from articles: it is only ever put on screen with textContent,
 * innerText (vis tooltips given as strings) or as DOM property values; never as HTML. */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  performance.mark("kg:data-parsed");
  var FONT = window.getComputedStyle(document.body).fontFamily || "sans-serif";
  var LARGE = !DATA.physics;

  // ---------------------------------------------------------------- lookups
  var typeStyle = new Map();
  DATA.types.forEach(function (t) { typeStyle.set(t.type, t); });
  var predStyle = new Map();
  DATA.predicates.forEach(function (p) { predStyle.set(p.id, p); });
  var docById = new Map();
  DATA.documents.forEach(function (d) { docById.set(d.id, d); });
  var nodeById = new Map();
  DATA.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var edgeById = new Map();
  var edgesOf = new Map();
  DATA.nodes.forEach(function (n) { edgesOf.set(n.id, []); });
  DATA.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    edgesOf.get(e.from).push(e);
    edgesOf.get(e.to).push(e);
  });

  // ---------------------------------------------------------------- what is shown
  // A node or edge is shown when its type and predicate are, when one of its articles passes the
  // time range and the chosen articles, and (with "hide unconnected") when a node keeps a shown edge.
  var DATES = DATA.dates || [];
  var hiddenTypes = new Set();
  var hiddenPreds = new Set();
  var filters = { from: 0, to: Math.max(DATES.length - 1, 0), undated: false, picked: new Set(),
    hideUnconnected: !!DATA.hide_unconnected };

  function timeFiltering() { return DATES.length > 0 && (filters.from > 0 || filters.to < DATES.length - 1); }
  function docShown(id) {
    if (filters.picked.size && !filters.picked.has(id)) return false;
    if (!timeFiltering()) return true;
    var d = docById.get(id);
    if (!d || !d.date) return filters.undated;
    return d.date >= DATES[filters.from] && d.date <= DATES[filters.to];
  }

  /** Which nodes, edges and documents pass every filter now, and how many entities lost all edges. */
  function visibility() {
    var byDoc = timeFiltering() || filters.picked.size > 0;
    var docOk = new Map();
    function ok(id) {
      var v = docOk.get(id);
      if (v === undefined) { v = docShown(id); docOk.set(id, v); }
      return v;
    }
    function anyOk(ids) {
      for (var i = 0; i < ids.length; i++) if (ok(ids[i])) return true;
      return false;
    }
    var nodes = new Map();
    DATA.nodes.forEach(function (n) { nodes.set(n.id, !hiddenTypes.has(n.type) && (!byDoc || anyOk(n.docs))); });
    var edges = new Map();
    var linked = new Set();
    DATA.edges.forEach(function (e) {
      var v = !hiddenPreds.has(e.predicate) && nodes.get(e.from) && nodes.get(e.to) && (!byDoc || anyOk(e.docs));
      edges.set(e.id, v);
      if (v) { linked.add(e.from); linked.add(e.to); }
    });
    var unconnected = 0;
    DATA.nodes.forEach(function (n) {
      if (nodes.get(n.id) && !linked.has(n.id)) {
        unconnected += 1;
        if (filters.hideUnconnected) nodes.set(n.id, false);
      }
    });
    var docs = 0;
    DATA.documents.forEach(function (d) { if (ok(d.id)) docs += 1; });
    return { nodes: nodes, edges: edges, unconnected: unconnected, docs: docs };
  }
  var current = visibility();

  function typeOf(n) { return typeStyle.get(n.type) || { label: n.type, color: "#999999", border: "#666666", shape: "dot" }; }
  function predOf(e) { return predStyle.get(e.predicate) || { id: e.predicate, label: e.predicate, color: "#999999", dashes: false, symmetric: false }; }
  function nameOf(id) { var n = nodeById.get(id); return n ? n.name : id; }
  function docLabel(id) {
    var d = docById.get(id);
    return d && d.title ? d.title + "（" + id + "）" : id;
  }
  function clip(s, max) { return s.length > max ? s.slice(0, max - 1) + "…" : s; }
  function fmtConf(c) { return (Math.round(c * 100) / 100).toFixed(2); }
  function period(x) { return x.first_seen === x.last_seen ? x.first_seen : x.first_seen + " 〜 " + x.last_seen; }
  function joinList(items, max) {
    var shown = items.slice(0, max).join("、");
    return items.length > max ? shown + " ほか" + (items.length - max) + "件" : shown;
  }

  // ---------------------------------------------------------------- tooltips (plain text)
  function nodeTooltip(n) {
    var lines = [n.name, "種類: " + typeOf(n).label + " (" + n.type + ")"];
    lines.push("別名: " + (n.aliases.length ? joinList(n.aliases, 8) : "なし"));
    if (n.tickers.length) lines.push("ティッカー: " + n.tickers.join("、"));
    lines.push("言及: " + n.mentions + "回");
    lines.push("記事 (" + n.docs.length + "件): " + (n.docs.length ? joinList(n.docs, 5) : "—"));
    if (n.first_seen) lines.push("期間: " + period(n));
    return lines.join("\n");
  }

  function edgeTooltip(e) {
    var p = predOf(e);
    var arrow = p.symmetric ? " ― " : " → ";
    var lines = [nameOf(e.from) + arrow + p.label + arrow + nameOf(e.to),
      "関係: " + p.label + " (" + e.predicate + ")", "確信度: " + fmtConf(e.confidence)];
    if (e.first_seen) lines.push("期間: " + period(e) + "（記事 " + e.docs.length + "件）");
    lines.push("根拠 (" + e.evidence_total + "件):");
    e.evidence.slice(0, 3).forEach(function (ev) {
      lines.push("「" + clip(ev.sentence, 160) + "」");
      lines.push("　— " + docLabel(ev.doc));
    });
    if (e.evidence_total > 3) lines.push("ほか" + (e.evidence_total - 3) + "件");
    lines.push("クリックすると右側に全文を表示します");
    return lines.join("\n");
  }

  // ---------------------------------------------------------------- vis data
  var visNodes = DATA.nodes.map(function (n) {
    var v = { id: n.id, label: n.name, title: nodeTooltip(n), group: n.type, size: n.size,
      hidden: !current.nodes.get(n.id) };
    if (typeof n.x === "number") { v.x = n.x; v.y = n.y; }
    return v;
  });
  var visEdges = DATA.edges.map(function (e) {
    var p = predOf(e);
    return {
      id: e.id, from: e.from, to: e.to, label: p.label, title: edgeTooltip(e), hidden: !current.edges.get(e.id),
      color: { color: p.color, highlight: p.color, hover: p.color, inherit: false, opacity: 0.9 },
      font: { color: p.color },
      dashes: p.dashes,
      width: 1.5 + Math.min(e.evidence_total - 1, 4) * 0.75,
      arrows: { to: { enabled: !p.symmetric, scaleFactor: 0.7 } },
      smooth: e.curve ? { enabled: true, type: e.curve > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(e.curve) }
        : { enabled: false }
    };
  });
  var nodesDS = new vis.DataSet(visNodes);
  var edgesDS = new vis.DataSet(visEdges);

  var groups = {};
  DATA.types.forEach(function (t) {
    groups[t.type] = {
      shape: t.shape,
      color: { background: t.color, border: t.border, highlight: { background: t.color, border: "#111111" },
        hover: { background: t.color, border: "#111111" } }
    };
  });

  var options = {
    autoResize: true,
    groups: groups,
    nodes: {
      borderWidth: 1.5, borderWidthSelected: 3,
      font: { face: FONT, size: 16, color: "#1d2330", strokeWidth: 4, strokeColor: "#ffffff" },
      widthConstraint: { maximum: 200 }
    },
    edges: {
      font: { face: FONT, size: 13, strokeWidth: 5, strokeColor: "#ffffff", align: "horizontal" },
      selectionWidth: 2, hoverWidth: 1,
      smooth: { enabled: false }
    },
    interaction: {
      hover: true, tooltipDelay: 200, hideEdgesOnDrag: LARGE, hideEdgesOnZoom: LARGE,
      keyboard: false, multiselect: false
    },
    layout: { randomSeed: 7, improvedLayout: !LARGE },
    physics: LARGE ? { enabled: false } : {
      enabled: true, solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -90, centralGravity: 0.012, springLength: 140,
        springConstant: 0.05, damping: 0.5, avoidOverlap: 0.5 },
      stabilization: { enabled: true, iterations: 600, updateInterval: 25, fit: true },
      minVelocity: 0.75
    }
  };

  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, { nodes: nodesDS, edges: edgesDS }, options);
  window.network = network;
  performance.mark("kg:network-created");

  // ---------------------------------------------------------------- readiness
  var loading = document.getElementById("kg-loading");
  function markReady() {
    if (window.kgReady) return;
    loading.hidden = true;
    window.kgReady = true;
    window.kgReadyAt = performance.now();
    document.body.setAttribute("data-ready", "1");
  }
  if (DATA.nodes.length === 0) {
    markReady();
  } else if (!LARGE) {
    network.on("stabilizationProgress", function (p) {
      loading.textContent = "レイアウトを計算しています… " + Math.round((100 * p.iterations) / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } }); // settled: stop moving for good
      fitShown(false);
      markReady();
    });
  } else {
    loading.hidden = true;
    network.once("afterDrawing", markReady);
  }

  // ---------------------------------------------------------------- small DOM helpers
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  var SVG = "http://www.w3.org/2000/svg";
  function svgEl(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }
  function polygon(points) { return points.map(function (p) { return p[0].toFixed(1) + "," + p[1].toFixed(1); }).join(" "); }
  function regular(cx, cy, r, k, rot) {
    var pts = [];
    for (var i = 0; i < k; i++) {
      var a = rot + (2 * Math.PI * i) / k;
      pts.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
    }
    return pts;
  }
  function shapeIcon(t) {
    var s = svgEl("svg", { width: 18, height: 18, viewBox: "0 0 18 18", "aria-hidden": "true" });
    var style = { fill: t.color, stroke: t.border, "stroke-width": 1.2 };
    var shape;
    if (t.shape === "square") shape = svgEl("rect", Object.assign({ x: 3, y: 3, width: 12, height: 12 }, style));
    else if (t.shape === "diamond") shape = svgEl("polygon", Object.assign({ points: polygon([[9, 1.5], [16.5, 9], [9, 16.5], [1.5, 9]]) }, style));
    else if (t.shape === "hexagon") shape = svgEl("polygon", Object.assign({ points: polygon(regular(9, 9, 7.5, 6, 0)) }, style));
    else if (t.shape === "triangle") shape = svgEl("polygon", Object.assign({ points: polygon([[9, 2], [16.5, 15.5], [1.5, 15.5]]) }, style));
    else if (t.shape === "triangleDown") shape = svgEl("polygon", Object.assign({ points: polygon([[1.5, 2.5], [16.5, 2.5], [9, 16]]) }, style));
    else if (t.shape === "star") {
      var pts = [];
      for (var i = 0; i < 10; i++) {
        var r = i % 2 ? 3.6 : 8, a = -Math.PI / 2 + (Math.PI * i) / 5;
        pts.push([9 + r * Math.cos(a), 9.5 + r * Math.sin(a)]);
      }
      shape = svgEl("polygon", Object.assign({ points: polygon(pts) }, style));
    } else shape = svgEl("circle", Object.assign({ cx: 9, cy: 9, r: 7 }, style));
    s.appendChild(shape);
    return s;
  }
  function lineIcon(p) {
    var s = svgEl("svg", { width: 30, height: 12, viewBox: "0 0 30 12", "aria-hidden": "true" });
    var line = svgEl("line", { x1: 1, y1: 6, x2: p.symmetric ? 29 : 23, y2: 6, stroke: p.color, "stroke-width": 2 });
    if (p.dashes) line.setAttribute("stroke-dasharray", (Array.isArray(p.dashes) ? p.dashes : [5, 5]).map(function (d) { return d / 2; }).join(" "));
    s.appendChild(line);
    if (!p.symmetric) s.appendChild(svgEl("polygon", { points: "22,2 29,6 22,10", fill: p.color }));
    return s;
  }

  // ---------------------------------------------------------------- summary, legend, filters
  var TRUNCATED = DATA.nodes.length < DATA.total.nodes || DATA.edges.length < DATA.total.edges;
  function num(n) { return n.toLocaleString("ja-JP"); }
  function shown(n, total) { return n < total ? num(n) + " / " + num(total) : num(n); }
  var summary = document.getElementById("kg-summary");
  if (TRUNCATED) summary.title = "大きなグラフのため、言及と関係の多いエンティティと、根拠の多い関係だけを表示しています。";
  var unconnectedBox = document.getElementById("kg-hide-unconnected");
  var unconnectedCount = document.getElementById("kg-unconnected-count");

  /** The header counts what is drawn now, out of the whole graph (and the legend's unconnected count). */
  function showCounts() {
    var n = 0, e = 0;
    current.nodes.forEach(function (v) { if (v) n += 1; });
    current.edges.forEach(function (v) { if (v) e += 1; });
    summary.textContent = "エンティティ " + shown(n, DATA.total.nodes) + "件・関係 " + shown(e, DATA.total.edges) +
      "件・記事 " + shown(current.docs, DATA.documents.length) + "件" + (TRUNCATED ? "（上位のみ表示）" : "");
    unconnectedCount.textContent = num(current.unconnected);
  }

  function shownNodeIds() {
    var ids = [];
    current.nodes.forEach(function (v, id) { if (v) ids.push(id); });
    return ids;
  }
  function fitShown(animate) {
    var ids = shownNodeIds();
    var opts = ids.length && ids.length < DATA.nodes.length ? { nodes: ids } : {};
    if (animate) opts.animation = { duration: 400, easingFunction: "easeInOutQuad" };
    network.fit(opts);
  }

  /** Recompute what passes the filters and hide or show only what changed (cheap at 2,000 nodes). */
  function applyFilters() {
    var before = current;
    current = visibility();
    var nodeChanges = [], edgeChanges = [];
    current.nodes.forEach(function (v, id) { if (v !== before.nodes.get(id)) nodeChanges.push({ id: id, hidden: !v }); });
    current.edges.forEach(function (v, id) { if (v !== before.edges.get(id)) edgeChanges.push({ id: id, hidden: !v }); });
    if (nodeChanges.length) nodesDS.update(nodeChanges);
    if (edgeChanges.length) edgesDS.update(edgeChanges);
    showCounts();
    timeReset.disabled = !timeFiltering();
    docClear.disabled = filters.picked.size === 0;
  }
  var scheduled = false;
  function scheduleFilters() { // slider drags: at most once per frame
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(function () { scheduled = false; applyFilters(); });
  }

  unconnectedBox.checked = filters.hideUnconnected;
  unconnectedBox.addEventListener("change", function () {
    filters.hideUnconnected = unconnectedBox.checked;
    applyFilters();
  });

  // the time range: two sliders over the distinct article dates
  var timeSection = document.getElementById("kg-time");
  var fromInput = document.getElementById("kg-from"), toInput = document.getElementById("kg-to");
  var fromLabel = document.getElementById("kg-from-label"), toLabel = document.getElementById("kg-to-label");
  var undatedBox = document.getElementById("kg-undated");
  var timeReset = document.getElementById("kg-time-reset");
  function setRange(from, to) {
    filters.from = Math.max(0, Math.min(from, DATES.length - 1));
    filters.to = Math.max(filters.from, Math.min(to, DATES.length - 1));
    fromInput.value = String(filters.from);
    toInput.value = String(filters.to);
    fromLabel.textContent = DATES[filters.from] || "";
    toLabel.textContent = DATES[filters.to] || "";
  }
  if (DATES.length) {
    timeSection.hidden = false;
    fromInput.max = toInput.max = String(DATES.length - 1);
    fromInput.disabled = toInput.disabled = DATES.length < 2;
    setRange(0, DATES.length - 1);
    fromInput.addEventListener("input", function () {
      var v = Number(fromInput.value);
      setRange(v, Math.max(v, filters.to));
      scheduleFilters();
    });
    toInput.addEventListener("input", function () {
      var v = Number(toInput.value);
      setRange(Math.min(v, filters.from), v);
      scheduleFilters();
    });
    var undated = DATA.documents.filter(function (d) { return !d.date; }).length;
    if (undated) {
      document.getElementById("kg-undated-row").hidden = false;
      document.getElementById("kg-undated-count").textContent = num(undated);
      undatedBox.addEventListener("change", function () { filters.undated = undatedBox.checked; applyFilters(); });
    }
    timeReset.addEventListener("click", function () { setRange(0, DATES.length - 1); applyFilters(); });
  }

  // the articles: pick some to see only what they say
  var docSection = document.getElementById("kg-doc-section");
  var docListEl = document.getElementById("kg-doc-filter");
  var docSearch = document.getElementById("kg-doc-search");
  var docClear = document.getElementById("kg-doc-clear");
  var docItems = [];
  if (DATA.documents.length > 1) {
    docSection.hidden = false;
    docSearch.hidden = DATA.documents.length <= 8;
    DATA.documents.slice().sort(function (a, b) {
      if (a.date !== b.date) return !a.date ? 1 : !b.date ? -1 : a.date < b.date ? -1 : 1;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    }).forEach(function (d) {
      var li = el("li");
      var label = el("label");
      label.title = (d.title ? d.title + "\n" : "") + d.id; // a tooltip string: text only
      var box = el("input");
      box.type = "checkbox";
      box.setAttribute("data-doc", d.id);
      box.addEventListener("change", function () {
        if (box.checked) filters.picked.add(d.id); else filters.picked.delete(d.id);
        applyFilters();
      });
      var text = el("span");
      text.appendChild(el("span", "kg-doc-date", d.date || "日付なし"));
      text.appendChild(document.createTextNode(" "));
      text.appendChild(el("span", "kg-doc-title", d.title || d.id));
      label.appendChild(box);
      label.appendChild(text);
      li.appendChild(label);
      docListEl.appendChild(li);
      docItems.push({ li: li, box: box, key: norm(d.title + " " + d.id) });
    });
    docSearch.addEventListener("input", function () {
      var q = norm(docSearch.value);
      docItems.forEach(function (it) { it.li.hidden = q !== "" && it.key.indexOf(q) < 0; });
    });
    docClear.addEventListener("click", function () {
      filters.picked.clear();
      docItems.forEach(function (it) { it.box.checked = false; });
      applyFilters();
    });
  }

  var typeBoxes = new Map();

  function filterItem(list, icon, text, count, onToggle, key) {
    var li = el("li");
    if (!count) li.className = "kg-empty";
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-key", key);
    box.addEventListener("change", function () { onToggle(box.checked); });
    label.appendChild(box);
    label.appendChild(icon);
    label.appendChild(el("span", null, text));
    label.appendChild(el("span", "kg-count", count));
    li.appendChild(label);
    list.appendChild(li);
    return box;
  }

  var typeCount = new Map();
  DATA.nodes.forEach(function (n) { typeCount.set(n.type, (typeCount.get(n.type) || 0) + 1); });
  var typeList = document.getElementById("kg-type-filter");
  DATA.types.forEach(function (t) {
    var box = filterItem(typeList, shapeIcon(t), t.label, typeCount.get(t.type) || 0, function (on) {
      if (on) hiddenTypes.delete(t.type); else hiddenTypes.add(t.type);
      applyFilters();
    }, t.type);
    typeBoxes.set(t.type, box);
  });
  var predCount = new Map();
  DATA.edges.forEach(function (e) { predCount.set(e.predicate, (predCount.get(e.predicate) || 0) + 1); });
  var predList = document.getElementById("kg-predicate-filter");
  DATA.predicates.forEach(function (p) {
    filterItem(predList, lineIcon(p), p.label, predCount.get(p.id) || 0, function (on) {
      if (on) hiddenPreds.delete(p.id); else hiddenPreds.add(p.id);
      applyFilters();
    }, p.id);
  });
  document.getElementById("kg-fit").addEventListener("click", function () { fitShown(true); });
  showCounts();

  // ---------------------------------------------------------------- side panel
  var panel = document.getElementById("kg-panel-body");
  function clearPanel() { while (panel.firstChild) panel.removeChild(panel.firstChild); }

  function showIntro() {
    clearPanel();
    panel.appendChild(el("h2", null, "詳細"));
    panel.appendChild(el("p", "kg-intro", DATA.nodes.length
      ? "ノードをクリックすると別名・記事・関係の一覧が、矢印をクリックすると関係の根拠となった文が表示されます。"
      : "このグラフにはエンティティがありません。"));
  }

  function nodeButton(id) {
    var b = el("button", "kg-link", nameOf(id));
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id); });
    return b;
  }

  function addRow(dl, term, value) {
    dl.appendChild(el("dt", null, term));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = value;
    dl.appendChild(dd);
  }

  function docList(ids) {
    var ul = el("ul", "kg-list");
    ids.forEach(function (id) { ul.appendChild(el("li", null, docLabel(id))); });
    return ul;
  }

  function showNode(id) {
    var n = nodeById.get(id);
    if (!n) return;
    var t = typeOf(n);
    clearPanel();
    var badge = el("span", "kg-badge", t.label);
    badge.style.background = t.color;
    panel.appendChild(badge);
    panel.appendChild(el("h2", null, n.name));
    var dl = el("dl");
    addRow(dl, "別名", n.aliases.length ? n.aliases.join("、") : "なし");
    if (n.tickers.length) addRow(dl, "ティッカー", n.tickers.join("、"));
    addRow(dl, "言及", n.mentions + "回");
    addRow(dl, "記事", n.docs.length ? docList(n.docs) : "—");
    if (n.first_seen) addRow(dl, "期間", period(n));
    panel.appendChild(dl);

    var rels = edgesOf.get(id).slice().sort(function (a, b) {
      var pa = a.predicate, pb = b.predicate;
      if (pa !== pb) return pa < pb ? -1 : 1;
      return nameOf(a.from === id ? a.to : a.from) < nameOf(b.from === id ? b.to : b.from) ? -1 : 1;
    });
    panel.appendChild(el("h3", null, "関係 (" + rels.length + "件)"));
    var ul = el("ul", "kg-rels");
    rels.forEach(function (e) {
      var p = predOf(e);
      var li = el("li");
      var outgoing = e.from === id;
      var other = outgoing ? e.to : e.from;
      var rel = el("button", "kg-link", (p.symmetric ? "― " : outgoing ? "→ " : "← ") + p.label);
      rel.type = "button";
      rel.title = "根拠を表示";
      rel.style.color = p.color;
      rel.addEventListener("click", function () { selectEdge(e.id); });
      li.appendChild(rel);
      li.appendChild(document.createTextNode("　"));
      li.appendChild(nodeButton(other));
      li.appendChild(el("span", "kg-count", "　根拠 " + e.evidence_total + "件"));
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }

  /** A sentence with the subject/object names highlighted, built from text nodes only. */
  function markedSentence(sentence, e) {
    var terms = [];
    [[e.from, "kg-subj"], [e.to, "kg-obj"]].forEach(function (pair) {
      var n = nodeById.get(pair[0]);
      if (!n) return;
      [n.name].concat(n.aliases).forEach(function (s) { if (s) terms.push([s, pair[1]]); });
    });
    terms.sort(function (a, b) { return b[0].length - a[0].length; });
    var q = el("blockquote");
    var i = 0, plain = "";
    while (i < sentence.length) {
      var hit = null;
      for (var k = 0; k < terms.length; k++) {
        if (sentence.startsWith(terms[k][0], i)) { hit = terms[k]; break; }
      }
      if (hit) {
        if (plain) { q.appendChild(document.createTextNode(plain)); plain = ""; }
        q.appendChild(el("mark", hit[1] === "kg-obj" ? "kg-obj" : null, hit[0]));
        i += hit[0].length;
      } else {
        plain += sentence[i];
        i += 1;
      }
    }
    if (plain) q.appendChild(document.createTextNode(plain));
    return q;
  }

  function showEdge(id) {
    var e = edgeById.get(id);
    if (!e) return;
    var p = predOf(e);
    clearPanel();
    panel.appendChild(el("span", "kg-count", "関係"));
    var triple = el("div", "kg-triple");
    triple.appendChild(nodeButton(e.from));
    var pred = el("span", "kg-pred", (p.symmetric ? "↕ " : "↓ ") + p.label);
    pred.style.background = p.color;
    triple.appendChild(pred);
    triple.appendChild(nodeButton(e.to));
    panel.appendChild(triple);
    var dl = el("dl");
    addRow(dl, "述語", p.label + " (" + e.predicate + ")");
    addRow(dl, "確信度", fmtConf(e.confidence));
    addRow(dl, "規則", e.rules.join("、") || "—");
    addRow(dl, "記事", e.docs.length + "件");
    if (e.first_seen) addRow(dl, "期間", period(e));
    panel.appendChild(dl);
    panel.appendChild(el("h3", null, "根拠となる文 (" + (e.evidence.length < e.evidence_total
      ? "先頭 " + e.evidence.length + " / " + e.evidence_total : e.evidence.length) + "件)"));
    var ol = el("ol", "kg-evidence");
    e.evidence.forEach(function (ev) {
      var li = el("li");
      li.appendChild(markedSentence(ev.sentence, e));
      var src = el("div", "kg-source");
      var d = docById.get(ev.doc);
      var bits = ["記事: " + docLabel(ev.doc)];
      if (d && d.date) bits.push(d.date);
      bits.push("文字位置 " + ev.start + "–" + ev.end, "確信度 " + fmtConf(ev.confidence), "規則 " + ev.rule);
      src.appendChild(document.createTextNode(bits.join("　")));
      if (d && /^https?:\/\//i.test(d.url)) {
        src.appendChild(document.createTextNode("　"));
        var a = el("a", null, "元記事");
        a.href = d.url; // only http(s); opened by the user, never loaded by the page
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        src.appendChild(a);
      }
      li.appendChild(src);
      ol.appendChild(li);
    });
    panel.appendChild(ol);
  }

  function revealType(id) {
    var n = nodeById.get(id);
    if (n && hiddenTypes.has(n.type)) {
      hiddenTypes.delete(n.type);
      var box = typeBoxes.get(n.type);
      if (box) box.checked = true;
      applyFilters();
    }
  }

  function focusNode(id) {
    if (!nodeById.has(id)) return;
    revealType(id);
    if (!current.nodes.get(id)) { showNode(id); return; } // hidden by the time, article or unconnected filter
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 450, easingFunction: "easeInOutQuad" } });
    showNode(id);
  }

  function selectEdge(id) {
    var e = edgeById.get(id);
    if (!e) return;
    revealType(e.from);
    revealType(e.to);
    network.selectEdges([id]);
    showEdge(id);
  }

  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else showIntro();
  });

  // ---------------------------------------------------------------- search
  function norm(s) { return String(s).normalize("NFKC").toLowerCase().replace(/[\s・･]/g, ""); }
  var keys = new Map(); // normalised name/alias/ticker -> [node ids]
  DATA.nodes.forEach(function (n) {
    [n.name].concat(n.aliases, n.tickers).forEach(function (s) {
      var k = norm(s);
      if (!k) return;
      if (!keys.has(k)) keys.set(k, []);
      if (keys.get(k).indexOf(n.id) < 0) keys.get(k).push(n.id);
    });
  });
  function rank(a, b) {
    var na = nodeById.get(a), nb = nodeById.get(b);
    if (na.mentions !== nb.mentions) return nb.mentions - na.mentions;
    return na.name < nb.name ? -1 : na.name > nb.name ? 1 : 0;
  }
  function findNodes(query) {
    var q = norm(query);
    if (!q) return [];
    var exact = (keys.get(q) || []).slice().sort(rank);
    var partial = new Set();
    keys.forEach(function (ids, k) {
      if (k !== q && k.indexOf(q) >= 0) ids.forEach(function (id) { partial.add(id); });
    });
    exact.forEach(function (id) { partial.delete(id); });
    return exact.concat(Array.from(partial).sort(rank));
  }

  var datalist = document.getElementById("kg-names");
  var seen = new Set();
  DATA.nodes.slice().sort(function (a, b) { return rank(a.id, b.id); }).forEach(function (n) {
    [n.name].concat(n.aliases).forEach(function (s) {
      if (seen.has(s)) return;
      seen.add(s);
      var opt = document.createElement("option");
      opt.value = s;
      if (s !== n.name) opt.label = n.name;
      datalist.appendChild(opt);
    });
  });

  var input = document.getElementById("kg-search");
  var status = document.getElementById("kg-search-status");
  var last = { q: null, hits: [], i: 0 };
  function runSearch(query) {
    var q = query === undefined ? input.value : String(query);
    if (q !== last.q) last = { q: q, hits: findNodes(q), i: 0 };
    else if (last.hits.length) last.i = (last.i + 1) % last.hits.length; // Enter again: next match
    status.className = "";
    if (!norm(q)) { status.textContent = ""; return null; }
    if (!last.hits.length) {
      status.textContent = TRUNCATED ? "見つかりません（表示中のエンティティのみ検索）" : "見つかりません";
      status.className = "kg-miss";
      return null;
    }
    var id = last.hits[last.i];
    status.textContent = last.hits.length > 1 ? (last.i + 1) + " / " + last.hits.length + "件" : "1件";
    focusNode(id);
    if (!current.nodes.get(id)) status.textContent += "（いまの期間・記事の条件では非表示）";
    return id;
  }
  document.getElementById("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    runSearch();
  });
  input.addEventListener("change", function () { if (input.value && input.value !== last.q) runSearch(); });

  showIntro();
  window.kg = { network: network, data: DATA, nodes: nodesDS, edges: edgesDS, showNode: focusNode,
    showEdge: selectEdge, search: runSearch, filters: filters, applyFilters: applyFilters };
})();

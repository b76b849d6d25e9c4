/** Inline CSS: readable on screen, WCAG AA contrast for badges, clean when printed to PDF. */
export const STYLES = `
:root{--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--bg:#fff;--focus:#0969da}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1400px;padding:1rem 1.5rem}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
.meta,.muted{color:var(--muted)}.what{font-weight:600}code{font:12px/1.3 ui-monospace,SFMono-Regular,Menlo,monospace;background:#f6f8fa;padding:0 .2em;border-radius:3px;word-break:break-all}
table{border-collapse:collapse;width:100%;margin:.5rem 0}caption{text-align:left;color:var(--muted);padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}thead th{background:#f6f8fa}td.num{text-align:right}
a{color:#0550ae}a:focus,button:focus,select:focus,input:focus,summary:focus{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
nav a{margin-right:1rem}
.matrix td.cell{min-width:9rem}.cell .owner{display:block;font-weight:600}.cell .counts,.cell .worst,.cell .inherit{display:block;font-size:12px}
.owner-csp{background:#eef1f4}.sev-none{background:#dafbe1}.sev-unknown{background:#fff3cd}
.sev-critical{background:#7f1d1d;color:#fff}.sev-high{background:#b42318;color:#fff}.sev-medium{background:#fde68a}.sev-low{background:#dbeafe}.sev-informational{background:#eef1f4}
.sev-critical a,.sev-high a{color:#fff}
.badge{display:inline-block;padding:0 .45em;border-radius:1em;font-size:12px;font-weight:600;border:1px solid transparent;white-space:nowrap}
.status-FAIL,.status-unmet,.control-fail{background:#b42318;color:#fff}.status-PASS,.status-met,.control-pass{background:#1a7f37;color:#fff}
.status-ERROR,.status-unknown,.control-error{background:#9a6700;color:#fff}.status-not-evaluated,.control-manual,.control-not-covered,.control-not-run{background:#eef1f4;color:#1f2328;border-color:var(--line)}
.status-MUTED{background:#6e7781;color:#fff}
.v-critical{background:#7f1d1d;color:#fff}.v-high{background:#b42318;color:#fff}.v-medium{background:#9a6700;color:#fff}.v-low{background:#0550ae;color:#fff}.v-informational{background:#57606a;color:#fff}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;margin:.5rem 0}.filters label{display:flex;flex-direction:column;font-size:12px;color:var(--muted)}
.filters label.check{flex-direction:row;gap:.3rem;align-items:center}select,input[type=search]{font:inherit;padding:.2rem;min-width:8rem}
.pager{margin:.5rem 0}button{font:inherit;padding:.2rem .6rem}
details summary{cursor:pointer;color:#0550ae}pre{white-space:pre-wrap;word-break:break-all;background:#f6f8fa;padding:.4rem}
.incomplete{color:#9a6700}.warning{border-left:4px solid #9a6700;background:#fff8c5;padding:.5rem .75rem}
.fw-picker{margin:.5rem 0}.fw-picker label{font-weight:600}.fw-picker select{margin-left:.5rem;min-width:22rem}
.fw h3{font-size:1.1rem;margin:1rem 0 .3rem}.fw-meta{font-size:12px;color:var(--muted);margin:.15rem 0}.fw-counts{margin:.4rem 0}
.fw-table{table-layout:fixed}.fw-table thead th:nth-child(1){width:7rem}.fw-table thead th:nth-child(2){width:24%}.fw-table thead th:nth-child(3){width:8.5rem}.fw-table thead th:nth-child(4){width:22%}
.fw-table td:nth-child(4) code{display:inline-block;margin:0 .2em .15em 0;word-break:break-word}.fw-table tr.fw-section th{background:#eef1f4;font-weight:600}.fw-table td p{margin:0}.res{margin:.25rem 0 0;padding-left:1.1rem}.res li{margin:.1rem 0}
.req-met{background:#1a7f37;color:#fff}.req-failed{background:#b42318;color:#fff}.req-could-not-evaluate{background:#9a6700;color:#fff}.req-not-evaluated{background:#eef1f4;color:#1f2328;border-color:var(--line)}.req-manual{background:#eef1f4;color:#1f2328;border-color:var(--line)}
tr.req-met,tr.req-failed,tr.req-could-not-evaluate,tr.req-not-evaluated,tr.req-manual{background:none;color:inherit}
@media print{.filters,.pager,nav,.skip,.fw-picker,button,select,input{display:none}body{max-width:none;padding:0;font-size:11px}h2,h3{break-after:avoid}
 tr,li{break-inside:avoid}thead{display:table-header-group}tfoot{display:table-footer-group}table{break-inside:auto}
 .fw[hidden]{display:none}a{color:inherit;text-decoration:none}
 .sev-critical,.sev-high,.badge,.owner-csp,.sev-none,.sev-medium,.sev-low,.fw-table tr.fw-section th,thead th{-webkit-print-color-adjust:exact;print-color-adjust:exact}details{display:block}details>*{display:block}}
`;

/**
 * The findings table: filters, search, muted toggle and paging, all in the page, no server.
 * Every value goes into the DOM as text (textContent), never as markup.
 */
export const CLIENT_SCRIPT = `
(function () {
  'use strict';
  var payload = JSON.parse(document.getElementById('findings-data').textContent);
  var data = payload.findings;
  data.forEach(function (f) { var c = payload.checks[f.c]; f.t = c.t; f.rx = c.rx; f.ru = c.ru; f.rc = c.rc; });
  var PAGE = 100, page = 0;
  var statusRank = { FAIL: 0, ERROR: 1, PASS: 2 };
  var sevRank = { critical: 0, high: 1, medium: 2, low: 3, informational: 4 };
  var service = function (f) { return f.c.split('.')[0]; };
  var value = function (f, key) { return key === 'svc' ? service(f) : String(f[key]); };
  data.sort(function (x, y) { return (statusRank[x.s] - statusRank[y.s]) || (sevRank[x.v] - sevRank[y.v]) || (x.c < y.c ? -1 : x.c > y.c ? 1 : 0); });
  var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-key]'));
  selects.forEach(function (sel) {
    var key = sel.getAttribute('data-key'), seen = {};
    data.forEach(function (f) { seen[value(f, key)] = true; });
    Object.keys(seen).sort(function (a, b) { return key === 'v' ? sevRank[a] - sevRank[b] : a < b ? -1 : a > b ? 1 : 0; }).forEach(function (v) {
      var o = document.createElement('option'); o.value = v; o.textContent = v; sel.appendChild(o);
    });
    sel.addEventListener('change', function () { page = 0; render(); });
  });
  var q = document.getElementById('f-q'), muted = document.getElementById('f-muted');
  q.addEventListener('input', function () { page = 0; render(); });
  muted.addEventListener('change', function () { page = 0; render(); });
  document.getElementById('prev').addEventListener('click', function () { if (page > 0) { page--; render(); } });
  document.getElementById('next').addEventListener('click', function () { page++; render(); });
  function matches(f) {
    if (f.m && !muted.checked) return false;
    for (var i = 0; i < selects.length; i++) {
      var want = selects[i].value;
      if (want && value(f, selects[i].getAttribute('data-key')) !== want) return false;
    }
    var text = q.value.trim().toLowerCase();
    return !text || f.ri.toLowerCase().indexOf(text) >= 0 || f.ra.toLowerCase().indexOf(text) >= 0 || (f.rn || '').toLowerCase().indexOf(text) >= 0;
  }
  function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
  function row(f) {
    var tr = el('tr');
    tr.setAttribute('data-status', f.s); tr.setAttribute('data-severity', f.v);
    var st = el('td'); st.appendChild(el('span', f.m ? 'MUTED ' + f.s : f.s, 'badge status-' + (f.m ? 'MUTED' : f.s))); tr.appendChild(st);
    var sv = el('td'); sv.appendChild(el('span', f.v, 'badge v-' + f.v)); tr.appendChild(sv);
    // A failure is headed by what is wrong (its message); the check's title names the compliant state, so it comes second.
    var ck = el('td'); if (f.s === 'FAIL') { ck.appendChild(el('div', f.msg, 'what')); ck.appendChild(el('div', f.t, 'muted')); } else ck.appendChild(el('div', f.t)); ck.appendChild(el('code', f.c)); tr.appendChild(ck);
    var rs = el('td'); rs.appendChild(el('code', f.ri)); if (f.rn) rs.appendChild(el('div', f.rn, 'name')); rs.appendChild(el('div', f.rt, 'muted')); if (f.tm) rs.appendChild(el('div', 'team ' + f.tm, 'muted')); tr.appendChild(rs);
    tr.appendChild(el('td', f.a + ' / ' + f.g));
    tr.appendChild(el('td', f.d + ' (' + f.o + ', ' + f.sm + ')'));
    var dt = el('td'); if (f.s !== 'FAIL') dt.appendChild(el('div', f.msg));
    if (f.m) dt.appendChild(el('div', 'Muted: ' + f.mr + ' (approved by ' + f.mb + (f.me ? ', expires ' + f.me : '') + ')', 'muted'));
    if (f.em) dt.appendChild(el('div', 'Suppression expired: ' + f.em, 'incomplete'));
    if (f.s !== 'PASS') {
      var d = el('details'); d.appendChild(el('summary', 'Remediation'));
      d.appendChild(el('p', f.rx));
      if (f.rc) d.appendChild(el('pre', f.rc));
      if (/^https:\\/\\//.test(f.ru)) { var a = el('a', f.ru); a.href = f.ru; a.rel = 'noopener noreferrer'; d.appendChild(a); }
      dt.appendChild(d);
    }
    tr.appendChild(dt);
    return tr;
  }
  function render() {
    var rows = data.filter(matches);
    var pages = Math.max(1, Math.ceil(rows.length / PAGE));
    if (page >= pages) page = pages - 1;
    var body = document.querySelector('#findings-table tbody');
    var frag = document.createDocumentFragment();
    rows.slice(page * PAGE, (page + 1) * PAGE).forEach(function (f) { frag.appendChild(row(f)); });
    body.textContent = '';
    body.appendChild(frag);
    document.getElementById('count').textContent = 'Showing ' + Math.min(rows.length, page * PAGE + 1) + '–' + Math.min(rows.length, (page + 1) * PAGE) + ' of ' + rows.length + ' matching findings (' + data.length + ' in all)';
    document.getElementById('page').textContent = 'page ' + (page + 1) + ' of ' + pages;
    document.getElementById('prev').disabled = page === 0;
    document.getElementById('next').disabled = page >= pages - 1;
  }
  render();
})();
`;

/**
 * The framework picker: one framework's evidence at a time (the one printed), chosen from the
 * list or from the address (#fw-<id>). Without script every framework stays visible.
 */
export const FRAMEWORK_SCRIPT = `
(function () {
  'use strict';
  var pick = document.getElementById('fw-pick');
  if (!pick) return;
  var blocks = Array.prototype.slice.call(document.querySelectorAll('#framework .fw'));
  function show(id) {
    var found = false;
    blocks.forEach(function (b) { var on = b.getAttribute('data-fw') === id; b.hidden = !on; found = found || on; });
    if (!found && blocks.length) { blocks[0].hidden = false; id = blocks[0].getAttribute('data-fw'); }
    pick.value = id;
  }
  var fromHash = /^#fw-/.test(location.hash) ? decodeURIComponent(location.hash.slice(4)) : '';
  show(fromHash || pick.value);
  pick.addEventListener('change', function () { show(pick.value); if (history.replaceState) history.replaceState(null, '', '#fw-' + pick.value); });
})();
`;

import { summarize, type Result } from "kinerja";
import { roundText } from "../display.js";
import type { RoundingRule } from "kinerja";
import type { Chart } from "./charts.js";
import type { ReportData } from "./reportData.js";

/** Escapes text for HTML. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

const SORT_SCRIPT = `
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("th").forEach(function (th, i) {
    th.addEventListener("click", function () {
      var dir = th.getAttribute("data-dir") === "asc" ? "desc" : "asc";
      table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("data-dir"); });
      th.setAttribute("data-dir", dir);
      var num = th.getAttribute("data-type") === "num";
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[i].getAttribute("data-v") || a.cells[i].textContent;
        var y = b.cells[i].getAttribute("data-v") || b.cells[i].textContent;
        var c = num ? (x === "" ? -Infinity : Number(x)) - (y === "" ? -Infinity : Number(y)) : x.localeCompare(y, "id");
        return dir === "asc" ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});`;

const STYLE = `
body { font-family: Helvetica, Arial, sans-serif; margin: 24px auto; max-width: 1000px; color: #222; font-size: 13px; }
h1 { font-size: 20px; margin-bottom: 4px; } h2 { font-size: 16px; margin-top: 28px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
.meta { color: #555; } .note { color: #555; font-size: 12px; }
figure { margin: 12px 0; page-break-inside: avoid; break-inside: avoid; } figure svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 12px; }
th, td { border: 1px solid #ddd; padding: 3px 6px; text-align: left; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.sortable th { cursor: pointer; background: #f4f4f4; user-select: none; }
th[data-dir="asc"]::after { content: " ▲"; } th[data-dir="desc"]::after { content: " ▼"; }
@page { size: A4; margin: 12mm; }
@media print { body { margin: 0; max-width: none; font-size: 10px; } h2 { page-break-after: avoid; } tr { page-break-inside: avoid; } table.sortable th { cursor: auto; } }
`;

/** Options of {@link reportHtml}. */
export interface ReportHtmlOptions {
  readonly data: ReportData;
  readonly charts: readonly Chart[];
  readonly results: readonly Result[];
  readonly rounding: RoundingRule | null;
  readonly generated: string;
}

/** The report as one self-contained HTML file: inline SVG, inline CSS, a small inline script; nothing loaded from anywhere. */
export function reportHtml(o: ReportHtmlOptions): string {
  const d = o.data;
  const en = d.lang === "en";
  const bandLabel = new Map(d.bands.map((b) => [b.id, b.label]));
  const level = (id: string | null): string => (id === null ? "" : en ? ({ below: "below", meets: "meets", above: "above" } as Record<string, string>)[id] ?? id : ({ below: "di bawah", meets: "sesuai", above: "di atas" } as Record<string, string>)[id] ?? id);
  const num = (t: string | null): string => (t === null ? `<td class="num" data-v=""></td>` : `<td class="num" data-v="${esc(t)}">${esc(roundText(t, o.rounding))}</td>`);
  const units = o.results.length === 0 ? [] : summarize(o.results, { by: "unit" }).groups;
  const head = (cols: readonly [string, "num" | "text"][]) => `<thead><tr>${cols.map(([c, t]) => `<th data-type="${t}">${esc(c)}</th>`).join("")}</tr></thead>`;
  const chartHtml = o.charts
    .map((c) => `<figure id="chart-${c.id}" data-marks='${esc(JSON.stringify(c.marks))}'><h2>${esc(c.title)}</h2>${c.svg}${c.note ? `<figcaption class="note">${esc(c.note)}</figcaption>` : ""}</figure>`)
    .join("\n");
  const unitRows = units
    .map((u) => {
      const counts = new Map(u.bands.map((b) => [b.band ?? "-", b.count]));
      return `<tr><td>${esc(u.unit ?? "-")}</td><td class="num" data-v="${u.count}">${u.count}</td>${num(u.mean)}${num(u.median)}${num(u.min)}${num(u.max)}${d.bands.map((b) => `<td class="num" data-v="${counts.get(b.id) ?? 0}">${counts.get(b.id) ?? 0}</td>`).join("")}</tr>`;
    })
    .join("\n");
  const empRows = d.employees
    .map((e) => `<tr><td>${esc(e.nip)}</td><td>${esc(e.name)}</td><td>${esc(e.unit)}</td>${num(e.results)}${num(e.behaviour)}<td>${esc(level(e.resultsRating))}</td><td>${esc(level(e.behaviourRating))}</td>${num(e.final)}<td>${esc(e.band === null ? "-" : (bandLabel.get(e.band) ?? e.band))}</td></tr>`)
    .join("\n");
  return `<!doctype html>
<html lang="${d.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(d.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${esc(d.title)}</h1>
<p class="meta">${en ? "Employees scored" : "Pegawai dinilai"}: ${d.employees.length}${d.failed > 0 ? `; ${en ? "rows not scored" : "baris tidak dinilai"}: ${d.failed}` : ""} · ${units.length} unit · ${en ? "generated" : "dibuat"} ${esc(o.generated)} ${en ? "with kinerja" : "dengan kinerja"}</p>
<p class="note">${en ? "Scores are computed exactly by kinerja and shown rounded as the scheme says; charts place them on a float scale for drawing only." : "Nilai dihitung eksak oleh kinerja dan ditampilkan dengan pembulatan sesuai skema; grafik memakai skala desimal biasa hanya untuk menggambar."}</p>
${chartHtml}
<h2>${en ? "Units" : "Ringkasan unit"}</h2>
<table class="sortable" id="units">${head([[en ? "Unit" : "Unit kerja", "text"], [en ? "Employees" : "Pegawai", "num"], [en ? "Mean" : "Rata-rata", "num"], ["Median", "num"], ["Min", "num"], ["Max", "num"], ...d.bands.map((b) => [b.label, "num"] as [string, "num"])])}
<tbody>
${unitRows}
</tbody></table>
<h2>${en ? "Employees" : "Pegawai"}</h2>
<p class="note">${en ? "Click a column header to sort." : "Klik judul kolom untuk mengurutkan."}</p>
<table class="sortable" id="employees">${head([["NIP", "text"], [en ? "Name" : "Nama", "text"], [en ? "Unit" : "Unit kerja", "text"], [en ? "Results" : "Hasil kerja", "num"], [en ? "Behaviour" : "Perilaku", "num"], [en ? "Results rating" : "Rating hasil", "text"], [en ? "Behaviour rating" : "Rating perilaku", "text"], [en ? "Final" : "Nilai akhir", "num"], ["Predikat", "text"]])}
<tbody>
${empRows}
</tbody></table>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}

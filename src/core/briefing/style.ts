// The briefing's one inline stylesheet: Thai fonts by name, narrow screens, grey-safe colours, A4 portrait print.

/** Installed Thai fonts first (by name only: nothing is downloaded), then the system's sans-serif. */
export const FONT_STACK = `"TH Sarabun New", Sarabun, "Noto Sans Thai", Garuda, Loma, Kinnari, sans-serif`;

export const BRIEFING_CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#fff;color:#111;font-family:${FONT_STACK};font-size:18px;line-height:1.55}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.3;margin:0 0 .25rem}
h2{font-size:1.35rem;margin:1.5rem 0 .5rem;border-bottom:2px solid #1c355c;padding-bottom:.15rem}
h3{font-size:1.15rem;margin:1rem 0 .25rem}
h4{font-size:1rem;margin:.5rem 0 .25rem}
p{margin:.25rem 0}
.sub{color:#333}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.75rem;margin:.75rem 0;padding:0;list-style:none}
.stat{border:1px solid #555;border-radius:4px;padding:.5rem .75rem}
.stat .k{display:block;color:#333}
.stat .v{display:block;font-size:1.8rem;font-weight:bold;line-height:1.2}
.stat .t{display:block;color:#333}
figure{margin:.75rem 0;break-inside:avoid;page-break-inside:avoid}
figure svg{display:block;width:100%;max-width:36rem;height:auto}
figcaption{font-weight:bold}
.table-wrap{overflow-x:auto;margin:.5rem 0}
table{border-collapse:collapse;width:100%;font-size:.95rem}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #777;padding:.2rem .4rem;text-align:left;vertical-align:top}
thead th{background:#e8e8e8}
tbody th{min-width:9em;font-weight:normal}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.total th,tr.total td{font-weight:bold;background:#f2f2f2}
.none{font-style:italic;color:#333}
.department{margin:.5rem 0 1rem}
table.list td:nth-child(2){overflow-wrap:anywhere}
.page+.page{margin-top:2rem}
@media (max-width:30rem){body{font-size:16px}main{padding:.5rem}.stat .v{font-size:1.5rem}}
@media print{
  @page{size:A4 portrait;margin:14mm 12mm}
  body{font-size:11pt}
  table{font-size:9pt}
  th,td{padding:1pt 3pt}
  main{max-width:none;padding:0}
  .page{break-before:page;page-break-before:always}
  .page:first-child{break-before:auto;page-break-before:auto}
  .page+.page{margin-top:0}
  h2,h3,h4{break-after:avoid;page-break-after:avoid}
  tr{break-inside:avoid;page-break-inside:avoid}
  thead{display:table-header-group}
  .table-wrap{overflow:visible}
  figure svg{max-width:10cm}
}
`;

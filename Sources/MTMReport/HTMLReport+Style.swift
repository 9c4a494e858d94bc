/// The report's stylesheet: inline, system fonts only, a print layout that keeps cards and charts whole.
extension HTMLReport {
    static let css = """
    :root { --ink:#1f2430; --muted:#6b7280; --line:#e3e6ec; --bg:#f6f7fa; --card:#ffffff;
      --neg:#c2412d; --pos:#2e7d4f; --mix:#b7791f; --accent:#3b4cc0; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; background: var(--bg); color: var(--ink);
      font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; }
    main { max-width: 1120px; margin: 0 auto; padding: 32px 28px 48px; }
    h1 { font-size: 30px; line-height: 1.2; margin: 2px 0 6px; letter-spacing: -0.01em; }
    h2 { font-size: 20px; margin: 0 0 4px; }
    h3 { font-size: 16px; margin: 0; }
    section { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 22px 24px;
      margin: 0 0 22px; }
    h3.sub { margin: 14px 0 4px; font-size: 14px; text-transform: capitalize; color: var(--muted); }
    .lede { color: var(--muted); margin: 0 0 14px; font-size: 14px; }
    .masthead { margin-bottom: 22px; }
    .kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 12px; font-weight: 600; color: var(--accent); margin: 0; }
    .meta { color: var(--muted); margin: 0 0 16px; font-size: 14px; overflow-wrap: anywhere; }
    .tiles { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; }
    .tile { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; }
    .tile .value { display: block; font-size: 24px; font-weight: 650; font-variant-numeric: tabular-nums; }
    .tile .label { display: block; font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
    .tile.warn .value { color: var(--neg); }
    .cards { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px; }
    .card { border: 1px solid var(--line); border-top: 4px solid var(--mix); border-radius: 10px; padding: 16px 18px;
      background: #fff; break-inside: avoid; page-break-inside: avoid; }
    .card.negative { border-top-color: var(--neg); }
    .card.positive { border-top-color: var(--pos); }
    .card-head { display: flex; align-items: flex-start; gap: 12px; }
    .rank { flex: none; width: 30px; height: 30px; border-radius: 50%; background: var(--ink); color: #fff;
      display: flex; align-items: center; justify-content: center; font-weight: 700; font-size: 14px; }
    .card-title { flex: 1; min-width: 0; }
    .card-title h3 { font-size: 17px; overflow-wrap: anywhere; }
    .card-title p { margin: 4px 0 0; display: flex; flex-wrap: wrap; gap: 6px; }
    .stage { font-size: 12px; color: var(--muted); border: 1px solid var(--line); border-radius: 999px; padding: 1px 8px; }
    .badge { font-size: 12px; font-weight: 600; border-radius: 999px; padding: 1px 9px; color: #fff; background: var(--mix); }
    .badge.negative { background: var(--neg); }
    .badge.positive { background: var(--pos); }
    .score { text-align: right; flex: none; }
    .score span { display: block; font-size: 24px; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; }
    .score small { color: var(--muted); font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; }
    .reason { margin: 12px 0 6px; }
    .facts { margin: 0 0 10px; color: var(--muted); font-size: 13px; }
    .components { display: grid; grid-template-columns: 1fr 1fr; gap: 3px 16px; margin: 0 0 10px; }
    .component { display: grid; grid-template-columns: 118px 1fr 34px; align-items: center; gap: 6px; font-size: 12px; }
    .component .name { color: var(--muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .component .bar { height: 6px; background: #eef0f5; border-radius: 3px; overflow: hidden; }
    .component .bar span { display: block; height: 100%; background: var(--accent); }
    .component .val { text-align: right; font-variant-numeric: tabular-nums; }
    .quotes blockquote { margin: 8px 0 0; padding: 6px 10px 6px 12px; border-left: 3px solid var(--mix);
      background: #fafbfc; border-radius: 0 6px 6px 0; }
    .quotes blockquote.negative { border-left-color: var(--neg); }
    .quotes blockquote.positive { border-left-color: var(--pos); }
    .quotes p { margin: 0; font-size: 14px; font-style: italic; overflow-wrap: anywhere; white-space: pre-line; }
    .quotes cite { display: block; font-style: normal; font-size: 11px; color: var(--muted); margin-top: 2px; }
    svg.chart { display: block; width: 100%; height: auto; max-width: 100%; font-family: inherit; }
    svg.chart text { font-size: 11px; fill: var(--ink); }
    svg.chart .tick { fill: var(--muted); font-size: 10.5px; }
    svg.chart .axis { fill: var(--muted); font-size: 12px; }
    svg.chart .quad-name { font-size: 11px; font-weight: 700; letter-spacing: 0.06em; }
    svg.chart .point-label { font-size: 11px; font-weight: 600; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
    svg.chart .value { font-size: 11px; font-weight: 600; }
    svg.chart .stage-label, svg.chart .row-head { font-size: 12px; }
    svg.chart .col-head { font-size: 11px; fill: var(--muted); font-weight: 600; }
    svg.chart .cell { font-size: 11px; font-variant-numeric: tabular-nums; }
    .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 13px; margin: 8px 0 0; }
    .legend i { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
    table.data { width: 100%; border-collapse: collapse; font-size: 14px; }
    table.data th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted);
      border-bottom: 2px solid var(--line); padding: 6px 8px; }
    table.data td { border-bottom: 1px solid var(--line); padding: 6px 8px; overflow-wrap: anywhere; }
    table.data .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .handoff { font-size: 11px; color: var(--accent); border: 1px solid var(--accent); border-radius: 999px; padding: 0 6px; }
    .empty, .small { color: var(--muted); font-size: 13px; }
    footer { color: var(--muted); font-size: 13px; padding: 4px 4px 0; }
    footer h2 { font-size: 15px; color: var(--ink); }
    footer ul { padding-left: 18px; }
    @media (max-width: 760px) {
      .tiles { grid-template-columns: repeat(2, 1fr); }
      .cards, .components { grid-template-columns: 1fr; }
    }
    @media print {
      @page { size: A4; margin: 14mm; }
      body { background: #fff; font-size: 10.5pt; }
      main { max-width: none; padding: 0; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      section { border: none; border-radius: 0; padding: 0; margin: 0 0 16pt; break-inside: avoid-page; }
      #moments { break-inside: auto; }
      .tile, .card { border-color: #cfd4dc; }
      .cards { gap: 10pt; }
      h2 { break-after: avoid; }
    }

    """
}

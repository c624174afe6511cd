namespace OutreachLint.Reporting.Audit;

/// <summary>The report's inline stylesheet, kept apart so the writer reads as structure.</summary>
internal static class AuditHtmlStyle
{
    public const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1f2933;background:#fff}
        h1{margin:0}h2{margin-top:2rem;border-bottom:1px solid #e4e7eb;padding-bottom:.3rem}.window{color:#616e7c;margin:.2rem 0 1rem}
        .cards{display:flex;flex-wrap:wrap;gap:.8rem}.card{border:1px solid #e4e7eb;border-radius:8px;padding:.7rem 1rem;min-width:9rem}
        .card .value{font-size:1.5rem;font-weight:600}.card .label{color:#616e7c;font-size:.85rem}.card.flagged .value{color:#b44d12}
        .charts figure{margin:1.5rem 0}figcaption{font-weight:600;margin-bottom:.4rem}
        svg.chart{max-width:100%;height:auto;font-size:12px}svg.chart text{fill:#3e4c59}.bar{fill:#e8833a}.rules .bar{fill:#3f7cac}
        .grid{stroke:#e4e7eb}.line{stroke:#b44d12;stroke-width:2.5}.dot{fill:#b44d12}
        table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #e4e7eb;padding:.35rem .5rem;text-align:left;vertical-align:top}
        .scroll{overflow-x:auto}th.n{text-align:right}td.n{text-align:right;font-variant-numeric:tabular-nums}.name{color:#616e7c;font-size:.8rem}
        .example{border:1px solid #e4e7eb;border-radius:8px;padding:.2rem 1rem;margin:1rem 0}.meta{color:#616e7c;font-size:.85rem;word-break:break-all}
        .rule{font-weight:600;font-size:.85rem}blockquote{margin:.3rem 0 .6rem;padding:.4rem .7rem;border-radius:4px;white-space:pre-wrap}
        blockquote.flagged{background:#fdf1e8;border-left:4px solid #e8833a}blockquote.suggestion{background:#eaf6ec;border-left:4px solid #3f9142}
        blockquote.suggestion::before{content:"Better: ";font-weight:600}footer{margin:2rem 0;color:#9aa5b1;font-size:.8rem}
        """;
}

using System.Text;

namespace OrleansClassifier.Bench.Reporting;

/// <summary>A table of aligned columns, for the terminal (plain) or Markdown (pipes).</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    /// <summary>Columns whose cells are right-aligned (numbers).</summary>
    public HashSet<int> RightAligned { get; } = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public string ToPlain()
    {
        var widths = Widths();
        var builder = new StringBuilder();
        AppendPlain(builder, headers, widths);
        builder.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            AppendPlain(builder, row, widths);
        }

        return builder.ToString();
    }

    public string ToMarkdown()
    {
        var builder = new StringBuilder();
        builder.Append("| ").AppendJoin(" | ", headers).AppendLine(" |");
        builder.Append('|').AppendJoin('|', headers.Select((_, i) => RightAligned.Contains(i) ? "---:" : "---")).AppendLine("|");
        foreach (var row in _rows)
        {
            builder.Append("| ").AppendJoin(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))).AppendLine(" |");
        }

        return builder.ToString();
    }

    private int[] Widths() =>
        [.. headers.Select((h, i) => Math.Max(h.Length, _rows.Select(r => i < r.Length ? r[i].Length : 0).DefaultIfEmpty(0).Max()))];

    private void AppendPlain(StringBuilder builder, string[] cells, int[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Length ? cells[i] : string.Empty;
            builder.Append(RightAligned.Contains(i) ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
            if (i < widths.Length - 1)
            {
                builder.Append("  ");
            }
        }

        builder.AppendLine();
    }
}

using System.Globalization;
using System.Text;
using Beacon.Domain;
using CsvHelper;
using CsvHelper.Configuration;

namespace Beacon.Import.Tabular;

/// <summary>
/// CSV through CsvHelper: RFC 4180 quoting, any encoding announced by a byte-order mark, else UTF-8 where the
/// whole file is valid UTF-8, else Windows-1252 (the encoding of Get Information about Schools and Ofsted's files).
/// </summary>
internal sealed class CsvTabularReader : TabularReader
{
    private readonly StreamReader _text;
    private readonly CsvParser _parser;

    private CsvTabularReader(StreamReader text, CsvParser parser)
    {
        _text = text;
        _parser = parser;
    }

    public static new Result<TabularReader> Open(string path)
    {
        var text = new StreamReader(
            path,
            HasByteOrderMark(path) || IsUtf8(path) ? new UTF8Encoding(false, throwOnInvalidBytes: true) : Windows1252,
            detectEncodingFromByteOrderMarks: true,
            bufferSize: 1 << 16
        );
        var parser = new CsvParser(text, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        var reader = new CsvTabularReader(text, parser);
        try
        {
            if (parser.Read())
            {
                reader.Header = parser.Record!.Select(cell => cell.Trim()).ToArray();
            }

            return reader;
        }
        catch (DecoderFallbackException)
        {
            reader.Dispose();
            return Result.Failure("encoding", "the file is not UTF-8 text and has no byte-order mark naming another encoding");
        }
    }

    private static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    private static bool HasByteOrderMark(string path)
    {
        Span<byte> start = stackalloc byte[4];
        using var file = File.OpenRead(path);
        var read = file.Read(start);
        return (read >= 3 && start[0] == 0xEF && start[1] == 0xBB && start[2] == 0xBF)
            || (read >= 2 && ((start[0] == 0xFF && start[1] == 0xFE) || (start[0] == 0xFE && start[1] == 0xFF)));
    }

    // Checked in blocks; a character split across two blocks is carried into the next.
    private static bool IsUtf8(string path)
    {
        var buffer = new byte[1 << 20];
        var decoded = new char[buffer.Length];
        using var file = File.OpenRead(path);
        var carried = 0;
        int read;
        while ((read = file.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            var length = carried + read;
            var status = System.Text.Unicode.Utf8.ToUtf16(
                buffer.AsSpan(0, length),
                decoded,
                out var consumed,
                out _,
                replaceInvalidSequences: false,
                isFinalBlock: false
            );
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                return false;
            }

            carried = length - consumed;
            buffer.AsSpan(consumed, carried).CopyTo(buffer);
        }

        return carried == 0;
    }

    public override bool Read()
    {
        try
        {
            if (!_parser.Read())
            {
                return false;
            }
        }
        catch (DecoderFallbackException exception)
        {
            throw new InvalidDataException($"row {_parser.Row + 1}: the text is not valid UTF-8", exception);
        }

        RowNumber = _parser.Row;
        var cells = _parser.Record!;
        RefuseAnUnclosedQuote(cells);
        Current = Fit(cells);
        return true;
    }

    /// <summary>
    /// A quote that is never closed swallows the lines after it into one value, so the row comes out the wrong width
    /// (too many cells, or too few): that is named where it starts, not reported as whatever the misread rows look like.
    /// A quoted value with a line break in a row of the right width is legitimate CSV and is kept.
    /// </summary>
    private void RefuseAnUnclosedQuote(string[] cells)
    {
        // Rows of the header's width, nearly all of them, are never searched.
        if (cells.Length == Header.Count)
        {
            return;
        }

        for (var i = 0; i < cells.Length; i++)
        {
            var lineEnd = cells[i].AsSpan().IndexOfAny('\n', '\r');
            if (lineEnd >= 0)
            {
                throw new CellProblemException(
                    RowNumber,
                    i < Header.Count ? Header[i] : $"{i + 1}",
                    "\"" + cells[i][..Math.Min(lineEnd, 40)],
                    "a quoted value is never closed: its opening quote runs on past the end of the line"
                );
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _parser.Dispose();
            _text.Dispose();
        }
    }
}

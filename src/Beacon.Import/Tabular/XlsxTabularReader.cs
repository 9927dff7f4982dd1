using System.Globalization;
using Beacon.Domain;
using ExcelDataReader;

namespace Beacon.Import.Tabular;

/// <summary>The first worksheet of an XLSX workbook, streamed through ExcelDataReader.</summary>
internal sealed class XlsxTabularReader : TabularReader
{
    private readonly FileStream _stream;
    private readonly IExcelDataReader _reader;

    private XlsxTabularReader(FileStream stream, IExcelDataReader reader)
    {
        _stream = stream;
        _reader = reader;
    }

    // ExcelDataReader needs the legacy code pages for workbooks that name one.
    static XlsxTabularReader() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public static new Result<TabularReader> Open(string path)
    {
        var stream = File.OpenRead(path);
        try
        {
            var excel = ExcelReaderFactory.CreateOpenXmlReader(stream);
            var reader = new XlsxTabularReader(stream, excel);
            if (excel.Read())
            {
                reader.Header = Cells(excel).Select(cell => cell.Trim()).ToArray();
                reader.RowNumber = 1;
            }

            return reader;
        }
        catch (Exception exception)
            when (exception
                    is InvalidDataException
                        or IOException
                        or System.Xml.XmlException
                        or ExcelDataReader.Exceptions.ExcelReaderException
            )
        {
            stream.Dispose();
            return Result.Failure(
                "unreadable",
                $"the file is not a readable XLSX workbook ({exception.Message.TrimEnd('.')}); it may be truncated or damaged"
            );
        }
    }

    public override bool Read()
    {
        try
        {
            if (!_reader.Read())
            {
                return false;
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or System.Xml.XmlException)
        {
            throw new InvalidDataException($"row {RowNumber + 1}: the workbook is damaged ({exception.Message})", exception);
        }

        RowNumber++;
        Current = Fit(Cells(_reader));
        return true;
    }

    private static string[] Cells(IExcelDataReader reader)
    {
        var cells = new string[reader.FieldCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = reader.GetValue(i) switch
            {
                null => "",
                double number => number.ToString("R", CultureInfo.InvariantCulture),
                DateTime date => date.TimeOfDay == TimeSpan.Zero
                    ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                bool flag => flag ? "TRUE" : "FALSE",
                var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
            };
        }

        return cells;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            _stream.Dispose();
        }
    }
}

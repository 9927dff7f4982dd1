using System.IO.Compression;
using System.Xml;
using Beacon.Domain;
using Beacon.Import.Pipeline;

namespace Beacon.Import.Tabular;

/// <summary>
/// The bounds a zip (an XLSX workbook, or a zip of CSV files) must keep before any reader opens it: how many entries,
/// how much it inflates to (counted while inflating, since the sizes a zip declares can lie), and how many strings a
/// workbook shares. A small file that would inflate to gigabytes is refused after reading no more than the limit.
/// </summary>
public static class ZipBounds
{
    /// <summary>The problem's code when the file is not a zip at all, which is the reader's to explain in its terms.</summary>
    public const string Unreadable = "unreadable";

    /// <summary>Nothing when the zip keeps every bound; otherwise a problem naming the bound and its setting.</summary>
    public static Result Check(string path)
    {
        var limits = ImportOptions.Current;
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.Entries.Count > limits.MaxZipEntries)
            {
                return Result.Failure(
                    "zip-entries",
                    $"the zip holds {zip.Entries.Count:N0} files, over the limit of {limits.MaxZipEntries:N0} (Beacon:Import:MaxZipEntries)"
                );
            }

            var budget = new InflationBudget(limits.MaxInflatedBytes);
            foreach (var entry in zip.Entries)
            {
                using var inflated = new CountingStream(entry.Open(), budget, entry.FullName);
                if (entry.FullName.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase))
                {
                    var count = SharedStrings(inflated, limits.MaxSharedStrings);
                    if (count > limits.MaxSharedStrings)
                    {
                        return Result.Failure(
                            "shared-strings",
                            $"the workbook shares more than {limits.MaxSharedStrings:N0} strings between its cells, the limit (Beacon:Import:MaxSharedStrings)"
                        );
                    }
                }

                inflated.CopyTo(Stream.Null);
            }

            return Result.Done;
        }
        catch (InflationLimitException limit)
        {
            return Result.Failure(
                "inflated",
                $"the zip would inflate to more than {limits.MaxInflatedBytes:N0} bytes (reached in {limit.Entry}), the limit (Beacon:Import:MaxInflatedBytes)"
            );
        }
        catch (Exception exception) when (exception is InvalidDataException or XmlException)
        {
            return Result.Failure(
                Unreadable,
                $"the file is not a readable XLSX workbook or zip ({exception.Message.TrimEnd('.')}); it may be truncated or damaged"
            );
        }
    }

    // Counts <si> elements, stopping one past the limit: no string is kept.
    private static long SharedStrings(Stream part, int limit)
    {
        using var xml = XmlReader.Create(part, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
        long count = 0;
        while (count <= limit && xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                count++;
            }
        }

        return count;
    }

    private sealed class InflationBudget(long limit)
    {
        public long Left { get; set; } = limit;
    }

    private sealed class InflationLimitException(string entry) : Exception(entry)
    {
        public string Entry { get; } = entry;
    }

    /// <summary>An inflating stream that stops once the zip's inflated bytes, all entries together, pass the limit.</summary>
    private sealed class CountingStream(Stream inner, InflationBudget budget, string entry) : Stream
    {
        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

        private int Counted(int read)
        {
            budget.Left -= read;
            return budget.Left < 0 ? throw new InflationLimitException(entry) : read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

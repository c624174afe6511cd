// Draws the Outlook add-in's icons as PNGs: a white check mark on the accent colour for the colour and ribbon icons,
// and a white-on-transparent outline icon, as the unified manifest asks (colour 192x192, outline 32x32).
// Usage: dotnet run tools/outlook-icons.cs -- src/OutreachLint.Outlook/assets
// Pure .NET (no System.Drawing on Linux): each pixel is 4x4 supersampled against the shapes, then written as RGBA.
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

var folder = args.Length > 0 ? args[0] : "src/OutreachLint.Outlook/assets";
Directory.CreateDirectory(folder);
(byte R, byte G, byte B) accent = (0x24, 0x56, 0xC7);
(byte R, byte G, byte B) white = (0xFF, 0xFF, 0xFF);

foreach (var (name, size) in new[] { ("color", 192), ("icon-16", 16), ("icon-32", 32), ("icon-80", 80) })
{
    Write(Path.Combine(folder, $"{name}.png"), size, (x, y) =>
        Check(x, y) ? (white, 1.0) : InRoundedSquare(x, y, margin: 0.04, radius: 0.22) ? (accent, 1.0) : (white, 0.0));
}

Write(Path.Combine(folder, "outline.png"), 32, (x, y) =>
{
    var ring = InRoundedSquare(x, y, margin: 0.04, radius: 0.22) && !InRoundedSquare(x, y, margin: 0.13, radius: 0.13);
    return (white, ring || Check(x, y) ? 1.0 : 0.0);
});

// A check mark: two strokes, distance to either segment within half the stroke width (unit square coordinates).
static bool Check(double x, double y) =>
    Segment(x, y, 0.27, 0.52, 0.43, 0.68) <= 0.055 || Segment(x, y, 0.43, 0.68, 0.75, 0.33) <= 0.055;

static double Segment(double x, double y, double ax, double ay, double bx, double by)
{
    var (dx, dy) = (bx - ax, by - ay);
    var t = Math.Clamp(((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy), 0, 1);
    return Math.Sqrt(Math.Pow(x - (ax + t * dx), 2) + Math.Pow(y - (ay + t * dy), 2));
}

static bool InRoundedSquare(double x, double y, double margin, double radius)
{
    var (lo, hi) = (margin + radius, 1 - margin - radius);
    var cx = Math.Clamp(x, lo, hi);
    var cy = Math.Clamp(y, lo, hi);
    return x >= margin && x <= 1 - margin && y >= margin && y <= 1 - margin && Math.Pow(x - cx, 2) + Math.Pow(y - cy, 2) <= radius * radius;
}

static void Write(string path, int size, Func<double, double, ((byte R, byte G, byte B) Color, double Alpha)> shade)
{
    const int Samples = 4;
    var raw = new byte[size * (1 + 4 * size)];
    for (var py = 0; py < size; py++)
    {
        var row = py * (1 + 4 * size);
        raw[row] = 0; // filter: none
        for (var px = 0; px < size; px++)
        {
            double r = 0, g = 0, b = 0, a = 0;
            for (var sy = 0; sy < Samples; sy++)
            {
                for (var sx = 0; sx < Samples; sx++)
                {
                    var (color, alpha) = shade((px + (sx + 0.5) / Samples) / size, (py + (sy + 0.5) / Samples) / size);
                    r += color.R * alpha;
                    g += color.G * alpha;
                    b += color.B * alpha;
                    a += alpha;
                }
            }

            var at = row + 1 + 4 * px;
            raw[at] = a > 0 ? (byte)Math.Round(r / a) : (byte)0;
            raw[at + 1] = a > 0 ? (byte)Math.Round(g / a) : (byte)0;
            raw[at + 2] = a > 0 ? (byte)Math.Round(b / a) : (byte)0;
            raw[at + 3] = (byte)Math.Round(255 * a / (Samples * Samples));
        }
    }

    using var file = File.Create(path);
    file.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
    var header = new byte[13];
    BinaryPrimitives.WriteInt32BigEndian(header, size);
    BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
    header[8] = 8; // bits per channel
    header[9] = 6; // RGBA
    Chunk(file, "IHDR", header);
    using (var compressed = new MemoryStream())
    {
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        Chunk(file, "IDAT", compressed.ToArray());
    }

    Chunk(file, "IEND", []);
    Console.WriteLine($"{path}: {size}x{size}");
}

static void Chunk(Stream output, string type, byte[] data)
{
    var length = new byte[4];
    BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
    output.Write(length);
    var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
    output.Write(typed);
    var crc = new byte[4];
    BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
    output.Write(crc);
}

// PNG's CRC-32 (ISO 3309, reflected polynomial 0xEDB88320); System.IO.Hashing is a package this tool can do without.
static uint Crc32(byte[] bytes)
{
    var crc = 0xFFFFFFFFu;
    foreach (var b in bytes)
    {
        crc ^= b;
        for (var i = 0; i < 8; i++)
        {
            crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
    }

    return ~crc;
}

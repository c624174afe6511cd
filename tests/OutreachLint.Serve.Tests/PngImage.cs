using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace OutreachLint.Serve.Tests;

/// <summary>A minimal PNG reader for the icon tests: 8-bit RGBA, not interlaced, every row filter undone.</summary>
internal sealed record PngImage(int Width, int Height, byte[] Rgba)
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <exception cref="InvalidDataException">Not a PNG, or a kind this reader does not decode.</exception>
    public static PngImage Decode(byte[] bytes)
    {
        if (!bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG signature");
        }

        int width = 0, height = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]));
                if (data[8] != 8 || data[9] != 6 || data[12] != 0)
                {
                    throw new InvalidDataException($"IHDR: depth {data[8]}, colour type {data[9]}, interlace {data[12]}; only 8-bit RGBA is read");
                }
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return new PngImage(width, height, Unfilter(inflated.ToArray(), width, height));
    }

    /// <summary>The pixel at (<paramref name="x"/>, <paramref name="y"/>) as R, G, B, A.</summary>
    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var at = 4 * (y * Width + x);
        return (Rgba[at], Rgba[at + 1], Rgba[at + 2], Rgba[at + 3]);
    }

    private static byte[] Unfilter(byte[] raw, int width, int height)
    {
        var stride = 4 * width;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[y * (stride + 1) + 1 + x];
                int left = x >= 4 ? pixels[y * stride + x - 4] : 0;
                int up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                int upLeft = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
                pixels[y * stride + x] = (byte)(value + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"row filter {filter}"),
                });
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}

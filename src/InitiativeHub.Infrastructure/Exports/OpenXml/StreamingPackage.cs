using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace InitiativeHub.Infrastructure.Exports.OpenXml;

/// <summary>
/// A write-once Open XML package (OPC zip) written straight into the output stream, part after part. The SDK's own
/// package keeps parts it has to read back, and System.IO.Packaging in read-write mode keeps every part in memory
/// until it is saved; this writer holds only the part being written plus the small list of content types and
/// relationships, written last. That is what keeps an export's memory flat however many rows it has.
/// </summary>
internal sealed class StreamingPackage : IDisposable
{
    public const string OfficeDocumentRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private readonly ZipArchive _zip;
    private readonly List<(string Part, string ContentType)> _overrides = [];
    private readonly Dictionary<string, List<(string Id, string Type, string Target)>> _relationships = [];
    private bool _disposed;

    public StreamingPackage(Stream output)
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
    }

    /// <summary>Opens a new part (path without a leading slash) for writing; dispose it before opening the next.</summary>
    public Stream CreatePart(string path, string contentType)
    {
        _overrides.Add(("/" + path, contentType));
        return _zip.CreateEntry(path, CompressionLevel.Fastest).Open();
    }

    /// <summary>Writes a small part from its DOM in one go.</summary>
    public void WritePart(string path, string contentType, OpenXmlElement root)
    {
        using var stream = CreatePart(path, contentType);
        using var writer = OpenXmlWriter.Create(stream, Encoding.UTF8);
        writer.WriteStartDocument();
        writer.WriteElement(root);
        writer.Close();
    }

    /// <summary>Records a relationship from <paramref name="source"/> (empty for the package) and returns its id.</summary>
    public string Relate(string source, string type, string target)
    {
        if (!_relationships.TryGetValue(source, out var list))
        {
            list = [];
            _relationships[source] = list;
        }

        var id = $"rId{list.Count + 1}";
        list.Add((id, type, target));
        return id;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        WriteXml("[Content_Types].xml", xml =>
        {
            const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
            xml.WriteStartElement("Types", ns);
            WriteDefault(xml, ns, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            WriteDefault(xml, ns, "xml", "application/xml");
            foreach (var (part, contentType) in _overrides)
            {
                xml.WriteStartElement("Override", ns);
                xml.WriteAttributeString("PartName", part);
                xml.WriteAttributeString("ContentType", contentType);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
        foreach (var (source, list) in _relationships)
        {
            var slash = source.LastIndexOf('/');
            var path = source.Length == 0 ? "_rels/.rels" : $"{source[..(slash + 1)]}_rels/{source[(slash + 1)..]}.rels";
            WriteXml(path, xml =>
            {
                xml.WriteStartElement("Relationships", RelationshipsNamespace);
                foreach (var (id, type, target) in list)
                {
                    xml.WriteStartElement("Relationship", RelationshipsNamespace);
                    xml.WriteAttributeString("Id", id);
                    xml.WriteAttributeString("Type", type);
                    xml.WriteAttributeString("Target", target);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            });
        }

        _zip.Dispose();
    }

    private static void WriteDefault(XmlWriter xml, string ns, string extension, string contentType)
    {
        xml.WriteStartElement("Default", ns);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private void WriteXml(string path, Action<XmlWriter> write)
    {
        using var stream = _zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }
}

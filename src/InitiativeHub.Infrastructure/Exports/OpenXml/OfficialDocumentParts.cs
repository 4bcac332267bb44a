namespace InitiativeHub.Infrastructure.Exports.OpenXml;

/// <summary>
/// The two-column header of an administrative document (Nghị định 30/2020, ô 1–4): the issuing body on the left
/// (its governing body, not bold, above it where there is one), the national motto on the right, then the number
/// under the issuer and the place and date under the motto.
/// </summary>
/// <param name="ParentAuthority">Cơ quan chủ quản, e.g. "UBND TỈNH LẠNG SƠN"; null when the issuer has none above it.</param>
/// <param name="Issuer">Cơ quan ban hành, e.g. "ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG KINH".</param>
/// <param name="NumberLine">"Số: 05/QĐ-UBND" (see <c>OfficialDate.DocumentNumber</c>).</param>
/// <param name="PlaceAndDate">"Lạng Sơn, ngày 05 tháng 01 năm 2026".</param>
public sealed record OfficialHeader(string? ParentAuthority, string Issuer, string NumberLine, string PlaceAndDate);

/// <summary>
/// The signer's block (ô 7a–7c): an authority line ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN") where the signer signs
/// for someone, the signer's title ("PHÓ CHỦ TỊCH") and name (empty in a draft that is not yet assigned a signer).
/// </summary>
public sealed record SignatureBlock(string? Authority, string Title, string? SignerName);

/// <summary>A column of a table in a document: header text and width in twentieths of a point.</summary>
public sealed record DocumentColumn(string Header, int Width, bool Centered = false);

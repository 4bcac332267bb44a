using System.Text;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Tests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Phường Trần Hưng Đạo", "phuong tran hung dao")]
    [InlineData("ĐẶC KHU  Côn   Đảo", "dac khu con dao")]
    [InlineData("Ứng dụng Zalo OA: tra cứu thủ tục hành chính!", "ung dung zalo oa tra cuu thu tuc hanh chinh")]
    [InlineData("  ", "")]
    public void Fold_RemovesDiacriticsCaseAndPunctuation(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(text));

    [Fact]
    public void Fold_DecomposedAndComposedInput_GiveTheSameKey()
    {
        var composed = "Sáng kiến".Normalize(NormalizationForm.FormC);
        var decomposed = "Sáng kiến".Normalize(NormalizationForm.FormD);
        Assert.Equal(VietnameseText.Fold(composed), VietnameseText.Fold(decomposed));
    }

    [Fact]
    public void Normalize_ComposesToNfcAndTrims()
    {
        var decomposed = "  Hội đồng  ".Normalize(NormalizationForm.FormD);
        var normalized = VietnameseText.Normalize(decomposed);
        Assert.Equal("Hội đồng", normalized);
        Assert.True(normalized!.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void FoldedWords_AreDistinctInOrder() =>
        Assert.Equal(["tra", "cuu", "thu", "tuc"], VietnameseText.FoldedWords("Tra cứu thủ tục tra cứu"));
}

using System.Text;

namespace ProVision.Runtime.Templates;

/// <summary>
/// Supplies slot text while a template renders. The generation runtime's <c>ItemDraft</c> implements it;
/// keeping the renderer behind this interface leaves templates free of any notion of items or slot types.
/// </summary>
public interface ISlotResolver
{
    /// <summary>Appends the text of <paramref name="slot"/> (its value through its helper) to <paramref name="builder"/>.</summary>
    void AppendSlot(StringBuilder builder, SlotNode slot);
}

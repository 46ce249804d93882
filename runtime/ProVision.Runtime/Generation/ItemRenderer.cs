using System.Collections.Immutable;
using ProVision.Runtime.Items;
using ProVision.Runtime.Randomness;
using ProVision.Runtime.Templates;
using ProVision.Runtime.Text;

namespace ProVision.Runtime.Generation;

/// <summary>
/// Turns an emitted draft into a <see cref="GeneratedItem"/>: phrasing, number words, prompt and response, multiple
/// choice, image numbering, id. Every random choice comes from the item's key (sub-streams "format", "lists",
/// "choices"; see <see cref="GeneratorContext.Emit"/>), so rendering now or later (a deferred item) gives the same bytes.
/// </summary>
internal readonly struct ItemRenderer(GenerationOptions options, string generator)
{
    private GenerationOptions Options => options;

    private string Generator => generator;

    /// <summary>
    /// Renders item number <paramref name="number"/> of draw <paramref name="drawId"/> from <paramref name="draft"/>
    /// (which it prepares for rendering).
    /// </summary>
    public GeneratedItem Render(ItemDraft draft, CompiledTemplates templates, int fixedPhrasing, RandomKey key, int number,
        string drawId, ImmutableArray<string> images)
    {
        var qa = Options.Mode == GenerationMode.Qa;
        var format = key.Derive(KeyPurpose.Format).CreateRandom();
        var words = format.Bernoulli(0.5);
        var drawn = format.NextInt(qa ? templates.QuestionCount : templates.DescriptionCount);
        var imageTokenFirst = format.Bernoulli(0.5);
        var phrasing = fixedPhrasing >= 0 ? fixedPhrasing : drawn;
        draft.PrepareRendering(Options.NumberMode switch
        {
            NumberMode.Word => true,
            NumberMode.Numeric => false,
            _ => words,
        }, key.Derive(KeyPurpose.Lists));

        var answer = draft.Render(draft.Answer);
        string prompt, response;
        var choices = ImmutableArray<string>.Empty;
        if (qa)
        {
            var question = templates.Question(phrasing);
            prompt = TemplateRenderer.Render(question.Question, draft, TextForm.Question);
            response = RenderResponse(question.Answers[format.NextInt(question.Answers.Length)], draft);
            var random = key.Derive(KeyPurpose.Choices).CreateRandom();
            if (random.Bernoulli(Options.McRatio) && TryMultipleChoice(draft, prompt, answer, random, out var multipleChoice))
            {
                prompt = multipleChoice.Prompt;
                response = multipleChoice.Response;
                choices = multipleChoice.Choices;
            }
        }
        else
        {
            prompt = "";
            response = TemplateRenderer.Render(templates.Description(phrasing), draft, TextForm.Description);
        }
        if (images.Length > 1) prompt = ImageNumbering.WithNote(prompt, images.Length, answer, response, choices);

        var item = new GeneratedItem(
            drawId + "/" + Generator + "/" + number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Generator,
            phrasing,
            images,
            prompt,
            response,
            answer,
            choices,
            draft.RenderSlots(),
            draft.BuildEvidence(),
            draft.BuildTags())
        {
            ImageTokenFirst = imageTokenFirst,
        };
        return item;
    }

    /// <summary>
    /// A response is a fragment ("three", "the dog") unless its template makes it a sentence by ending in . ? or !,
    /// in which case it also gets a capital first letter.
    /// </summary>
    private static string RenderResponse(TemplateExpansion expansion, ItemDraft draft)
    {
        var text = TemplateRenderer.Render(expansion, draft, TextForm.Fragment);
        return text.Length > 0 && text[^1] is '.' or '?' or '!' ? Inflection.Capitalize(text) : text;
    }

    private bool TryMultipleChoice(ItemDraft draft, string prompt, string answer, DeterministicRandom random, out MultipleChoice multipleChoice)
    {
        // The rendered candidates only live through TryFormat (which keeps the options it picks).
        var candidates = draft.Candidates;
        var onStack = new CandidateBuffer();
        var rendered = candidates.Count <= CandidateBuffer.Length ? ((Span<string>)onStack)[..candidates.Count] : new string[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            rendered[i] = draft.Render(candidates[i]);
        }
        var ok = ChoiceFormatter.TryFormat(prompt, answer, rendered, Options.ChoiceCount, random, out var result);
        multipleChoice = result!;
        return ok;
    }
}

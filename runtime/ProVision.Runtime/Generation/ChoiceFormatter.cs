using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using ProVision.Runtime.Randomness;
using ProVision.Runtime.Text;

namespace ProVision.Runtime.Generation;

/// <summary>
/// Turns a question, its answer and candidate answers into a multiple-choice question: distinct options only,
/// the answer exactly once at a uniformly random position, labelled A/B/C/D or 1/2/3/4, written "A. x" or
/// "(A) x", after a random lead-in ("", "Choices:", "Options:", "Select from:", "Pick one:") on new lines or
/// after spaces. Too few distinct candidates leave the question open-ended.
/// </summary>
/// <remarks>
/// <para>Draws, in this order, from the stream given: the distractors kept and their order (a partial
/// Fisher-Yates of <c>k - 1</c> draws), the answer's position, the label style, the option style, the lead-in,
/// the layout. Nothing is drawn for an open-ended fallback.</para>
/// <para>Number labels are never used when an option itself starts with a digit ("2. 3" would read as a count).</para>
/// </remarks>
public static class ChoiceFormatter
{
    /// <summary>Most options a question can have (one per letter).</summary>
    public const int MaxChoices = 26;

    /// <summary>The lead-ins, one chosen uniformly per item.</summary>
    public static ImmutableArray<string> LeadIns { get; } = ["", "Choices:", "Options:", "Select from:", "Pick one:"];

    /// <summary>
    /// Formats the options, or returns false (and draws nothing) when fewer than 2 distinct non-empty values
    /// remain once the answer is added to the candidates.
    /// </summary>
    /// <param name="prompt">The rendered question.</param>
    /// <param name="answer">The rendered correct answer.</param>
    /// <param name="candidates">Rendered candidates; may contain the answer and duplicates.</param>
    /// <param name="maxChoices">At most this many options, answer included (2 to <see cref="MaxChoices"/>).</param>
    /// <param name="random">The item's choice stream.</param>
    /// <param name="result">The formatted question, when true is returned.</param>
    public static bool TryFormat(string prompt, string answer, ReadOnlySpan<string> candidates, int maxChoices, DeterministicRandom random, out MultipleChoice? result)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChoices, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxChoices, MaxChoices);
        result = null;
        if (answer.Length == 0)
        {
            return false;
        }
        var onStack = new CandidateBuffer();
        var distractors = candidates.Length <= CandidateBuffer.Length ? ((Span<string>)onStack)[..candidates.Length] : new string[candidates.Length];
        var distinct = CollectDistractors(answer, candidates, distractors);
        if (distinct == 0)
        {
            return false;
        }
        result = Format(prompt, answer, distractors[..distinct], Math.Min(maxChoices, distinct + 1), random);
        return true;
    }

    private static int CollectDistractors(string answer, ReadOnlySpan<string> candidates, Span<string> into)
    {
        var count = 0;
        // Lists of candidates are short; a set only pays off for long ones.
        HashSet<string>? seen = candidates.Length > 16 ? new HashSet<string>(StringComparer.Ordinal) { answer } : null;
        foreach (var candidate in candidates)
        {
            if (string.IsNullOrEmpty(candidate))
            {
                continue;
            }
            if (seen is not null ? !seen.Add(candidate) : candidate == answer || into[..count].Contains(candidate))
            {
                continue;
            }
            into[count++] = candidate;
        }
        return count;
    }

    private static MultipleChoice Format(string prompt, string answer, ReadOnlySpan<string> distractors, int optionCount, DeterministicRandom random)
    {
        Span<int> picked = stackalloc int[MaxChoices];
        random.SampleWithoutReplacement(distractors.Length, optionCount - 1, picked);
        var correct = random.NextInt(optionCount);
        var choices = new string[optionCount];
        for (int i = 0, d = 0; i < optionCount; i++)
        {
            choices[i] = i == correct ? answer : distractors[picked[d++]];
        }
        var numbers = random.Bernoulli(0.5) && !AnyStartsWithDigit(choices);
        var parenthesised = random.Bernoulli(0.5);
        var leadIn = random.Choice(LeadIns.AsSpan());
        var separator = random.Bernoulli(0.5) ? "\n" : " ";

        var options = new string[optionCount];
        var builder = PooledStringBuilder.Rent();
        builder.Append(prompt).Append(separator);
        if (leadIn.Length > 0)
        {
            builder.Append(leadIn).Append(separator);
        }
        for (var i = 0; i < optionCount; i++)
        {
            options[i] = string.Concat(OptionPrefix(numbers, parenthesised, i), choices[i]);
            if (i > 0)
            {
                builder.Append(separator);
            }
            builder.Append(options[i]);
        }
        // The two arrays are this item's own: wrapped, not copied.
        return new MultipleChoice(PooledStringBuilder.ToStringAndReturn(builder), options[correct],
            ImmutableCollectionsMarshal.AsImmutableArray(choices), ImmutableCollectionsMarshal.AsImmutableArray(options), correct);
    }

    // "A. ", "(A) ", "1. " or "(1) " for each position: made once, as every multiple-choice item writes them.
    private static readonly string[] s_optionPrefixes = OptionPrefixes();

    /// <summary>The label of option <paramref name="position"/> (0-based) with its punctuation and the space after it.</summary>
    internal static string OptionPrefix(bool numbers, bool parenthesised, int position) =>
        s_optionPrefixes[PrefixIndex(numbers, parenthesised, position)];

    private static int PrefixIndex(bool numbers, bool parenthesised, int position) =>
        ((numbers ? 2 : 0) + (parenthesised ? 1 : 0)) * MaxChoices + position;

    private static string[] OptionPrefixes()
    {
        var prefixes = new string[4 * MaxChoices];
        foreach (var numbers in (ReadOnlySpan<bool>)[false, true])
        {
            foreach (var parenthesised in (ReadOnlySpan<bool>)[false, true])
            {
                for (var position = 0; position < MaxChoices; position++)
                {
                    prefixes[PrefixIndex(numbers, parenthesised, position)] = FormatOptionPrefix(numbers, parenthesised, position);
                }
            }
        }
        return prefixes;
    }

    /// <summary>What <see cref="OptionPrefix"/> keeps, made from the label.</summary>
    internal static string FormatOptionPrefix(bool numbers, bool parenthesised, int position)
    {
        var label = numbers ? (position + 1).ToString(CultureInfo.InvariantCulture) : ((char)('A' + position)).ToString();
        return parenthesised ? $"({label}) " : $"{label}. ";
    }

    private static bool AnyStartsWithDigit(string[] choices)
    {
        foreach (var choice in choices)
        {
            if (char.IsAsciiDigit(choice[0]))
            {
                return true;
            }
        }
        return false;
    }
}

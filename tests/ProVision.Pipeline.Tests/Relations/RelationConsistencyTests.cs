using ProVision.Pipeline.Relations;
using ProVision.Runtime.SceneGraphs;
using P = ProVision.Pipeline.Relations.GeometricPredicates;

namespace ProVision.Pipeline.Tests.Relations;

/// <summary>
/// The relation set of a pair is one consistent reading (docs/pipeline-definitions.md, "One set per pair"): every
/// predicate emitted holds by its own definition, there is one contact predicate at most (the most specific), and a
/// pair that is on is not also above. Checked on seeded random boxes, dense enough that every predicate occurs.
/// </summary>
public sealed class RelationConsistencyTests
{
    private static readonly string[] ContactOrder = [P.Inside, P.Contains, P.On, P.Under, P.Overlapping, P.NextTo, P.Near];

    [Fact]
    public void Each_pair_gets_one_consistent_set_whose_predicates_hold_by_their_definitions()
    {
        var predicates = new P();
        var finder = new RelationFinder(new RelationOptions { MaxPairGap = 1 });
        var random = new Random(20260601);
        var seen = new HashSet<string>();
        for (var scene = 0; scene < 300; scene++)
        {
            var boxes = Enumerable.Range(0, 6).Select(_ => RandomBox(random)).ToArray();
            var found = finder.Find(boxes, 200, 200);
            foreach (var pair in found.GroupBy(r => (r.Subject, r.Object)))
            {
                var a = boxes[pair.Key.Subject];
                var b = boxes[pair.Key.Object];
                var names = pair.Select(r => r.Predicate).ToList();
                seen.UnionWith(names);
                foreach (var name in names) Assert.True(Holds(predicates, name, a, b), $"{name} emitted for {a} / {b} but false by its definition");

                var contacts = names.Where(ContactOrder.Contains).ToList();
                Assert.True(contacts.Count <= 1, $"{string.Join(", ", contacts)} all emitted for {a} / {b}");
                var expectedContact = ContactOrder.FirstOrDefault(c => Holds(predicates, c, a, b));
                Assert.Equal(expectedContact, contacts.SingleOrDefault());

                var onOrUnder = contacts.SingleOrDefault() is P.On or P.Under;
                Assert.False(onOrUnder && (names.Contains(P.Above) || names.Contains(P.Below)), $"{a} / {b}: on or under together with above or below");
                if (!onOrUnder)
                {
                    var vertical = Holds(predicates, P.Above, a, b) ? P.Above : Holds(predicates, P.Below, a, b) ? P.Below : null;
                    Assert.Equal(vertical, names.SingleOrDefault(n => n is P.Above or P.Below));
                }
                var horizontal = Holds(predicates, P.LeftOf, a, b) ? P.LeftOf : Holds(predicates, P.RightOf, a, b) ? P.RightOf : null;
                Assert.Equal(horizontal, names.SingleOrDefault(n => n is P.LeftOf or P.RightOf));
            }
        }
        Assert.Superset(new HashSet<string> { P.LeftOf, P.RightOf, P.Above, P.Below, P.On, P.Under, P.Inside, P.Contains, P.Overlapping, P.NextTo, P.Near }, seen);
    }

    [Fact]
    public void A_cup_resting_on_a_table_is_on_it_and_not_also_above_or_near_it()
    {
        // The cup's bottom edge is 2 px above the table top: above, on and near all pass their own tests.
        var cup = new Box(40, 20, 60, 38);
        var table = new Box(20, 40, 80, 100);
        var predicates = new P();
        Assert.NotNull(predicates.IsAbove(cup, table));
        Assert.NotNull(predicates.IsOn(cup, table));
        Assert.NotNull(predicates.IsNear(cup, table, 100, 100));

        var found = new RelationFinder().Find([cup, table], 100, 100).Select(r => r.Predicate);

        Assert.Equal([P.On], found);
    }

    private static Box RandomBox(Random random)
    {
        var x = random.Next(0, 180);
        var y = random.Next(0, 180);
        return new Box(x, y, Math.Min(200, x + random.Next(4, 90)), Math.Min(200, y + random.Next(4, 90)));
    }

    private static bool Holds(P p, string predicate, Box a, Box b) => predicate switch
    {
        P.LeftOf => p.IsLeftOf(a, b) is not null,
        P.RightOf => p.IsRightOf(a, b) is not null,
        P.Above => p.IsAbove(a, b) is not null,
        P.Below => p.IsBelow(a, b) is not null,
        P.On => p.IsOn(a, b) is not null,
        P.Under => p.IsUnder(a, b) is not null,
        P.Inside => p.IsInside(a, b) is not null,
        P.Contains => p.IsContaining(a, b) is not null,
        P.Overlapping => p.IsOverlapping(a, b) is not null,
        P.NextTo => p.IsNextTo(a, b) is not null,
        P.Near => p.IsNear(a, b, 200, 200) is not null,
        _ => throw new ArgumentException($"unexpected predicate '{predicate}'"),
    };
}

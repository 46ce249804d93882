namespace ProVision.Compiler.Tests.Linting;

/// <summary>
/// A scratch pack with one generator per wording found on real data (issue 10, item 4), each written as the built-in
/// pack had it, linted once over the sample graphs (whose table is both "wood" and "wooden").
/// </summary>
public sealed class WordingLintPack : LintedPack
{
    public const string Source = """
        generator SingularCount {
          family attribute
          needs labels, attributes
          for (_, label), group in [o for o in objects where count(o.attributes) > 0] grouped by (setKey(it.attributes), it.label)
          let n = count(group)
          emit {
            name     = joinList(distinct(group[0].attributes)) + " " + (n == 1 ? label : plural(label))
            count    = number(n)
            answer   = count
            evidence = group
          }
          ask "how many {name} are there?" -> "{count}"
        }

        generator NoArticle {
          family object
          needs labels
          for o in objects
          emit {
            label    = o.label
            answer   = "yes"
            evidence = o
          }
          ask "is there no {a(label)} next to the wall?" -> "{answer}"
        }

        generator RedundantList {
          family attribute
          needs labels, boxes, attributes
          for o in objects where count(o.attributes) > 1
          emit {
            attrs    = distinct(o.attributes)
            box      = boxRatio(o)
            answer   = o.label
            choices  = pick(distinct([p.label for p in objects where p.label != o.label]), 3)
            evidence = o
          }
          ask "what is the {list(attrs)} object at {box}?" -> "{answer}"
        }

        generator ObjectForColor {
          family attribute
          needs labels, boxes, attributes
          for o in objects where count(o.attributes) > 0
          emit {
            label    = o.label
            box      = boxRatio(o)
            answer   = o.attributes[0]
            evidence = o
          }
          ask "which object is the color of the {label} at {box}?" -> "{answer}"
        }

        generator DoubledIn {
          family relation
          needs labels, relations
          for r in relations
          emit {
            subject  = r.subject.label
            predicate = r.predicate
            answer   = r.object.label
            choices  = pick(distinct([p.label for p in objects where p.label != r.object.label]), 3)
            evidence = [r.subject, r.object]
          }
          ask "what is the object that the {subject} is {predicate} in the image?" -> "{answer}"
        }

        generator OneRelation {
          family relation
          needs labels, relations
          for (s, o), rels in relations grouped by (it.subject, it.object)
          emit {
            subject  = s.label
            object   = o.label
            answer   = distinctMeanings(distinct([r.predicate for r in rels]))
            evidence = [s, o]
          }
          ask "what is the relation between this {subject} and that {object}?" -> "{answer}"
        }

        generator PastedVerb {
          family relation
          needs labels, relations
          for r in relations
          emit {
            subject   = r.subject.label
            predicate = r.predicate
            object    = r.object.label
            answer    = "yes"
            evidence  = [r.subject, r.object]
          }
          ask "does the image show {a(subject)} {predicate} {a(object)}?" -> "{answer}"
        }
        """;

    // The sample graphs alone: their table is both "wood" and "wooden", so PV5016 checks every pack.
    public WordingLintPack()
        : base("wording", Source, "[labels, boxes, attributes, relations]")
    {
    }
}

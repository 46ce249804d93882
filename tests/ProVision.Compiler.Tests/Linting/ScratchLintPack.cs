using ProVision.Runtime.SceneGraphs;

namespace ProVision.Compiler.Tests.Linting;

/// <summary>
/// A scratch pack written to a temporary folder, one generator per planted defect plus a clean one, linted once
/// for every test of <see cref="TemplateLinterTests"/>.
/// </summary>
public sealed class ScratchLintPack : LintedPack
{
    public const string Source = """
        generator Clean {
          family object
          needs labels
          for label, group in objects grouped by label
          let n = count(group)
          emit {
            label   = label
            noun    = plural(label)
            thing   = n == 1 ? label : plural(label)
            count   = number(n)
            answer  = count
            choices = countChoices(n)
            evidence = group
          }
          ask "how many {noun} [are there|can you see] [in the image|]" -> "{count}"
          ask "what is the number of {noun} in the image?" -> "{count}"
          ask "count the {noun} next to {a(label)}." -> "{count}"
          tell "There {be(count)} {count} {thing}."
        }

        generator Leaky {
          family object
          needs labels, boxes
          for o in objects
          emit {
            label    = o.label
            box      = boxRatio(o)
            answer   = o.label
            choices  = pick(distinct([p.label for p in objects where p.label != o.label]), 3)
            evidence = o
          }
          ask "what is the {label} at {box}?" -> "{answer}"
        }

        generator Repeated {
          family object
          needs labels
          for label, group in objects grouped by label
          emit {
            noun     = plural(label)
            count    = number(count(group))
            answer   = count
            evidence = group
          }
          ask "how many {noun} are there?" -> "{count}"
          ask "[how many {noun} are there?|how many {noun} do you see?]" -> "{count}"
        }

        generator CaseTwins {
          family object
          needs labels
          for label, group in objects grouped by label
          emit {
            noun     = plural(label)
            count    = number(count(group))
            answer   = count
            evidence = group
          }
          ask "[How|how] many {noun} are there?" -> "{count}"
        }

        generator BadArticle {
          family object
          needs labels
          for o in objects
          emit {
            label    = o.label
            answer   = "yes"
            evidence = o
          }
          ask "is there a {label} in the image?" -> "{answer}"
        }

        generator BadThereIs {
          family object
          needs labels
          for label, group in objects grouped by label
          let n = count(group)
          emit {
            thing    = n == 1 ? label : plural(label)
            count    = number(n)
            answer   = count
            evidence = group
          }
          ask "how many are there?" -> "{count}"
          tell "There is {count} {thing}."
        }

        generator EmptyAttributes {
          family attribute
          needs labels, attributes
          for o in objects
          emit {
            attrs    = distinct(o.attributes)
            answer   = o.label
            evidence = o
          }
          ask "which object is described as {list(attrs)}?" -> "{answer}"
        }

        generator RepeatedOption {
          family object
          needs labels, boxes
          for o in objects
          emit {
            box      = boxRatio(o)
            answer   = o.label
            choices  = [o.label + " ", "thing"]
            evidence = o
          }
          ask "what is the object at {box}?" -> "{answer}"
        }
        """;

    // The sample graphs plus one whose objects have no attributes, so that EmptyAttributes renders an empty list.
    public ScratchLintPack()
        : base("planted", Source, "[labels, boxes, attributes]", new SceneGraph("bare", "images/bare.jpg", 100, 100,
            [new SceneObject("dog", new Box(0, 0, 50, 50)), new SceneObject("cup", new Box(50, 50, 90, 90))], []))
    {
    }
}

#!/usr/bin/env python3
"""Source size budget (docs/contributing.md): the median .cs file stays under 150 lines and no class exceeds about
600 lines across its partial files. Counts the hand-written sources of compiler/ and runtime/ (not generated code,
not obj/ or bin/). A class's size is the sum of the lines of the files declaring it (for a file declaring several
types, each is charged the whole file, so the figure errs high). A nested type is part of the type around it (the
least indented declarations of a file are its top-level types): two `Settings` records nested in two commands are
not one class. Exit 1 when a limit is broken.

    python3 scripts/source-sizes.py [--limit-median 150] [--limit-class 600] [--top 10]
"""
import argparse, pathlib, re, statistics, sys

root = pathlib.Path(__file__).resolve().parent.parent
parser = argparse.ArgumentParser()
parser.add_argument("--limit-median", type=int, default=150)
parser.add_argument("--limit-class", type=int, default=600)
parser.add_argument("--top", type=int, default=10)
args = parser.parse_args()

declaration = re.compile(r"^([ \t]*)(?:(?:public|internal|private|protected|file|sealed|static|abstract|partial|readonly)\s+)*(?:record\s+struct|record\s+class|class|record|struct)\s+(\w+)", re.M)
files = [p for folder in ("compiler", "runtime") for p in (root / folder).rglob("*.cs")
         if not {"obj", "bin", "Generated"} & set(p.parts)]
lines = {p: sum(1 for _ in p.open(encoding="utf-8")) for p in files}
classes = {}
for path, count in lines.items():
    project = path.relative_to(root).parts[1]
    found = declaration.findall(path.read_text(encoding="utf-8"))
    top = min((len(indent) for indent, _ in found), default=0)
    for name in {name for indent, name in found if len(indent) == top}:
        key = (project, name)
        classes[key] = classes.get(key, 0) + count

median = statistics.median(lines.values())
print(f"{len(files)} .cs files, median {median:.0f} lines (limit {args.limit_median})")
print(f"largest classes across their partial files (limit ~{args.limit_class}):")
for (project, name), count in sorted(classes.items(), key=lambda kv: -kv[1])[: args.top]:
    print(f"  {count:5d}  {project}: {name}")
over = [(k, v) for k, v in classes.items() if v > args.limit_class]
if median >= args.limit_median or over:
    print(f"over budget: median {median:.0f}, {len(over)} class(es) above {args.limit_class}")
    sys.exit(1)
